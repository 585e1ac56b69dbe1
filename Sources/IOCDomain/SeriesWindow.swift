import Foundation

/// One series as the rule evaluator sees it: its definition, its recent values and where they came from.
public struct SeriesWindow: Sendable, Hashable {
    public var definition: SeriesDefinition
    /// Values from `now − window` to `now`, oldest first.
    public var observations: [Observation]
    /// The time of the newest value ever stored, even when it is older than the window (for "data stale").
    public var latestAt: Date?
    /// The source that wrote the newest value.
    public var sourceID: String?
    /// The owning agency's name, when known.
    public var agencyName: String?
    /// The ward's name, when known.
    public var wardName: String?

    public init(definition: SeriesDefinition, observations: [Observation], latestAt: Date? = nil,
                sourceID: String? = nil, agencyName: String? = nil, wardName: String? = nil) {
        self.definition = definition; self.observations = observations
        self.latestAt = latestAt ?? observations.last?.time
        self.sourceID = sourceID; self.agencyName = agencyName; self.wardName = wardName
    }
}
