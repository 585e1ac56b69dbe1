import Foundation

/// A series' seasonal forecast for the next hours as the engine last made it (issue 18): drawn beside the series'
/// history on the panels, the series screen and the wall. Made when a step of the series completes; a projection
/// whose origin is more than three steps before the series' newest value is out of date and not shown.
public struct SeriesProjection: Sendable, Hashable {
    /// Start of the last step the forecast is based on.
    public var origin: Date
    /// Time between two projected steps.
    public var step: TimeInterval
    /// Central coverage of the intervals (0.8).
    public var level: Double
    /// The next steps, oldest first.
    public var values: [ProjectedValue]

    public init(origin: Date, step: TimeInterval, level: Double, values: [ProjectedValue]) {
        self.origin = origin
        self.step = step
        self.level = level
        self.values = values
    }

    /// How far ahead it reaches.
    public var horizon: TimeInterval { values.last.map { $0.at.timeIntervalSince(origin) } ?? 0 }

    /// The projected step that holds `date` (the last one at or before it), nil outside the projection.
    public func value(at date: Date) -> ProjectedValue? {
        guard let first = values.first, date >= first.at, let last = values.last,
              date < last.at.addingTimeInterval(step) else { return nil }
        return values.last { $0.at <= date }
    }

    /// Whether it still describes the series whose newest value is at `latest`: its origin is at most three steps before it (the
    /// newest value lies in the step after the origin's, still filling).
    public func isCurrent(latest: Date?) -> Bool {
        guard let latest else { return false }
        return latest.timeIntervalSince(origin) <= 3 * step
    }
}
