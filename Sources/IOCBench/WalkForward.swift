import Foundation
import IOCAnalytics

/// Walk-forward evaluation of `SeasonalForecaster` against seasonal-naive on one series.
///
/// The series is regularised (15-minute grid, gaps up to 1 h filled) and fed bucket by bucket to a fresh
/// forecaster, exactly as the product would. After the warm-up (the first 20 % of the grid, at least 2 days),
/// every *observed* bucket is a forecast origin. For horizon h (4 steps = 1 h, 24 steps = 6 h) a pair
/// (origin, h) is scored when the target bucket origin+h is observed (never filled) and seasonal-naive has a
/// value: the regularised value one day before the target (observed or short-gap filled, always at or before
/// the origin). Both forecasts are scored on exactly these pairs:
///   MASE_h = Σ|y − model| / Σ|y − seasonal-naive|   (ratio of mean absolute errors, out of sample),
///   coverage_h = share of pairs with y inside the model's 80 % interval.
struct WalkForward {
    struct Result {
        var name: String
        var buckets = 0
        var observedShare = 0.0
        var pairs = [0, 0]
        var modelError = [0.0, 0.0]
        var naiveError = [0.0, 0.0]
        var covered = [0, 0]
        var updates = 0
        var updateSeconds = 0.0
        var forecasts = 0
        var forecastSeconds = 0.0
        var probabilitySeconds = 0.0
        var fits = 0
        var weekly = false
        var transform = ForecastTransform.identity
        var parameters: HoltWintersParameters?

        func mase(_ k: Int) -> Double { naiveError[k] > 0 ? modelError[k] / naiveError[k] : .nan }
        func coverage(_ k: Int) -> Double { pairs[k] > 0 ? Double(covered[k]) / Double(pairs[k]) : .nan }
    }

    static let horizons = [4, 24]

    static func run(name: String, points: [TimedValue], configuration: ForecastConfiguration) -> (Result, SeasonalForecaster) {
        let series = SeriesRegularizer.regularize(points, step: configuration.step,
                                                  maxFilledGap: configuration.maxFilledGap)
        let m = configuration.stepsPerDay
        let n = series.count
        var result = Result(name: name)
        result.buckets = n
        result.observedShare = Double(series.kinds.filter { $0 == .observed }.count) / Double(max(n, 1))
        let warmup = max(2 * m, Int(0.2 * Double(n)))
        var forecaster = SeasonalForecaster(configuration: configuration)
        let clock = ContinuousClock()
        var sink = 0.0
        for i in 0..<n where series.kinds[i] != .missing {
            let bucket = RegularBucket(index: series.firstIndex + i, value: series.values[i], kind: series.kinds[i])
            let t0 = clock.now
            forecaster.add(bucket: bucket)
            result.updateSeconds += seconds(clock.now - t0)
            result.updates += 1
            guard i >= warmup, series.kinds[i] == .observed, forecaster.isReady else { continue }
            let t1 = clock.now
            guard let forecast = forecaster.forecast(steps: 24, level: 0.8) else { continue }
            result.forecastSeconds += seconds(clock.now - t1)
            result.forecasts += 1
            let t2 = clock.now
            sink += forecaster.probabilityAbove(forecast.points[23].mean + 1, withinSteps: 24) ?? 0
            result.probabilitySeconds += seconds(clock.now - t2)
            for (k, h) in horizons.enumerated() {
                let target = i + h
                guard target < n, series.kinds[target] == .observed else { continue }
                let naiveAt = target - m
                guard naiveAt >= 0, series.kinds[naiveAt] != .missing else { continue }
                let truth = series.values[target]
                let point = forecast.points[h - 1]
                result.pairs[k] += 1
                result.modelError[k] += abs(truth - point.mean)
                result.naiveError[k] += abs(truth - series.values[naiveAt])
                if truth >= point.lower && truth <= point.upper { result.covered[k] += 1 }
            }
        }
        if sink.isNaN { print("") }
        result.fits = forecaster.fitCount
        result.weekly = forecaster.usesWeeklyCycle
        result.transform = forecaster.transform
        result.parameters = forecaster.parameters
        return (result, forecaster)
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
