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

    public init(definition: SeriesDefinition, latest: Double? = nil, latestAt: Date? = nil,
                history: [Double] = [], sourceID: String? = nil) {
        self.definition = definition; self.latest = latest; self.latestAt = latestAt
        self.history = history; self.sourceID = sourceID
    }
}
