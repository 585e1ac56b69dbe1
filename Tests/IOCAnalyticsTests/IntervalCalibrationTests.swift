import XCTest
@testable import IOCAnalytics

final class IntervalCalibrationTests: XCTestCase {
    /// A forecaster that believes its errors are standard normal while they are Student-t with 2 degrees of
    /// freedom (heavy tails): the calibrated 80 % interval still covers about 80 % of the truths.
    func testCoverageConvergesOnHeavyTailedNoise() {
        var rng = ForecastTestRandom(seed: 21)
        var calibrator = IntervalCalibrator(horizons: 1, targetTail: 0.1, gain: 0.05)
        func studentT2() -> Double {
            let z = rng.normal()
            let chi2 = pow(rng.normal(), 2) + pow(rng.normal(), 2)
            return z / (chi2 / 2).squareRoot()
        }
        var covered = 0
        let n = 20_000
        for i in 0..<n {
            let lower = NormalDistribution.quantile(calibrator.adjustedLevel(0.1, horizon: 1))
            let upper = NormalDistribution.quantile(calibrator.adjustedLevel(0.9, horizon: 1))
            let e = studentT2()
            if i >= n / 2 && e >= lower && e <= upper { covered += 1 }
            calibrator.observe(horizon: 1, below: e < lower, above: e > upper)
        }
        XCTAssertEqual(Double(covered) / Double(n / 2), 0.8, accuracy: 0.02)
        // The tails had to be stretched (heavier than normal).
        XCTAssertGreaterThan(calibrator.stretch(horizon: 1, upper: true), 1)
    }

    /// Levels stay monotone and the median is untouched; exceedance probabilities invert the level map.
    func testLevelMapIsMonotoneAndConsistent() {
        var calibrator = IntervalCalibrator(horizons: 2, groups: 2)
        for _ in 0..<200 { calibrator.observe(horizon: 2, group: 1, below: true, above: false) }
        let levels = stride(from: 0.01, through: 0.99, by: 0.01).map { calibrator.adjustedLevel($0, horizon: 2, group: 1) }
        XCTAssertEqual(zip(levels, levels.dropFirst()).filter { $0 >= $1 }.count, 0)
        XCTAssertEqual(calibrator.adjustedLevel(0.5, horizon: 2, group: 1), 0.5)
        XCTAssertLessThan(calibrator.adjustedLevel(0.1, horizon: 2, group: 1), 0.1) // lower tail widened
        XCTAssertEqual(calibrator.adjustedLevel(0.1, horizon: 2, group: 0), 0.1, accuracy: 1e-12) // other group
        for p in [0.2, 0.3, 0.7, 0.95] {
            let adjusted = calibrator.adjustedLevel(p, horizon: 2, group: 1)
            // Share of the empirical distribution above the adjusted p-quantile is 1 − adjusted.
            XCTAssertEqual(calibrator.calibratedExceedance(1 - adjusted, horizon: 2, group: 1), 1 - p, accuracy: 1e-9)
        }
    }

    /// End to end: heavy-tailed noise on a daily pattern, 80 % intervals at 1 and 24 steps.
    func testForecasterCoverageOnHeavyTailedNoise() {
        var rng = ForecastTestRandom(seed: 22)
        func noise() -> Double {
            let z = rng.normal()
            let chi2 = pow(rng.normal(), 2) + pow(rng.normal(), 2) + pow(rng.normal(), 2)
            return 2 * z / (chi2 / 3).squareRoot()
        }
        var forecaster = SeasonalForecaster(configuration: ForecastConfiguration(allowLogTransform: false))
        ForecastTestData.feed(&forecaster, days: 4) { ForecastTestData.dailySine($0) + noise() }
        let coverage = ForecastTestData.coverage(&forecaster, over: (4 * 96)..<(16 * 96)) { ForecastTestData.dailySine($0) + noise() }
        for j in 0..<2 {
            XCTAssertEqual(coverage[j], 0.8, accuracy: 0.04, "horizon index \(j)")
        }
    }
}
