import XCTest
@testable import IOCAnalytics

final class ForecastModelTests: XCTestCase {
    func testDailySineWithNoiseIsForecastWithinTolerance() {
        var rng = ForecastTestRandom(seed: 1)
        var forecaster = SeasonalForecaster()
        ForecastTestData.feed(&forecaster, days: 10) { ForecastTestData.dailySine($0) + 2 * rng.normal() }
        let start = 10 * 96
        guard let forecast = forecaster.forecast(steps: 24) else { return XCTFail("no forecast") }
        for point in forecast.points {
            let truth = ForecastTestData.dailySine(start + point.stepsAhead - 1)
            XCTAssertEqual(point.mean, truth, accuracy: 3, "step \(point.stepsAhead)")
        }
    }

    func testTrendIsFollowed() {
        var rng = ForecastTestRandom(seed: 2)
        var forecaster = SeasonalForecaster(configuration: ForecastConfiguration(allowLogTransform: false))
        func f(_ k: Int) -> Double { 100 + 0.05 * Double(k) + 5 * sin(2 * .pi * Double(k % 96) / 96) }
        ForecastTestData.feed(&forecaster, days: 8) { f($0) + 0.5 * rng.normal() }
        let start = 8 * 96
        for h in [1, 4, 8] {
            let mean = forecaster.mean(stepsAhead: h) ?? .nan
            XCTAssertEqual(mean, f(start + h - 1), accuracy: 2, "h=\(h)")
        }
        // The level has moved with the trend: far above where the series started.
        XCTAssertGreaterThan(forecaster.mean(stepsAhead: 1) ?? 0, 130)
    }

    func testSingleSpikeBarelyShiftsTheSeasonalProfile() {
        var rng = ForecastTestRandom(seed: 3)
        let noise = (0..<(9 * 96)).map { _ in rng.normal() }
        func run(spike: Bool) -> [Double] {
            var forecaster = SeasonalForecaster(configuration: ForecastConfiguration(allowLogTransform: false))
            ForecastTestData.feed(&forecaster, days: 9) { k in
                var v = ForecastTestData.dailySine(k) + noise[k]
                if spike && k == 8 * 96 + 30 { v += 500 } // a spike on the last day at slot 30
                return v
            }
            // Forecast a whole day: slot 30 of the next day is step 31.
            return (1...96).map { forecaster.mean(stepsAhead: $0) ?? .nan }
        }
        let clean = run(spike: false)
        let spiked = run(spike: true)
        let maxShift = zip(clean, spiked).map { abs($0 - $1) }.max() ?? .nan
        XCTAssertLessThan(maxShift, 5, "a 500-unit spike moved the profile by \(maxShift)")
    }

    func testIntervalsWidenWithTheHorizon() {
        var rng = ForecastTestRandom(seed: 4)
        var forecaster = SeasonalForecaster(configuration: ForecastConfiguration(allowLogTransform: false))
        var walk = 0.0
        ForecastTestData.feed(&forecaster, days: 8) { k in
            walk = 0.97 * walk + rng.normal()
            return ForecastTestData.dailySine(k) + walk
        }
        let widths = [1, 4, 12, 24].map { h -> Double in
            let i = forecaster.interval(stepsAhead: h, level: 0.8)!
            return i.upper - i.lower
        }
        XCTAssertLessThan(widths[0], widths[1])
        XCTAssertLessThan(widths[1], widths[3])
        XCTAssertLessThanOrEqual(widths[2], widths[3] * 1.05)
        // And the analytic fallback widens too (beyond the tracked horizons).
        let w48 = forecaster.interval(stepsAhead: 48)!
        XCTAssertGreaterThanOrEqual(w48.upper - w48.lower, widths[3] * 0.99)
    }

    func testCoverageOnGaussianNoiseIsAboutEightyPercent() {
        var rng = ForecastTestRandom(seed: 5)
        var forecaster = SeasonalForecaster(configuration: ForecastConfiguration(allowLogTransform: false))
        ForecastTestData.feed(&forecaster, days: 4) { ForecastTestData.dailySine($0) + 3 * rng.normal() }
        let coverage = ForecastTestData.coverage(&forecaster, over: (4 * 96)..<(12 * 96)) { ForecastTestData.dailySine($0) + 3 * rng.normal() }
        for j in 0..<2 {
            XCTAssertEqual(coverage[j], 0.8, accuracy: 0.05, "horizon index \(j)")
        }
    }

