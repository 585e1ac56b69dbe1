import Foundation

/// One projected point: the time, the point forecast and the prediction interval at the forecast's level.
public struct ForecastPoint: Sendable, Hashable {
    /// Start of the forecast bucket.
    public var date: Date
    /// Steps ahead of the forecast origin (1 = the next bucket).
    public var stepsAhead: Int
    public var mean: Double
    public var lower: Double
    public var upper: Double

    public init(date: Date, stepsAhead: Int, mean: Double, lower: Double, upper: Double) {
        self.date = date
        self.stepsAhead = stepsAhead
        self.mean = mean
        self.lower = lower
        self.upper = upper
    }
}
