import Foundation
import XCTest
@testable import IOCAnalytics

final class ContextNoveltyTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_400_000_000)
    let step = 300.0

    /// Deterministic noise in [−1, 1].
    struct Noise {
        var state: UInt64 = 987654321
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
    }

    /// A sawtooth of period 24 that ramps up; after `change` it ramps down instead (same values, new shape).
    func pattern(points: Int, change: Int) -> [Double] {
        (0..<points).map { i in
            let phase = Double(i % 24)
            return i < change ? phase : 23 - phase
        }
    }

    func testRepeatingPatternStopsBeingNovelAndChangedShapeIsNovel() {
        var novelty = ContextNovelty(bins: 8, minimumLength: 2, maximumLength: 5, capacity: 2048)
        let values = pattern(points: 1200, change: 1000)
        var shares: [Double?] = []
        for v in values { shares.append(novelty.update(v)) }
        let settled = shares[900..<1000].compactMap { $0 }
        XCTAssertEqual(settled.max() ?? 1, 0, accuracy: 1e-12, "a learned pattern produces no new contexts")
        let changed = shares[1000..<1024].compactMap { $0 }
        XCTAssertGreaterThan(changed.reduce(0, +) / Double(changed.count), 0.3, "a new shape produces new contexts")
    }

    func testContextMemoryIsBounded() {
        var novelty = ContextNovelty(bins: 16, minimumLength: 2, maximumLength: 8, capacity: 100)
        var noise = Noise()
        for _ in 0..<5000 { _ = novelty.update(noise.next()) }
        XCTAssertLessThanOrEqual(novelty.storedContexts, 100)
    }

    func testDetectorScoresShapeChangeHighAndStationaryNoiseLow() {
        // A daily pattern (12 hourly steps up, 12 down, with a little noise) that turns into a different shape
        // with the same range: every value is ordinary, only the sequence is new.
        var noise = Noise()
        let change = 288 * 6
        let values: [Double] = (0..<(288 * 7)).map { i in
            let hour = (i / 12) % 24
            let base = i < change ? Double(hour < 12 ? hour : 23 - hour) : Double((hour * 7) % 12)
            return 10 * base + 0.2 * noise.next()
        }
        var detector = AnomalyDetector()
        let scores = values.enumerated().map {
            detector.score(time: start.addingTimeInterval(Double($0.offset) * step), value: $0.element)
        }
        XCTAssertGreaterThan(scores[change..<(change + 288)].max()!, 0.7)

        var stationary = AnomalyDetector()
        var quiet = Noise()
        let noiseScores = (0..<3000).map {
            stationary.score(time: start.addingTimeInterval(Double($0) * step), value: 100 + quiet.next())
        }
        let alarms = noiseScores[500...].filter { $0 > 0.6 }.count
        XCTAssertLessThanOrEqual(alarms, 3, "stationary noise must hardly ever alarm")
    }
}