    func testProbabilityAboveIsNearZeroFarBelowAndNearOneFarAbove() {
        var rng = ForecastTestRandom(seed: 6)
        var forecaster = SeasonalForecaster()
        ForecastTestData.feed(&forecaster, days: 6) { ForecastTestData.dailySine($0) + 2 * rng.normal() }
        XCTAssertEqual(forecaster.probabilityAbove(1_000, withinSteps: 24) ?? -1, 0, accuracy: 0.01)
        XCTAssertEqual(forecaster.probabilityAbove(1, withinSteps: 24) ?? -1, 1, accuracy: 0.01)
        XCTAssertEqual(forecaster.probabilityAbove(1, within: 6 * 3600) ?? -1, 1, accuracy: 0.01)
        // Monotone in the limit, and never below a single-step probability.
        let p60 = forecaster.probabilityAbove(60, withinSteps: 24)!
        let p65 = forecaster.probabilityAbove(65, withinSteps: 24)!
        XCTAssertGreaterThanOrEqual(p60, p65)
        XCTAssertGreaterThanOrEqual(p60 + 1e-12, forecaster.probabilityAbove(60, stepsAhead: 5)!)
    }

    func testAnalyticFallbackBeforeErrorsAccumulate() {
        var forecaster = SeasonalForecaster()
        ForecastTestData.feed(&forecaster, days: 1) { ForecastTestData.dailySine($0) }
        XCTAssertTrue(forecaster.isReady)
        XCTAssertLessThan(forecaster.errorCount(stepsAhead: 24), 30)
        let i = forecaster.interval(stepsAhead: 4)!
        XCTAssertTrue(i.lower.isFinite && i.upper.isFinite && i.lower <= i.upper)
        let p = forecaster.probabilityAbove(-1e6, withinSteps: 24)!
        XCTAssertEqual(p, 1, accuracy: 1e-9)
    }

    func testNoCrashOnTinyInputsAndNonFiniteValuesAreIgnored() {
        let date = Date(timeIntervalSince1970: 1_441_065_600)
        for count in 0...2 {
            var forecaster = SeasonalForecaster()
            for k in 0..<count { forecaster.add(Double(k), at: date.addingTimeInterval(Double(k) * 300)) }
            XCTAssertNil(forecaster.forecast(steps: 24))
            XCTAssertNil(forecaster.probabilityAbove(10, withinSteps: 24))
            XCTAssertNil(forecaster.mean(stepsAhead: 1))
        }
        var forecaster = SeasonalForecaster()
        var reference = SeasonalForecaster()
        for k in 0..<(3 * 288) {
            let t = date.addingTimeInterval(Double(k) * 300)
            let v = ForecastTestData.dailySine(k / 3)
            forecaster.add(v, at: t)
            reference.add(v, at: t)
            forecaster.add(.nan, at: t.addingTimeInterval(1))
            forecaster.add(.infinity, at: t.addingTimeInterval(2))
            forecaster.add(-.infinity, at: t.addingTimeInterval(3))
            forecaster.add(1, at: Date(timeIntervalSince1970: .nan))
        }
        XCTAssertEqual(forecaster.forecast(steps: 24), reference.forecast(steps: 24))
        XCTAssertTrue(forecaster.forecast(steps: 24)!.points.allSatisfy { $0.mean.isFinite })
    }

    func testLogScaleIsChosenForSkewedPositiveSeriesAndStaysPositive() {
        var rng = ForecastTestRandom(seed: 8)
        var forecaster = SeasonalForecaster()
        ForecastTestData.feed(&forecaster, days: 5) { k in
            let base = 100 * exp(0.8 * sin(2 * .pi * Double(k % 96) / 96))
            return base * exp(0.3 * rng.normal())
        }
        let f = forecaster.forecast(steps: 24)!
        XCTAssertTrue(f.points.allSatisfy { $0.lower > 0 && $0.lower <= $0.mean && $0.mean <= $0.upper })
    }
}
