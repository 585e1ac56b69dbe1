import Foundation
import XCTest
@testable import IOCAnalytics

/// Tests of the frequency cap and of the window-level energy signal of `AnomalyDetector`.
final class WindowSignalTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_400_000_000)
    let step = 300.0

    /// Deterministic, roughly normal noise (the sum of four uniforms, σ ≈ 1).
    struct Noise {
        var state: UInt64 = 987_654_321
        mutating func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
        mutating func next() -> Double { (uniform() + uniform() + uniform() + uniform()) * 0.866 }
    }

    func run(_ values: [Double], configuration: AnomalyDetectorConfiguration = .default) -> [Double] {
        var detector = AnomalyDetector(configuration: configuration)
        return values.enumerated().map {
            detector.score(time: start.addingTimeInterval(Double($0.offset) * step), value: $0.element)
        }
    }

    /// Noise around 10 with a spike of +12 every 100 points.
    func regularSpikes(points: Int) -> [Double] {
        var noise = Noise()
        return (0..<points).map { i in 10 + noise.next() + (i % 100 == 50 ? 12 : 0) }
    }

    func testStationaryNoiseScoresLow() {
        var noise = Noise()
        let scores = run((0..<6000).map { _ in 100 + 3 * noise.next() })
        let high = scores[1000...].filter { $0 >= 0.6 }.count
        XCTAssertLessThan(high, 5, "stationary noise must almost never alarm")
    }

    func testARecurringSpikeStopsAlarming() {
        let scores = run(regularSpikes(points: 3000))
        XCTAssertGreaterThan(scores[150], 0.9, "the first spikes are news")
        let late = stride(from: 2050, to: 3000, by: 100).map { scores[$0] }
        XCTAssertLessThan(late.max()!, 0.7, "a spike that recurs every 100 points becomes a weak signal")
        var c = AnomalyDetectorConfiguration.default
        c.frequencyTolerance = 0
        let uncapped = run(regularSpikes(points: 3000), configuration: c)
        let lateUncapped = stride(from: 2050, to: 3000, by: 100).map { uncapped[$0] }
        XCTAssertLessThan(late.max()!, lateUncapped.max()!, "the cap lowers the recurring spikes")
    }

    func testABurstOfSpikesAfterAQuietPeriodIsDetected() {
        // Moderate spikes (about 3.5 σ, each at most a weak alarm on its own) crowded together after a quiet spell.
        var noise = Noise()
        var values = (0..<3000).map { _ in 10 + noise.next() }
        let burst = Array(stride(from: 2560, to: 2584, by: 2))
        for i in burst { values[i] += 3.5 }
        let scores = run(values)
        var c = AnomalyDetectorConfiguration.default
        c.energyWindow = 0
        let pointOnly = run(values, configuration: c)
        XCTAssertGreaterThan(scores[2560...2590].max()!, 0.5, "a burst of moderate spikes crosses the z = 3.5 cut-off")
        XCTAssertGreaterThan(scores[2560...2590].max()!, pointOnly[2560...2590].max()! + 0.05,
                             "the energy signal, not a single point, raises the alarm")
        XCTAssertLessThan(scores[1000..<2550].max()!, 0.6)
    }

    func testARiseOfVarianceIsDetected() {
        var noise = Noise()
        let values = (0..<3000).map { i in 50 + (i >= 2500 ? 5 : 1) * noise.next() }
        let scores = run(values)
        XCTAssertGreaterThan(scores[2500..<2530].max()!, 0.8)
    }

    func testTheCapAndTheEnergyCanBeTurnedOff() {
        var c = AnomalyDetectorConfiguration.default
        c.frequencyTolerance = 0
        c.energyWindow = 0
        let scores = run(regularSpikes(points: 3000), configuration: c)
        XCTAssertTrue(scores.allSatisfy { $0 >= 0 && $0 <= 1 })
    }

    func testTwoSidedNormalDeviate() {
        XCTAssertEqual(RobustStatistics.twoSidedNormalDeviate(tailProbability: 0.01), 2.5758, accuracy: 1e-3)
        XCTAssertEqual(RobustStatistics.twoSidedNormalDeviate(tailProbability: 0.001), 3.2905, accuracy: 1e-3)
        XCTAssertEqual(RobustStatistics.twoSidedNormalDeviate(tailProbability: 0.3173), 1.0, accuracy: 1e-3)
        XCTAssertEqual(RobustStatistics.twoSidedNormalDeviate(tailProbability: 0), .infinity)
        XCTAssertEqual(RobustStatistics.twoSidedNormalDeviate(tailProbability: 1), 0)
    }

    func testTailCalibratorExceedance() {
        var calibrator = TailCalibrator(memory: 1e9)
        for k in 0..<1000 { calibrator.add(k % 100 == 0 ? 50 : 1) }
        XCTAssertEqual(calibrator.exceedance(50), 0.01, accuracy: 1e-9)
        XCTAssertEqual(calibrator.exceedance(1000), 0)
        XCTAssertEqual(calibrator.exceedance(.infinity), 0)
        XCTAssertEqual(calibrator.exceedance(0), 1, accuracy: 1e-9)
    }
}
