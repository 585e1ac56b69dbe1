import Foundation
import IOCDomain

/// Shift handovers: assembled from the data, started by the outgoing operator, accepted by the incoming one; the
/// acceptance puts the incoming operator on duty in the same transaction.
extension CityStore {
    /// The sections a handover started at `now` would hold: the dashboard's alarms, sources, KPIs, overdue work and
    /// directives, the reasons of overlays from the alarm timeline, and every log entry written since the previous
    /// handover (so nothing written between two handovers is left out, whatever the clock says about shifts).
    public func handoverSections(now: Date) throws -> HandoverSections {
        let snapshot = try dashboard(now: now)
        let (entries, reasons, notes) = try database.read { db -> ([LogEntry], [String: String], [String: AlarmNote]) in
            let after = try db.fetchOne(Int64.self, sql: "SELECT MAX(last_entry_id) FROM handover") ?? 0
            let entries = try db.fetchAll(sql: "SELECT * FROM log_entry WHERE id > ? ORDER BY id", arguments: [after])
                .map(LogRow.entry)
            var reasons: [String: String] = [:]
            var notes: [String: AlarmNote] = [:]
            let overlays = snapshot.alarms.filter(\.state.isOverlay).map(\.id)
            for id in overlays {
                if let row = try db.fetchOne(sql: """
                    SELECT note, note_code, note_params FROM alarm_action WHERE alarm_id = ? AND note IS NOT NULL
                    AND action IN ('shelved', 'removed-from-service', 'suppressed') ORDER BY id DESC LIMIT 1
                    """, arguments: [id]) {
                    reasons[id] = row["note"]
                    notes[id] = AlarmRow.noteCode(row["note_code"], row["note_params"])
                }
            }
            return (entries, reasons, notes)
        }
        return HandoverAssembly.sections(from: snapshot, entries: entries, overlayReasons: reasons, overlayNotes: notes,
                                         now: now)
    }

    /// Starts a handover with the sections assembled now, as `HandoverMachine` allows (asked before assembling,
    /// for the text, and again in the write transaction, for the floor); refused with a `LogbookRefusal`.
    @discardableResult
    public func startHandover(by outgoing: Actor, status: HandoverStatus, narrative: String, at: Date,
                              pattern: ShiftPattern = .standard) throws -> HandoverRecord {
        try auditingRefusals(.handoverStart, by: outgoing, at: at) {
            try startHandoverAudited(by: outgoing, status: status, narrative: narrative, at: at, pattern: pattern)
        }
    }

    private func startHandoverAudited(by outgoing: Actor, status: HandoverStatus, narrative: String, at: Date,
                                      pattern: ShiftPattern) throws -> HandoverRecord {
        // The text first, on an empty floor: a refusal of the narrative needs no database.
        let event = HandoverEvent.start(by: outgoing, narrative: narrative)
        let early = HandoverMachine.decide(event, on: HandoverFloor(onDuty: nil, pending: nil))
        guard case .start(let narrative?) = early else { throw early.refusal ?? LogbookRefusal.narrativeMissing }
        let at = Date(unixMillis: at.unixMillis)
        let sections = try handoverSections(now: at)
        let json = String(decoding: try Self.sectionsEncoder.encode(sections), as: UTF8.self)
        let shiftID = pattern.shift(at: at).id
        let id: Int64 = try database.write { db in
            var id: Int64 = 0
            try Self.checkGrant(db, account: account, for: outgoing)
            let floor = HandoverFloor(onDuty: try Self.onDuty(db)?.actor, pending: try Self.pendingHandoverID(db))
            if let refusal = HandoverMachine.decide(event, on: floor).refusal { throw refusal }
            let previousLast = try db.fetchOne(Int64.self, sql: "SELECT MAX(last_entry_id) FROM handover") ?? 0
            let lastEntry = sections.logEntries.last?.id ?? previousLast
            id = try db.fetchOne(Int64.self, sql: """
                INSERT INTO handover (shift_id, outgoing, outgoing_role, started_ms, overall_status, narrative,
                                      sections_json, last_entry_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, arguments: [shiftID, outgoing.name, outgoing.role.rawValue, at.unixMillis, status.rawValue,
                                 narrative, json, lastEntry]) ?? 0
            try Self.appendAudit(db, auditEvent(.handoverStart, by: outgoing, at: at, target: "#\(id)",
                                                detail: "status=\(status.rawValue) " + narrative))
            try noteWrite(db, at: nil, scopes: .logbook)
            return id
        }
        return HandoverRecord(id: id, shiftID: shiftID, outgoing: outgoing, startedAt: at, overallStatus: status,
                              narrative: narrative, sections: sections)
    }

    /// The incoming operator accepts the pending handover `id` (with written reservations: supervisor or admin
    /// only), as `HandoverMachine` allows, asked in the write transaction; the incoming operator is on duty from
    /// then. Refused with a `LogbookRefusal`.
    @discardableResult
    public func acceptHandover(id: Int64, by incoming: Actor, reservations: String? = nil, at: Date) throws -> HandoverRecord {
        try auditingRefusals(.handoverAccept, by: incoming, at: at, target: "#\(id)") {
            try acceptHandoverAudited(id: id, by: incoming, reservations: reservations, at: at)
        }
    }

    private func acceptHandoverAudited(id: Int64, by incoming: Actor, reservations: String?, at: Date) throws -> HandoverRecord {
        let asked: HandoverReservations = reservations.map { .written($0) } ?? .none
        let at = Date(unixMillis: at.unixMillis)
        try database.write { db in
            try Self.checkGrant(db, account: account, for: incoming)
            let record = try Self.handover(db, id: id).map(HandoverSummary.init)
            let floor = HandoverFloor(onDuty: try Self.onDuty(db)?.actor, pending: try Self.pendingHandoverID(db))
            let decision = HandoverMachine.decide(.accept(id: id, record: record, by: incoming, reservations: asked),
                                                  on: floor)
            guard case .accept(let state, let reservations) = decision else {
                throw decision.refusal ?? .noHandover(id)
            }
            try db.execute(sql: """
                INSERT INTO handover_action (handover_id, at_ms, actor, role, action, reservations) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [id, at.unixMillis, incoming.name, incoming.role.rawValue, state.rawValue, reservations])
            try db.execute(sql: "INSERT INTO duty_change (at_ms, name, role, reason, handover_id) VALUES (?, ?, ?, 'handover', ?)",
                           arguments: [at.unixMillis, incoming.name, incoming.role.rawValue, id])
            try Self.appendAudit(db, auditEvent(.handoverAccept, by: incoming, at: at, target: "#\(id)",
                                                detail: state.rawValue + (reservations.map { " " + $0 } ?? "")))
            try noteWrite(db, at: nil, scopes: .logbook)
        }
        guard let accepted = try handover(id: id) else { throw LogbookRefusal.noHandover(id) }
        return accepted
    }

