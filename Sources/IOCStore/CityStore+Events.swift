import Foundation
import TextFold
import IOCDomain

/// Drill-down reads: event lists, accent-insensitive search, source health.
extension CityStore {
    /// Events of one kind for drill-down, optionally one agency's, open only or all, most urgent first: open before
    /// closed, then earliest due (so overdue items lead), items without a deadline last, then newest opened; with
    /// agency and ward names resolved. `now` is accepted for callers that classify the rows; ordering needs no clock.
    public func events(kind: EventKind, agencyCode: String?, openOnly: Bool, limit: Int, now: Date) throws
        -> [EventSummary]
    {
        var conditions = ["e.kind = ?"]
        var arguments: SQLArguments = [kind.rawValue]
        if let agencyCode {
            // The dashboard groups items with no agency under "": drilling into that group finds them.
            if agencyCode.isEmpty {
                conditions.append("(e.agency_code IS NULL OR e.agency_code = '')")
            } else {
                conditions.append("e.agency_code = ?")
                arguments += [agencyCode]
            }
        }
        if openOnly { conditions.append("e.is_open = 1") }
        arguments += [max(0, limit)]
        let sql = """
            SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY e.is_open DESC, e.due_ms IS NULL, e.due_ms, e.opened_ms DESC, e.id
            LIMIT ?
            """
        return try database.read { db in
            try db.fetchAll(sql: sql, arguments: arguments).map(StoredRow.eventSummary)
        }
    }

    /// Counts of one kind's events (optionally one agency's): all, open, open and overdue, open and due within
    /// `warningWindow` — the true figures behind a list that shows only its first rows.
    public func eventCounts(kind: EventKind, agencyCode: String?, now: Date,
                            warningWindow: TimeInterval = DeadlineStatus.defaultWarningWindow) throws -> EventCounts {
        try database.read { db in try Self.counts(db, kind: kind, agencyCode: agencyCode, now: now, warningWindow: warningWindow) }
    }

    /// Events whose external id, title, category or detail contain `text`, ignoring case, accents and đ/d; open
    /// first, newest opened first. `%` and `_` in `text` match themselves.
    public func searchEvents(_ text: String, kind: EventKind? = nil, limit: Int) throws -> [EventSummary] {
        let folded = TextFolding.fold(text)
        let pattern = "%" + folded.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        var conditions = ["e.search LIKE ? ESCAPE '\\'"]
        var arguments: SQLArguments = [pattern]
        if let kind {
            conditions.append("e.kind = ?")
            arguments += [kind.rawValue]
        }
        arguments += [max(0, limit)]
        let sql = """
            SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY e.is_open DESC, e.opened_ms DESC, e.id
            LIMIT ?
            """
        return try database.read { db in
            try db.fetchAll(sql: sql, arguments: arguments).map(StoredRow.eventSummary)
        }
    }

    /// Every source's health, by source id.
    public func sourceHealth() throws -> [SourceHealth] {
        try database.read { db in try Self.sourceHealth(db) }
    }

    static func sourceHealth(_ db: SQLSession) throws -> [SourceHealth] {
        try db.fetchAll(sql: "SELECT * FROM source ORDER BY id").map(StoredRow.sourceHealth)
    }
}

extension CityStore {
    /// The items of `kinds` received (opened) since `since`, newest first, with their agency and ward names: what a
    /// surge rule counts (one index range per kind on (kind, opened_ms)).
    public func eventsReceived(kinds: Set<EventKind>, since: Date) throws -> [EventSummary] {
        guard !kinds.isEmpty else { return [] }
        return try database.read { db in
            var items: [EventSummary] = []
            for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) {
                items += try db.fetchAll(sql: """
                    SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                    WHERE e.kind = ? AND e.opened_ms > ? ORDER BY e.opened_ms DESC LIMIT 100000
                    """, arguments: [kind.rawValue, since.unixMillis]).map(StoredRow.eventSummary)
            }
            return items
        }
    }
}
