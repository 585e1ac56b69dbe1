import Foundation

/// One step of a series' projection: when, the point forecast and its prediction interval (at the projection's
/// level, e.g. 80 %: the truth falls below `lower` one time in ten and above `upper` one time in ten).
public struct ProjectedValue: Sendable, Hashable {
    /// Start of the projected step.
    public var at: Date
    public var mean: Double
    public var lower: Double
    public var upper: Double

    public init(at: Date, mean: Double, lower: Double, upper: Double) {
        self.at = at
        self.mean = mean
        self.lower = lower
        self.upper = upper
    }
}
