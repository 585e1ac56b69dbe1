import Foundation
import IOCAnalytics

/// What a model rule keeps of one series between calls: the streaming anomaly detector of an `anomaly` rule scored
/// by `score`, or the seasonal forecaster of a `forecast` rule with the level it has raised (0 none, 1 watch,
/// 2 warning). Learnt from every value, including the days read once to warm it up.
struct SeriesModelState {
    var detector: AnomalyDetector?
    var forecaster: SeasonalForecaster?
    var forecastLevel = 0

    static func anomaly() -> SeriesModelState { SeriesModelState(detector: AnomalyDetector()) }
    /// A forecaster whose daily refit falls at a moment of its own (a stable hash of the key), so the series of one
    /// rule do not all refit in the same cycle.
    static func forecast(key: String) -> SeriesModelState {
        let phase = key.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
        return SeriesModelState(forecaster: SeasonalForecaster(refitPhase: phase))
    }

    /// How far back a model rule's series is read the first time it is seen: the raw values the cache keeps (a
    /// week by default; the forecaster would keep 14 days, and builds them up while it runs).
    static let forecastWarmUp: TimeInterval = 7 * 86_400
    static let anomalyWarmUp: TimeInterval = 7 * 86_400
}
