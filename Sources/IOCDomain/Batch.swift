/// What one poll of one source returns: definitions, values and events, written in one transaction.
public struct Batch: Sendable, Codable, Hashable {
    public var seriesDefinitions: [SeriesDefinition]
    public var observations: [Observation]
    public var events: [CityEvent]
    /// Agencies and wards the source introduces (reference data); upserted.
    public var agencies: [Agency]
    public var wards: [Ward]
    /// Opaque resume point for the next poll (e.g. the newest `updatedAt` seen).
    public var cursor: String?
    /// Records of the response that were left out and why ("1 of 3 records rejected; record 0: field 'aqi' holds
    /// a number out of range (1e400)"), or nil when every record was read. Recorded as the source's last error.
    public var rejected: String?

    public init(seriesDefinitions: [SeriesDefinition] = [], observations: [Observation] = [],
                events: [CityEvent] = [], agencies: [Agency] = [], wards: [Ward] = [], cursor: String? = nil,
                rejected: String? = nil) {
        self.seriesDefinitions = seriesDefinitions; self.observations = observations; self.events = events
        self.agencies = agencies; self.wards = wards; self.cursor = cursor; self.rejected = rejected
    }

    /// Adds `note` to what the batch says it left out or changed (joined with " · "); nil adds nothing.
    public mutating func addNote(_ note: String?) {
        guard let note else { return }
        rejected = rejected.map { $0 + " · " + note } ?? note
    }

    public var isEmpty: Bool {
        seriesDefinitions.isEmpty && observations.isEmpty && events.isEmpty && agencies.isEmpty && wards.isEmpty
    }
}
