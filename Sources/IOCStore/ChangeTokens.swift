import Foundation

/// The change counters of the database at one moment: the total and one per `ChangeScope`, plus the newest write.
/// Two readings differ in a scope's counter exactly when some process committed a write of that scope in between.
public struct ChangeTokens: Sendable, Hashable {
    public var total: Int64
    public var observations: Int64
    public var events: Int64
    public var alarms: Int64
    public var sources: Int64
    public var reference: Int64
    public var logbook: Int64
    /// The newest data time any write recorded (`meta.last_write_ms`).
    public var lastWriteAt: Date?

    public init(total: Int64 = 0, observations: Int64 = 0, events: Int64 = 0, alarms: Int64 = 0, sources: Int64 = 0,
                reference: Int64 = 0, logbook: Int64 = 0, lastWriteAt: Date? = nil) {
        self.total = total; self.observations = observations; self.events = events; self.alarms = alarms
        self.sources = sources; self.reference = reference; self.logbook = logbook; self.lastWriteAt = lastWriteAt
    }

    /// The scopes whose counters differ between `self` and `other`.
    public func changedScopes(since other: ChangeTokens) -> ChangeScope {
        var scopes: ChangeScope = []
        if observations != other.observations { scopes.insert(.observations) }
        if events != other.events { scopes.insert(.events) }
        if alarms != other.alarms { scopes.insert(.alarms) }
        if sources != other.sources { scopes.insert(.sources) }
        if reference != other.reference { scopes.insert(.reference) }
        if logbook != other.logbook { scopes.insert(.logbook) }
        return scopes
    }
}
