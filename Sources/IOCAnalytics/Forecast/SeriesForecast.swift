import Foundation

/// A projection of one series beside its history: points for the next steps with a prediction interval.
public struct SeriesForecast: Sendable, Hashable {
    /// Start of the last bucket the forecast is based on (the origin).
    public var origin: Date
    /// Grid step in seconds.
    public var step: TimeInterval
    /// Central coverage of the intervals, e.g. 0.8.
    public var level: Double
    public var points: [ForecastPoint]

    public init(origin: Date, step: TimeInterval, level: Double, points: [ForecastPoint]) {
        self.origin = origin
        self.step = step
        self.level = level
        self.points = points
    }
}
