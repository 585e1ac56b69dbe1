import Foundation
import IOCDomain

/// The `--json` shapes of the listings (`alarms list|show`, `log show`, `handover show`), documented in README.md
/// ("Output for scripts"): field names in English, every key always present (null when empty), times ISO 8601 with
/// the +07:00 offset, ids as strings, labels in the `--lang` language beside the stable codes.
enum ListingJSON {
    /// Prints `object` as pretty, key-sorted JSON on standard output.
    static func print(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }

    /// `2026-11-22T08:15:00+07:00`, or null.
    static func time(_ date: Date?) -> Any {
        guard let date else { return NSNull() }
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    static func value(_ text: String?) -> Any { text.map { $0 as Any } ?? NSNull() }

    static func alarm(_ a: Alarm, _ language: Language) -> [String: Any] {
        let english = language == .en
        return [
            "id": a.displayID, "key": a.id, "rule": a.ruleID, "subject": a.subject, "kind": a.kind.rawValue,
            "priority": a.priority.rawValue, "priorityLabel": english ? a.priority.labelEN : a.priority.labelVI,
            "state": a.state.rawValue, "stateLabel": english ? a.state.labelEN : a.state.labelVI,
            "conditionActive": a.conditionActive, "since": time(a.activeSince), "lastChange": time(a.lastChangeAt),
            "agency": value(a.agencyCode), "ward": value(a.wardCode), "source": value(a.sourceID),
            "message": a.message(english ? .en : .vi), "acknowledgedBy": value(a.acknowledgedBy),
            "acknowledgedAt": time(a.acknowledgedAt), "shelvedUntil": time(a.shelvedUntil),
            "shelveReason": value(a.shelveReason), "assignedAgency": value(a.assignedAgency),
        ]
    }

    /// A timeline row; a system note is said in the `--lang` language (`noteCode` is its stable code, null for a
    /// note a person typed and for rows from before the codes).
    static func timelineEntry(_ e: AlarmTimelineEntry, _ language: Language) -> [String: Any] {
        ["at": time(e.at), "actor": e.actor, "role": value(e.role?.rawValue), "action": e.action,
         "from": e.fromState.rawValue, "to": e.toState.rawValue, "note": value(e.noteText(language)),
         "noteCode": value(e.noteCode?.code)]
    }

    /// A log entry; `alarmIDs` maps its stored alarm keys to public ids.
    static func logEntry(_ e: LogEntry, correctedBy: [Int64], alarmIDs: [String: String], _ language: Language) -> [String: Any] {
        let english = language == .en
        return [
            "id": String(e.id), "shift": e.shiftID, "author": e.author.name, "role": e.author.role.rawValue,
            "category": e.category.rawValue, "categoryLabel": english ? e.category.labelEN : e.category.labelVI,
            "text": e.text, "eventTime": time(e.eventAt), "writtenTime": time(e.writtenAt), "late": e.isLate,
            "alarms": e.alarmIDs.map { alarmIDs[$0] ?? $0 }, "alarmKeys": e.alarmIDs, "agencies": e.agencyCodes,
            "wards": e.wardCodes, "corrects": value(e.corrects.map(String.init)),
            "correctedBy": correctedBy.map(String.init), "hash": e.hash,
        ]
    }

    static func actor(_ a: Actor?) -> Any {
        guard let a else { return NSNull() }
        return ["name": a.name, "role": a.role.rawValue]
    }

    static func handover(_ r: HandoverRecord, _ language: Language) -> [String: Any] {
        let english = language == .en
        let s = r.sections
        return [
            "id": String(r.id), "shift": r.shiftID, "state": r.state.rawValue,
            "stateLabel": english ? r.state.labelEN : r.state.labelVI, "outgoing": actor(r.outgoing),
            "started": time(r.startedAt), "status": r.overallStatus.rawValue,
            "statusLabel": english ? r.overallStatus.labelEN : r.overallStatus.labelVI, "narrative": r.narrative,
            "incoming": actor(r.incoming), "accepted": time(r.acceptedAt), "reservations": value(r.reservations),
            "openAlarms": s.openAlarms.map(\.displayID), "shelvedAlarms": s.shelvedAlarms.map(\.alarm.displayID),
            "staleAlarms": s.staleAlarms.map(\.displayID), "sourcesNotOK": s.sourcesNotOK.map(\.sourceID),
            "logEntries": s.logEntries.map { String($0.id) },
            "counts": ["kpiBreaches": s.kpiBreaches.count, "overdueAgencies": s.overdueByAgency.count,
                       "openDirectives": s.openDirectives.count],
        ]
    }
}
