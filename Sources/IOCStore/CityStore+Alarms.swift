import Foundation
import IOCDomain

/// Alarms: applying inputs through `AlarmStateMachine` with the state and its timeline row written in one
/// transaction, and the reads the alarm list, the details screen and the engine's tick need.
extension CityStore {
    /// Reads the alarm (or creates it from `template` when absent), applies the input with AlarmStateMachine, writes
    /// the new state and its timeline row in ONE transaction; returns the decision. Safe with two processes at once:
    /// the transaction is IMMEDIATE, so the read-decide-write of one process never interleaves with another's.
    /// An absent alarm without a template is refused ("Không tìm thấy cảnh báo …"); a refusal writes nothing.
    public func applyAlarmInput(_ input: AlarmInput, alarmID: String, template: Alarm?,
                                policy: AlarmPolicy = .standard) throws -> AlarmDecision {
        try applyAlarmInputs([(alarmID: alarmID, input: input, template: template)], policy: policy)[0]
    }

    /// Applies a batch of inputs in order, in one transaction (for a rule evaluation's condition changes); an alarm
    /// may appear several times and each input sees the result of the previous one. Decisions in input order.
    public func applyAlarmInputs(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)],
                                 policy: AlarmPolicy = .standard) throws -> [AlarmDecision] {
        try applyAlarmInputs(items, policy: policy, history: false)
    }

    /// `history`: a simulated past written by `ioc backfill` (`recordHistoricAlarms`): its simulated operator's
    /// actions are neither checked against a grant nor audited one by one — the backfill's own audit record says what
    /// was written, and no invented person's action enters the trail the SOC receives.
    func applyAlarmInputs(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)], policy: AlarmPolicy,
                          history: Bool) throws -> [AlarmDecision] {
        guard !items.isEmpty else { return [] }
        return try database.write { db in
            var decisions: [AlarmDecision] = []
            decisions.reserveCapacity(items.count)
            decisions.removeAll(keepingCapacity: true)
            var current: [String: Alarm] = [:]
            var newest: Date?
            for item in items {
                var alarm = current[item.alarmID]
                if alarm == nil, let row = try db.fetchOne(sql: "SELECT * FROM alarm WHERE id = ?", arguments: [item.alarmID]) {
                    alarm = try AlarmRow.alarm(row)
                }
                if alarm == nil, var template = item.template {
                    template.id = item.alarmID
                    alarm = template
                } else if alarm?.domain == nil, let domain = item.template?.domain {
                    // An alarm raised before domains were kept takes its rule's domain when its condition is seen.
                    alarm?.domain = domain
                }
                guard let alarm else {
                    decisions.append(.rejected(.noSuchAlarm(item.alarmID)))
                    if !history { try auditAlarmAction(db, item.input, target: item.alarmID, domain: nil, decisions.last!) }
                    continue
                }
                var decision = AlarmStateMachine.apply(item.input, to: alarm, policy: policy)
                // A person's action only while the account's grant still allows it.
                if !history, let actor = item.input.actor, actor != .system, case .applied = decision {
                    do { try Self.checkGrant(db, account: account, for: actor) } catch { decision = .rejected(.notGranted) }
                }
                decisions.append(decision)
                if !history {
                    try auditAlarmAction(db, item.input, target: alarm.number.map { "A\($0) \(alarm.id)" } ?? alarm.id,
                                         domain: alarm.domain, decision)
                }
                guard case .applied(let next, let entry) = decision else { continue }
                try db.execute(sql: AlarmRow.upsertSQL, arguments: AlarmRow.arguments(next))
                if next.number == nil { try db.execute(sql: AlarmRow.numberSQL, arguments: [item.alarmID]) }
                try db.execute(sql: AlarmRow.insertActionSQL, arguments: try AlarmRow.actionArguments(entry, priority: next.priority))
                current[item.alarmID] = next
                newest = max(newest ?? entry.at, entry.at)
            }
            if newest != nil { try noteWrite(db, at: nil, scopes: .alarms) }
            return decisions
        }
    }

    /// A person's alarm action, done or refused, as an audit record in the action's transaction (condition changes
    /// and timers are the alarm's own timeline, not a person's action).
    private func auditAlarmAction(_ db: SQLSession, _ input: AlarmInput, target: String, domain: Pillar?,
                                  _ decision: AlarmDecision) throws {
        guard let actor = input.actor, actor != .system else { return }
        let words: String
        switch input {
        case .acknowledge(_, _, let note), .resolve(_, _, let note): words = note ?? ""
        case .shelve(_, _, let duration, let reason, let oneShot):
            words = reason + (duration.map { " (\(Int($0 / 60)) min)" } ?? "") + (oneShot ? " (one-shot)" : "")
        case .removeFromService(_, _, let reason), .escalate(_, _, let reason): words = reason
        case .addNote(_, _, let text): words = text
        case .assign(_, _, let agency): words = agency
        default: words = ""
        }
        let refusal = decision.rejection(.en)
        try Self.appendAudit(db, auditEvent(.alarm(input), by: actor, at: input.at, outcome: refusal == nil ? .ok : .refused,
                                            target: target, detail: refusal.map { words.isEmpty ? $0 : $0 + " — " + words } ?? words,
                                            domain: domain))
    }

    /// Alarms in the given states (all when nil), most pressing first: by state (unacknowledged, cleared
    /// unacknowledged, acknowledged, shelved, suppressed, out of service, normal), then priority (emergency first),
    /// then newest state change first, then id.
    public func alarms(states: Set<AlarmState>? = nil, limit: Int = 500) throws -> [Alarm] {
        try database.read { db in
            var sql = "SELECT * FROM alarm"
            var arguments: SQLArguments = []
            if let states {
                guard !states.isEmpty else { return [] }
                let ordered = states.map(\.rawValue).sorted()
                sql += " WHERE state IN (\(Array(repeating: "?", count: ordered.count).joined(separator: ", ")))"
                arguments = SQLArguments(ordered)
            }
            sql += " ORDER BY state_order, priority, last_change_ms DESC, id LIMIT ?"
            arguments.append(max(0, limit))
            return try db.fetchAll(sql: sql, arguments: arguments).map(AlarmRow.alarm)
        }
    }

    /// One alarm by id, or nil.
    public func alarm(id: String) throws -> Alarm? {
        try database.read { db in try Self.alarm(db, id: id) }
    }

    static func alarm(_ db: SQLSession, id: String) throws -> Alarm? {
        try db.fetchOne(sql: "SELECT * FROM alarm WHERE id = ?", arguments: [id]).map(AlarmRow.alarm)
    }

    /// The alarm an operator named: by public number (`A17`, `17`) or by its `rule|subject` key; nil when none.
    public func alarm(reference text: String) throws -> Alarm? {
        try database.read { db in try Self.alarm(db, reference: AlarmReference(text)) }
    }

    static func alarm(_ db: SQLSession, reference: AlarmReference) throws -> Alarm? {
        switch reference {
        case .number(let n):
            return try db.fetchOne(sql: "SELECT * FROM alarm WHERE number = ?", arguments: [n]).map(AlarmRow.alarm)
        case .key(let key):
            return try db.fetchOne(sql: "SELECT * FROM alarm WHERE id = ?", arguments: [key]).map(AlarmRow.alarm)
        }
    }

    /// The public ids (`A17`) of alarms by key, for showing links stored as keys; keys without an alarm are absent.
    public func alarmDisplayIDs(keys: [String]) throws -> [String: String] {
        guard !keys.isEmpty else { return [:] }
        return try database.read { db in
            var out: [String: String] = [:]
            for key in Set(keys) {
                if let n = try db.fetchOne(Int64.self, sql: "SELECT number FROM alarm WHERE id = ?", arguments: [key]) {
                    out[key] = AlarmReference.display(n)
                }
            }
            return out
        }
    }

    /// An alarm's whole timeline, oldest first.
    public func alarmTimeline(id: String) throws -> [AlarmTimelineEntry] {
        try database.read { db in
            try db.fetchAll(sql: "SELECT * FROM alarm_action WHERE alarm_id = ? ORDER BY id", arguments: [id])
                .map(AlarmRow.entry)
        }
    }

    /// The number of timeline rows of all alarms (for diagnostics and tests).
    public func alarmActionCount() throws -> Int {
        try database.read { db in try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM alarm_action") ?? 0 }
    }

    /// Alarms with a timer due at `now` (shelved past expiry, unacknowledged past escalation, acknowledged past the
    /// resolve timeout): feed each to `AlarmStateMachine.dueInputs` and apply the result.
    public func alarmsDueForTimers(now: Date, policy: AlarmPolicy = .standard) throws -> [Alarm] {
        // Only rows that can be due: every unacknowledged and acknowledged alarm read every cycle is most of the
        // cycle's reading when alarms stand for hours. The bounds are the shortest delays of any priority, so the
        // query never leaves out a due alarm; `dueInputs` decides.
        let escalatedBy = now.addingTimeInterval(-policy.shortestEscalationDelay).unixMillis
        let resolvedBy = now.addingTimeInterval(-policy.shortestResolveDelay).unixMillis
        return try database.read { db in
            try db.fetchAll(sql: """
                SELECT * FROM alarm
                WHERE (state = 'shelved' AND shelved_until_ms <= ?)
                   OR (state = 'unack' AND last_change_ms <= ?)
                   OR (state = 'ack' AND acknowledged_ms <= ?)
                ORDER BY state_order, priority, last_change_ms, id
                """, arguments: [now.unixMillis, escalatedBy, resolvedBy])
                .map(AlarmRow.alarm)
                .filter { !AlarmStateMachine.dueInputs(for: $0, now: now, policy: policy).isEmpty }
        }
    }
}
