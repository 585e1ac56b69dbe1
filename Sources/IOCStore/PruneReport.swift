/// What one `CityStore.rollupAndPrune` run did, in rows.
public struct PruneReport: Sendable, Hashable {
    /// Hourly rollup rows written (created or merged into).
    public var rolledUp: Int
    /// Raw observations deleted after being rolled up.
    public var deletedRaw: Int
    /// Hourly rollups deleted as older than the rollup retention.
    public var deletedRollups: Int
    /// Closed events deleted as older than the event retention.
    public var deletedEvents: Int

    public init(rolledUp: Int = 0, deletedRaw: Int = 0, deletedRollups: Int = 0, deletedEvents: Int = 0) {
        self.rolledUp = rolledUp; self.deletedRaw = deletedRaw
        self.deletedRollups = deletedRollups; self.deletedEvents = deletedEvents
    }
}
