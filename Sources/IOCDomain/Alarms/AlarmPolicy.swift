import Foundation

/// The timings of the alarm lifecycle: shelving limits, escalation and resolve timeouts per priority.
public struct AlarmPolicy: Sendable, Hashable {
    /// A timed shelve without a duration lasts this long (proposal: 1 h).
    public var defaultShelve: TimeInterval
    /// No shelve lasts longer (proposal: 8 h); one-shot shelves end here at the latest too.
    public var maxShelve: TimeInterval
    /// An alarm unacknowledged this long after it was annunciated is escalated to the supervisor.
    public var ackEscalationAfter: [AlarmPriority: TimeInterval]
    /// An acknowledged alarm not resolved (nor cleared) this long after its acknowledgement is Unacknowledged again.
    public var resolveTimeout: [AlarmPriority: TimeInterval]

    public init(defaultShelve: TimeInterval, maxShelve: TimeInterval,
                ackEscalationAfter: [AlarmPriority: TimeInterval], resolveTimeout: [AlarmPriority: TimeInterval]) {
        self.defaultShelve = defaultShelve
        self.maxShelve = maxShelve
        self.ackEscalationAfter = ackEscalationAfter
        self.resolveTimeout = resolveTimeout
    }

    /// Shelve 1 h (max 8 h); escalate after 5 min / 15 min / 1 h / 4 h; ack expires after 1 h / 4 h / 24 h / 72 h
    /// (emergency / high / medium / low). The timeouts are proposals, not sourced figures.
    public static let standard = AlarmPolicy(
        defaultShelve: 3600, maxShelve: 8 * 3600,
        ackEscalationAfter: [.emergency: 300, .high: 900, .medium: 3600, .low: 4 * 3600],
        resolveTimeout: [.emergency: 3600, .high: 4 * 3600, .medium: 24 * 3600, .low: 72 * 3600])

    /// The escalation delay for a priority (missing keys fall back to one hour).
    public func escalationDelay(for priority: AlarmPriority) -> TimeInterval { ackEscalationAfter[priority] ?? 3600 }

    /// The resolve timeout for a priority (missing keys fall back to 24 hours).
    public func resolveDelay(for priority: AlarmPriority) -> TimeInterval { resolveTimeout[priority] ?? 24 * 3600 }

    /// The shortest escalation delay of any priority: no unacknowledged alarm is due before it (a store narrows its
    /// timer query with it; `AlarmStateMachine.dueInputs` decides).
    public var shortestEscalationDelay: TimeInterval {
        AlarmPriority.allCases.map(escalationDelay(for:)).min() ?? 0
    }

    /// The shortest resolve timeout of any priority, likewise.
    public var shortestResolveDelay: TimeInterval {
        AlarmPriority.allCases.map(resolveDelay(for:)).min() ?? 0
    }
}
