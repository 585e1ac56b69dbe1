import Foundation
import XCTest
@testable import IOCAnalytics

final class AnomalyDetectorTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_400_000_000)
    let step = 300.0

    /// Deterministic noise in [−1, 1].
    struct Noise {
        var state: UInt64 = 12345
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
    }

    func dailySine(points: Int, noise amplitude: Double = 1) -> [Double] {
        var noise = Noise()
        return (0..<points).map { i in
            50 + 20 * sin(2 * .pi * Double(i) * step / 86_400) + amplitude * noise.next()
        }
    }

    func run(_ values: [Double], configuration: AnomalyDetectorConfiguration = .default) -> [Double] {
        var detector = AnomalyDetector(configuration: configuration)
        return values.enumerated().map { detector.score(time: start.addingTimeInterval(Double($0.offset) * step), value: $0.element) }
    }

    func testDailyCycleIsNormalAndSpikeIsNot() {
        var values = dailySine(points: 288 * 5)
        let spike = 288 * 4 + 100
        values[spike] += 15
        let scores = run(values)
        XCTAssertGreaterThan(scores[spike], 0.9)
        let lastDay = scores[(288 * 3)..<(288 * 5)].enumerated().filter { $0.offset + 288 * 3 != spike }.map(\.element)
        XCTAssertLessThan(lastDay.max()!, 0.5, "the daily cycle itself must not alarm once learned")
    }

    func testLevelShiftScoresHighThenBecomesNormal() {
        var values = dailySine(points: 288 * 3, noise: 1).map { _ in 0.0 }
        var noise = Noise()
        for i in values.indices { values[i] = 10 + noise.next() + (i >= 600 ? 15 : 0) }
        let scores = run(values)
        XCTAssertGreaterThan(scores[600], 0.9)
        XCTAssertLessThan(scores[(640)..<(700)].max()!, 0.5, "a lasting shift becomes the new normal")
    }

    func testSlowDriftIsFoundWithinFiftyPoints() {
        // Uniform noise on [−1, 1] has σ ≈ 0.577; after 2000 stationary points the mean drifts by 0.1σ per point.
        var noise = Noise()
        let values: [Double] = (0..<2200).map { i in noise.next() + (i >= 2000 ? 0.0577 * Double(i - 2000) : 0) }
        let scores = run(values)
        XCTAssertLessThan(scores[500..<2000].max()!, 0.5, "stationary noise scores low")
        let first = (2000..<2200).first { scores[$0] > 0.6 }
        XCTAssertNotNil(first)
        XCTAssertLessThanOrEqual((first ?? 2200) - 2000, 50)
    }

    func testNaNAndInfinityAreIgnored() {
        var values = dailySine(points: 600)
        let clean = run(values)
        values.insert(.nan, at: 300)
        values.insert(.infinity, at: 301)
        var detector = AnomalyDetector()
        var dirty: [Double] = []
        for (i, v) in values.enumerated() {
            // Keep the timestamps of the clean run for the finite points.
            let index = i < 300 ? i : (i < 302 ? 299 : i - 2)
            dirty.append(detector.score(time: start.addingTimeInterval(Double(index) * step), value: v))
        }
        XCTAssertEqual(dirty[300], 0)
        XCTAssertEqual(dirty[301], 0)
        XCTAssertEqual(Array(dirty[302...]), Array(clean[300...]))
    }

    func testConstantSeriesScoresZeroAndAStepOffItScoresHigh() {
        var values = [Double](repeating: 45, count: 500)
        values += [46, 46, 46]
        let scores = run(values)
        XCTAssertEqual(scores[0..<500].max(), 0)
        XCTAssertGreaterThan(scores[500], 0.99)
    }

    func testScoresStayInUnitInterval() {
        var noise = Noise()
        var values: [Double] = []
        for i in 0..<3000 {
            let r = noise.next()
            values.append(i % 97 == 0 ? 1e300 * r : (i % 89 == 0 ? -.infinity : (i % 50 < 20 ? 0 : r * 1e-9)))
        }
        for s in run(values) {
            XCTAssertTrue(s >= 0 && s <= 1, "score \(s)")
        }
    }

    func testNoLookAhead() {
        let base = dailySine(points: 1000)
        var other = base
        for i in 700..<1000 { other[i] = -base[i] * 3 }
        let a = run(base)
        let b = run(other)
        XCTAssertTrue(a[0..<700] == b[0..<700], "scores before the change must not depend on later points")
        XCTAssertNotEqual(a[700], b[700])
    }

    func testIrregularTimestampsAndStep() {
        var detector = AnomalyDetector()
        var t = start
        var noise = Noise()
        for i in 0..<500 {
            t = t.addingTimeInterval(i % 13 == 0 ? 900 : 60)
            _ = detector.score(time: t, value: 5 + noise.next())
        }
        XCTAssertEqual(detector.samplingStep, 60)
        XCTAssertGreaterThan(detector.score(time: t.addingTimeInterval(60), value: 40), 0.9)
    }

    func testScoreMappingIsDocumented() {
        let c = AnomalyDetectorConfiguration.default
        XCTAssertEqual(c.score(forZ: 3.5), 0.5, accuracy: 1e-12)
        XCTAssertEqual(c.z(forScore: c.score(forZ: 6.1)), 6.1, accuracy: 1e-9)
        XCTAssertEqual(c.score(forZ: 0), 0)
    }
}
