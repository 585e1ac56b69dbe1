import Foundation

/// An indicator as a panel shows it: its definition, latest value, recent history and where it came from.
public struct KPIReading: Sendable, Hashable {
    public var definition: SeriesDefinition
    public var latest: Double?
    public var latestAt: Date?
    /// Recent values, oldest first, for sparklines (at most what a panel shows).
    public var history: [Double]
    /// The source that wrote the latest value, for staleness ("data as of").
    public var sourceID: String?
    /// The time between two values of `history` (the newest may be closer to the one before it), when known.
    public var historyStep: TimeInterval?
    /// The engine's projection of the next hours, for a series the rules file projects (`projections:`).
    public var projection: SeriesProjection?

    public init(definition: SeriesDefinition, latest: Double? = nil, latestAt: Date? = nil,
                history: [Double] = [], sourceID: String? = nil, projection: SeriesProjection? = nil) {
        self.definition = definition; self.latest = latest; self.latestAt = latestAt
        self.history = history; self.sourceID = sourceID; self.projection = projection
    }
}