    /// One handover with its acceptance, or nil.
    public func handover(id: Int64) throws -> HandoverRecord? {
        try database.read { db in try Self.handover(db, id: id) }
    }

    /// The newest handover (pending or accepted), or nil when none was ever started.
    public func latestHandover() throws -> HandoverRecord? {
        try database.read { db in
            guard let id = try db.fetchOne(Int64.self, sql: "SELECT MAX(id) FROM handover") else { return nil }
            return try Self.handover(db, id: id)
        }
    }

    /// The handover waiting for acceptance, or nil. Without sections (`withSections: false`) the frozen record is not
    /// decoded: who started it and when, for the status bar and the 15-minute alarm, read every second.
    public func pendingHandover(withSections: Bool = true) throws -> HandoverRecord? {
        try database.read { db in try Self.pendingHandoverID(db).flatMap { try Self.handover(db, id: $0, withSections: withSections) } }
    }

    static func pendingHandoverID(_ db: SQLSession) throws -> Int64? {
        try db.fetchOne(Int64.self, sql: """
            SELECT h.id FROM handover h LEFT JOIN handover_action a ON a.handover_id = h.id
            WHERE a.id IS NULL ORDER BY h.id DESC LIMIT 1
            """)
    }

    static func handover(_ db: SQLSession, id: Int64, withSections: Bool = true) throws -> HandoverRecord? {
        let columns = withSections ? "*" : "id, shift_id, outgoing, outgoing_role, started_ms, overall_status, narrative"
        guard let row = try db.fetchOne(sql: "SELECT \(columns) FROM handover WHERE id = ?", arguments: [id]) else { return nil }
        var sections = HandoverSections()
        if withSections {
            let sectionsJSON = try row.decode(String.self, forColumn: "sections_json")
            sections = try JSONDecoder().decode(HandoverSections.self, from: Data(sectionsJSON.utf8))
        }
        let statusText: String = row["overall_status"]
        guard let status = HandoverStatus(rawValue: statusText) else {
            throw AlarmRecordError(column: "handover.overall_status", value: statusText)
        }
        var record = HandoverRecord(id: row["id"], shiftID: row["shift_id"],
                                    outgoing: Actor(name: row["outgoing"], role: OperatorRole(rawValue: row["outgoing_role"]) ?? .operator),
                                    startedAt: Date(unixMillis: row["started_ms"]), overallStatus: status,
                                    narrative: row["narrative"], sections: sections)
        if let action = try db.fetchOne(sql: "SELECT * FROM handover_action WHERE handover_id = ?", arguments: [id]) {
            record.state = HandoverState(rawValue: action["action"]) ?? .accepted
            record.incoming = Actor(name: action["actor"], role: OperatorRole(rawValue: action["role"]) ?? .operator)
            record.acceptedAt = Date(unixMillis: action["at_ms"])
            record.reservations = action["reservations"]
        }
        return record
    }

    static var sectionsEncoder: JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }
}

extension CityStore {
    /// Raises the unaccepted-handover alarm once the pending handover has waited 15 minutes, and clears it when the
    /// handover is accepted, through the alarm state machine (the alarm list, timeline and load see it like any
    /// other). Called on every alarm cycle; returns the decisions (none when nothing changed).
    @discardableResult
    public func applyHandoverAlarm(now: Date, policy: AlarmPolicy = .standard) throws -> [AlarmDecision] {
        let (pending, current) = try database.read { db in
            (try Self.pendingHandoverID(db).flatMap { try Self.handover(db, id: $0, withSections: false) },
             try Self.alarm(db, id: HandoverAlarmRule.alarmID))
        }
        let inputs = HandoverAlarmRule.inputs(pending: pending, current: current, now: now)
        guard !inputs.isEmpty else { return [] }
        let template = HandoverAlarmRule.template(at: now)
        return try applyAlarmInputs(inputs.map { (HandoverAlarmRule.alarmID, $0, template) }, policy: policy)
    }
}
