import Foundation

extension AlarmStateMachine {
    /// Time-driven inputs due at `now` (shelve expiry, ack escalation, ack timeout), for the engine's tick.
    ///
    /// - A shelved alarm past `shelvedUntil` → `.shelveExpired`.
    /// - An unacknowledged alarm waiting longer than the priority's escalation delay since it became
    ///   unacknowledged, and not escalated since → `.escalateUnacknowledged(minutes:at:)` (by the system).
    /// - An acknowledged alarm not resolved within the priority's resolve timeout → `.ackTimedOut`.
    public static func dueInputs(for alarm: Alarm, now: Date, policy: AlarmPolicy) -> [AlarmInput] {
        switch alarm.state {
        case .shelved:
            if let until = alarm.shelvedUntil, now >= until { return [.shelveExpired(at: now)] }
        case .unacknowledged:
            let delay = policy.escalationDelay(for: alarm.priority)
            let notEscalatedSince = alarm.escalatedAt.map { $0 < alarm.lastChangeAt } ?? true
            if notEscalatedSince, now >= alarm.lastChangeAt.addingTimeInterval(delay) {
                let minutes = Int((delay / 60).rounded())
                return [.escalateUnacknowledged(minutes: minutes, at: now)]
            }
        case .acknowledged:
            if let acked = alarm.acknowledgedAt, now >= acked.addingTimeInterval(policy.resolveDelay(for: alarm.priority)) {
                return [.ackTimedOut(at: now)]
            }
        case .normal, .returnedUnacknowledged, .suppressed, .outOfService:
            break
        }
        return []
    }
}
