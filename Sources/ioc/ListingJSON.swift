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

    /// What an account's scope left out: `{"domains": [...], "alarms": N}`.
    static func hidden(_ h: HiddenData) -> [String: Any] {
        ["domains": Pillar.allCases.filter(h.domains.contains).map(\.rawValue), "alarms": h.alarms]
    }

    /// `2026-11-22T08:15:00+07:00`, or null.
    static func time(_ date: Date?) -> Any {
        guard let date else { return NSNull() }
        return VietnamTime.isoDateTime(date)
    }

    static func value(_ text: String?) -> Any { text.map { $0 as Any } ?? NSNull() }

    /// A source's health at `now`: `state` is the stable code (`ok`, `degraded`, `down`, `late`, `unknown`),
    /// `errorRate` the share of today's polls that failed (0…1, null before a poll today).
    static func source(_ s: SourceHealth, at now: Date, _ language: Language) -> [String: Any] {
        let today = s.today(at: now)
        let state = s.status(at: now)
        return [
            "id": s.sourceID, "name": s.name(language), "kind": s.kind, "state": state.rawValue,
            "stateLabel": state.label(language), "lastAttempt": time(s.lastAttemptAt), "lastGood": time(s.lastSuccessAt),
            "latencyMs": s.lastDurationMs.map { $0 as Any } ?? NSNull(), "intervalSeconds": s.intervalSeconds,
            "consecutiveFailures": s.consecutiveFailures, "pollsToday": today.polls, "failuresToday": today.failures,
            "errorRate": s.errorRate(at: now).map { $0 as Any } ?? NSNull(), "recordsToday": today.records,
            "lastError": value(s.lastError), "paused": s.isPaused, "endpoint": value(s.endpoint),
            "transportSecurity": value(s.transportSecurity?.rawValue),
        ]
    }

    static func poller(_ p: PollerBacklog) -> [String: Any] {
        [
            "id": p.pollerID, "host": p.host, "queued": p.queued, "oldestQueued": time(p.oldestQueuedAt),
            "applied": p.applied, "forwarded": p.forwarded, "lastSequence": p.lastSequence,
            "lastForward": time(p.lastForwardAt), "reported": time(p.reportedAt),
        ]
    }

    static func alarm(_ a: Alarm, _ language: Language) -> [String: Any] {
        return [
            "id": a.displayID, "key": a.id, "rule": a.ruleID, "subject": a.subject, "kind": a.kind.rawValue,
            "priority": a.priority.rawValue, "priorityLabel": language.pick(a.priority.labelVI, a.priority.labelEN),
            "state": a.state.rawValue, "stateLabel": language.pick(a.state.labelVI, a.state.labelEN),
            "conditionActive": a.conditionActive, "since": time(a.activeSince), "lastChange": time(a.lastChangeAt),
            "agency": value(a.agencyCode), "ward": value(a.wardCode), "source": value(a.sourceID),
            "message": a.message(language), "acknowledgedBy": value(a.acknowledgedBy),
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
        return [
            "id": String(e.id), "shift": e.shiftID, "author": e.author.name, "role": e.author.role.rawValue,
            "category": e.category.rawValue, "categoryLabel": language.pick(e.category.labelVI, e.category.labelEN),
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
        let s = r.sections
        return [
            "id": String(r.id), "shift": r.shiftID, "state": r.state.rawValue,
            "stateLabel": language.pick(r.state.labelVI, r.state.labelEN), "outgoing": actor(r.outgoing),
            "started": time(r.startedAt), "status": r.overallStatus.rawValue,
            "statusLabel": language.pick(r.overallStatus.labelVI, r.overallStatus.labelEN), "narrative": r.narrative,
            "incoming": actor(r.incoming), "accepted": time(r.acceptedAt), "reservations": value(r.reservations),
            "openAlarms": s.openAlarms.map(\.displayID), "shelvedAlarms": s.shelvedAlarms.map(\.alarm.displayID),
            "staleAlarms": s.staleAlarms.map(\.displayID), "sourcesNotOK": s.sourcesNotOK.map(\.sourceID),
            "logEntries": s.logEntries.map { String($0.id) },
            "counts": ["kpiBreaches": s.kpiBreaches.count, "overdueAgencies": s.overdueByAgency.count,
                       "openDirectives": s.openDirectives.count, "openRuns": s.runs.count],
        ]
    }
}
