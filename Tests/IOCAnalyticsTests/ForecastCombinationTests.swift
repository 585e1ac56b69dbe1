import XCTest
@testable import IOCAnalytics

final class ForecastCombinationTests: XCTestCase {
    /// When seasonal-naive is exact and the model is noisy, the weights move to the naive forecast; when the
    /// model is exact, they stay on the model.
    func testWeightsMoveTowardTheBetterForecast() {
        var rng = ForecastTestRandom(seed: 11)
        var naiveWins = ForecastCombiner(horizons: 24, memory: 192)
        var modelWins = ForecastCombiner(horizons: 24, memory: 192)
        for _ in 0..<400 {
            for h in 1...24 {
                let truth = 10 * rng.normal()
                naiveWins.observe(horizon: h, truth: truth, model: truth + 3 * rng.normal(), naive: truth,
                                  median: truth + 3 * rng.normal())
                modelWins.observe(horizon: h, truth: truth, model: truth, naive: truth + 3 * rng.normal(),
                                  median: truth + 3 * rng.normal())
            }
        }
        for h in [1, 4, 24] {
            XCTAssertGreaterThanOrEqual(naiveWins.weights(horizon: h).naive, 0.9, "h=\(h)")
            XCTAssertGreaterThanOrEqual(modelWins.weights(horizon: h).model, 0.9, "h=\(h)")
        }
    }

    /// Two equally good forecasts with independent errors: the blend picks interior weights and beats both.
    func testBlendOfIndependentForecastsBeatsEach() {
        var rng = ForecastTestRandom(seed: 12)
        var combiner = ForecastCombiner(horizons: 4, memory: 500)
        for _ in 0..<2000 {
            let truth = rng.normal()
            combiner.observe(horizon: 1, truth: truth, model: truth + rng.normal(), naive: truth + rng.normal(),
                             median: truth + 5 * rng.normal())
        }
        let w = combiner.weights(horizon: 1)
        XCTAssertGreaterThan(w.model, 0.2)
        XCTAssertGreaterThan(w.naive, 0.2)
        XCTAssertLessThan(w.median, 0.2)
        var blendError = 0.0, modelError = 0.0
        for _ in 0..<2000 {
            let truth = rng.normal()
            let model = truth + rng.normal(), naive = truth + rng.normal(), median = truth + 5 * rng.normal()
            blendError += abs(truth - combiner.combine(model: model, naive: naive, median: median, horizon: 1))
            modelError += abs(truth - model)
        }
        XCTAssertLessThan(blendError, 0.85 * modelError)
    }

    /// Before enough pairs, and when a reference is unknown, the model forecast is used.
    func testModelOnlyUntilEnoughPairsAndForMissingReferences() {
        var combiner = ForecastCombiner(horizons: 24, memory: 192, minimumPairs: 10)
        XCTAssertEqual(combiner.weights(horizon: 5).model, 1)
        for _ in 0..<50 { combiner.observe(horizon: 1, truth: 1, model: 0, naive: 1, median: 1) }
        XCTAssertLessThan(combiner.weights(horizon: 1).model, 0.5)
        XCTAssertEqual(combiner.weights(horizon: 24).model, 1) // another band, nothing seen
        XCTAssertEqual(combiner.combine(model: 3, naive: .nan, median: .nan, horizon: 1), 3, accuracy: 1e-12)
    }

    /// The forecaster's blend follows a series on which yesterday's value is a much better forecast than the
    /// smooth model: a daily pattern whose shape changes abruptly each week.
    func testForecasterUsesTheReferencesWhenTheyHelp() {
        var rng = ForecastTestRandom(seed: 13)
        var forecaster = SeasonalForecaster(configuration: ForecastConfiguration(allowLogTransform: false))
        // A sharp 2-hour spike at a time of day that moves every 3 days: the model's smooth profile lags, the
        // seasonal references copy it.
        ForecastTestData.feed(&forecaster, days: 12) { k in
            let day = k / 96, slot = k % 96
            let centre = 20 + 23 * ((day / 3) % 3)
            return 50 + (abs(slot - centre) < 4 ? 40 : 0) + rng.normal()
        }
        XCTAssertLessThan(forecaster.blendWeight(stepsAhead: 24), 1)
    }
}
