import Foundation
import IOCDomain

/// Converts alarms and timeline entries to and from the `alarm` and `alarm_action` rows.
enum AlarmRow {
    /// The `alarm` columns, in the order of `arguments(_:)`.
    static let columns = [
        "id", "rule_id", "subject", "kind", "priority", "message", "agency_code", "ward_code", "source_id",
        "parent_id", "state", "state_order", "condition_active", "value", "active_since_ms", "last_change_ms",
        "acknowledged_ms", "acknowledged_by", "shelved_until_ms", "shelve_reason", "shelve_one_shot",
        "escalated_ms", "assigned_agency", "state_before_overlay", "message_en", "domain",
    ]

    /// Inserts an alarm or replaces every column of the stored one.
    static let upsertSQL: String = {
        let names = columns.joined(separator: ", ")
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return "INSERT INTO alarm (\(names)) VALUES (\(marks)) ON CONFLICT (id) DO UPDATE SET \(updates)"
    }()

    /// Gives a newly written alarm the next public number (an alarm keeps its number for ever; the upsert never
    /// touches the column).
    static let numberSQL = """
        UPDATE alarm SET number = (SELECT COALESCE(MAX(number), 0) + 1 FROM alarm) WHERE id = ? AND number IS NULL
        """

    /// Appends one timeline row.
    static let insertActionSQL = """
        INSERT INTO alarm_action (alarm_id, at_ms, actor, role, action, from_state, to_state, note, priority,
                                  note_code, note_params)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The `alarm` row's values, in the order of `columns` (non-finite values are stored as NULL).
    static func arguments(_ a: Alarm) -> SQLArguments {
        let value: Double? = a.value.flatMap { $0.isFinite ? $0 : nil }
        return [
            a.id, a.ruleID, a.subject, a.kind.rawValue, a.priority.rawValue, a.message, a.agencyCode, a.wardCode, a.sourceID,
            a.parentID, a.state.rawValue, a.state.listOrder, a.conditionActive ? 1 : 0, value,
            a.activeSince?.unixMillis, a.lastChangeAt.unixMillis, a.acknowledgedAt?.unixMillis, a.acknowledgedBy,
            a.shelvedUntil?.unixMillis, a.shelveReason, a.shelveOneShot ? 1 : 0, a.escalatedAt?.unixMillis,
            a.assignedAgency, a.stateBeforeOverlay?.rawValue, a.messageEN, a.domain?.rawValue,
        ]
    }

    /// The `alarm_action` row's values, in the order of `insertActionSQL`.
    static func actionArguments(_ e: AlarmTimelineEntry, priority: AlarmPriority) throws -> SQLArguments {
        [e.alarmID, e.at.unixMillis, e.actor, e.role?.rawValue, e.action, e.fromState.rawValue, e.toState.rawValue,
         e.note, priority.rawValue, e.noteCode?.code, try noteParameters(e.noteCode)]
    }

    /// The alarm a `SELECT * FROM alarm` row holds; throws `AlarmRecordError` on an unknown state or priority.
    static func alarm(_ row: SQLRow) throws -> Alarm {
        let priorityValue: Int = row["priority"]
        guard let priority = AlarmPriority(rawValue: priorityValue) else {
            throw AlarmRecordError(column: "alarm.priority", value: String(priorityValue))
        }
        let before: String? = row["state_before_overlay"]
        return Alarm(
            id: row["id"], ruleID: row["rule_id"], subject: row["subject"], kind: AlarmKind(rawValue: row["kind"]), priority: priority,
            message: row["message"], messageEN: row["message_en"], agencyCode: row["agency_code"],
            wardCode: row["ward_code"], sourceID: row["source_id"], parentID: row["parent_id"],
            state: try state(row["state"], column: "alarm.state"),
            conditionActive: row["condition_active"] as Int != 0, value: row["value"],
            activeSince: date(row["active_since_ms"]), lastChangeAt: Date(unixMillis: row["last_change_ms"]),
            acknowledgedAt: date(row["acknowledged_ms"]), acknowledgedBy: row["acknowledged_by"],
            shelvedUntil: date(row["shelved_until_ms"]), shelveReason: row["shelve_reason"],
            shelveOneShot: row["shelve_one_shot"] as Int != 0, escalatedAt: date(row["escalated_ms"]),
            assignedAgency: row["assigned_agency"],
            stateBeforeOverlay: try before.map { try state($0, column: "alarm.state_before_overlay") },
            number: row["number"], domain: (row["domain"] as String?).flatMap(Pillar.init(rawValue:)))
    }

    /// The timeline entry a `SELECT * FROM alarm_action` row holds.
    static func entry(_ row: SQLRow) throws -> AlarmTimelineEntry {
        let roleName: String? = row["role"]
        var role: OperatorRole?
        if let roleName {
            guard let known = OperatorRole(rawValue: roleName) else {
                throw AlarmRecordError(column: "alarm_action.role", value: roleName)
            }
            role = known
        }
        return AlarmTimelineEntry(
            alarmID: row["alarm_id"], at: Date(unixMillis: row["at_ms"]), actor: row["actor"], role: role,
            action: row["action"], fromState: try state(row["from_state"], column: "alarm_action.from_state"),
            toState: try state(row["to_state"], column: "alarm_action.to_state"), note: row["note"],
            noteCode: noteCode(row["note_code"], row["note_params"]))
    }

    /// A system note's parameters as JSON (sorted keys, so equal notes are equal text); nil without a code. An
    /// encoding failure fails the write (nothing half-recorded), never a silent "{}".
    static func noteParameters(_ note: AlarmNote?) throws -> String? {
        guard let note else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(note.parameters), as: UTF8.self)
    }

    /// The system note a row's `note_code` and `note_params` hold; nil for a typed note or a row from before v7.
    /// Parameters that do not decode (a row edited by hand) leave the code without them: `AlarmNote.text` then gives
    /// nil and every reader shows the note text stored beside the code, so the operator still reads the whole note.
    static func noteCode(_ code: String?, _ parameters: String?) -> AlarmNote? {
        guard let code else { return nil }
        let decoded = parameters.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
        return AlarmNote(code: code, parameters: decoded ?? [:])
    }

    private static func state(_ raw: String, column: String) throws -> AlarmState {
        guard let state = AlarmState(rawValue: raw) else { throw AlarmRecordError(column: column, value: raw) }
        return state
    }

    private static func date(_ millis: Int64?) -> Date? { millis.map { Date(unixMillis: $0) } }
}
