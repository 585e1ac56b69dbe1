/// What one `CityStore.rollupAndPrune` run did, in rows.
public struct PruneReport: Sendable, Hashable {
    /// Hourly rollup rows written (created or merged into).
    public var rolledUp: Int
    /// Daily rollup rows written (computed again from their hours, or added to).
    public var daysRolledUp: Int
    /// Raw observations deleted after being rolled up.
    public var deletedRaw: Int
    /// Hourly rollups deleted as older than the hourly retention.
    public var deletedRollups: Int
    /// Daily rollups deleted as older than the daily retention.
    public var deletedDays: Int
    /// Closed events deleted as older than the event retention.
    public var deletedEvents: Int

    public init(rolledUp: Int = 0, daysRolledUp: Int = 0, deletedRaw: Int = 0, deletedRollups: Int = 0,
                deletedDays: Int = 0, deletedEvents: Int = 0) {
        self.rolledUp = rolledUp; self.daysRolledUp = daysRolledUp; self.deletedRaw = deletedRaw
        self.deletedRollups = deletedRollups; self.deletedDays = deletedDays; self.deletedEvents = deletedEvents
    }
}
