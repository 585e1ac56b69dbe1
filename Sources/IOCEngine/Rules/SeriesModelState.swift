import Foundation
import IOCAnalytics

/// What a model rule keeps of one series between calls: the streaming anomaly detector of an `anomaly` rule scored
/// by `score`, or the level a `forecast` rule has raised (0 none, 1 watch, 2 warning; its forecaster is the series'
/// one, `RuleMemory.forecasters`, shared with the projections and the other forecast rules). Learnt from every value,
/// including the days read once to warm it up.
struct SeriesModelState {
    var detector: AnomalyDetector?
    var forecastLevel = 0

    static func anomaly() -> SeriesModelState { SeriesModelState(detector: AnomalyDetector()) }
    static func forecast() -> SeriesModelState { SeriesModelState() }

    /// A series' forecaster, whose daily refit falls at a moment of its own (a stable hash of the key), so the series
    /// do not all refit in the same cycle; refitted by `RuleEvaluator.refitModels`, off the rules' cycle.
    static func forecaster(key: String) -> SeasonalForecaster {
        let phase = key.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
        return SeasonalForecaster(configuration: ForecastConfiguration(automaticRefit: false), refitPhase: phase)
    }

    /// Whether a forecaster's statements `steps` ahead can be trusted: it has a model and enough of its own
    /// out-of-sample errors at that horizon for empirical intervals. Before that its intervals are the model's
    /// analytic ones, which a first day of smooth or interpolated readings makes vanishingly narrow (a projection of
    /// "105 (105–105)", a probability of 0 or 1): nothing is projected and no forecast rule judges until then.
    static func isTrusted(_ forecaster: SeasonalForecaster, steps: Int) -> Bool {
        let h = min(max(1, steps), forecaster.configuration.horizonSteps)
        return forecaster.isReady && forecaster.errorCount(stepsAhead: h) >= forecaster.configuration.minimumErrors
    }

    /// How far back a model rule's series is read the first time it is seen: the raw values the cache keeps (a
    /// week by default; the forecaster would keep 14 days, and builds them up while it runs).
    static let forecastWarmUp: TimeInterval = 7 * 86_400
    static let anomalyWarmUp: TimeInterval = 7 * 86_400
}
