/// What one poll of one source returns: definitions, values and events, written in one transaction.
public struct Batch: Sendable, Hashable {
    public var seriesDefinitions: [SeriesDefinition]
    public var observations: [Observation]
    public var events: [CityEvent]
    /// Agencies and wards the source introduces (reference data); upserted.
    public var agencies: [Agency]
    public var wards: [Ward]
    /// Opaque resume point for the next poll (e.g. the newest `updatedAt` seen).
    public var cursor: String?

    public init(seriesDefinitions: [SeriesDefinition] = [], observations: [Observation] = [],
                events: [CityEvent] = [], agencies: [Agency] = [], wards: [Ward] = [], cursor: String? = nil) {
        self.seriesDefinitions = seriesDefinitions; self.observations = observations; self.events = events
        self.agencies = agencies; self.wards = wards; self.cursor = cursor
    }

    public var isEmpty: Bool {
        seriesDefinitions.isEmpty && observations.isEmpty && events.isEmpty && agencies.isEmpty && wards.isEmpty
    }
}
