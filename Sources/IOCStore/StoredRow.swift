import Foundation
import IOCDomain

/// Decodes the store's rows into domain values. Column names are the schema's; times are Unix milliseconds.
enum StoredRow {
    /// The event columns, prefixed `e.`, with the agency and ward names, as `eventSummary(_:)` reads them (by
    /// position: keep the order).
    static let eventSummaryColumns = """
        e.source_id, e.kind, e.external_id, e.title, e.status, e.category, e.agency_code, e.ward_code,
        e.opened_ms, e.due_ms, e.closed_ms, e.updated_ms, e.progress, e.severity, e.detail,
        a.name AS agency_name, w.name AS ward_name, a.name_en AS agency_name_en, e.title_en, e.detail_en,
        e.source_status
        """

    /// The joins that `eventSummaryColumns` needs, after `FROM event e`.
    static let eventSummaryJoins = "LEFT JOIN agency a ON a.code = e.agency_code LEFT JOIN ward w ON w.code = e.ward_code"

    static func date(_ row: SQLRow, _ column: String) -> Date? {
        (row[column] as Int64?).map { Date(unixMillis: $0) }
    }

    static func date(_ row: SQLRow, _ index: Int) -> Date? {
        (row[index] as Int64?).map { Date(unixMillis: $0) }
    }

    /// Decodes a row selected with `eventSummaryColumns`, by column position (in that list's order): the
    /// dashboard decodes 70 of these every second, and positions skip the case-insensitive name lookups.
    static func eventSummary(_ row: SQLRow) -> EventSummary {
        let kind = EventKind(rawValue: row[1]) ?? .incident
        let status = EventStatus(rawValue: row[4]) ?? .open
        let event = CityEvent(
            kind: kind, externalID: row[2], title: row[3], status: status,
            category: row[5], agencyCode: row[6], wardCode: row[7],
            openedAt: Date(unixMillis: row[8]), dueAt: date(row, 9), closedAt: date(row, 10),
            updatedAt: Date(unixMillis: row[11]), progress: row[12], severity: row[13],
            detail: row[14], titleEN: row[18], detailEN: row[19], sourceStatus: row[20])
        return EventSummary(event: event, sourceID: row[0], agencyName: row[15], wardName: row[16],
                            agencyNameEN: row[17] ?? "")
    }

    static func sourceHealth(_ row: SQLRow) -> SourceHealth {
        var health = SourceHealth(
            sourceID: row["id"], name: row["name"], kind: row["kind"],
            status: SourceStatus(rawValue: row["status"]) ?? .unknown,
            lastAttemptAt: date(row, "last_attempt_ms"), lastSuccessAt: date(row, "last_success_ms"),
            lastError: row["last_error"], consecutiveFailures: row["consecutive_failures"],
            lastDurationMs: row["last_duration_ms"], nextPollAt: date(row, "next_poll_ms"),
            intervalSeconds: row["interval_s"], nameEN: row["name_en"])
        health.countsDay = date(row, "day_start_ms")
        health.pollsToday = row["polls_today"]
        health.failuresToday = row["failures_today"]
        health.recordsToday = row["records_today"]
        health.isPaused = (row["paused"] as Int? ?? 0) != 0
        health.endpoint = row["endpoint"]
        health.transportSecurity = (row["transport_security"] as String?).flatMap(TransportSecurity.init(rawValue:))
        return health
    }

    /// The columns `seriesDefinition` reads, in its order (the series id first), each after `prefix`
    /// (e.g. "s." when the query joins other tables).
    static func seriesColumns(prefix: String = "") -> String {
        ["id", "key", "pillar", "name", "name_en", "unit", "agency_code", "ward_code", "target", "direction",
         "warn_above", "warn_below"].map { prefix + $0 }.joined(separator: ", ")
    }

    /// A series row selected with `seriesColumns()` first, decoded by position: the dashboard reads every series every
    /// second, and looking columns up by name cost more than the query.
    static func seriesDefinition(_ row: SQLRow) -> SeriesDefinition {
        SeriesDefinition(
            key: row[1], pillar: Pillar(rawValue: row[2]) ?? .sectors, name: row[3],
            nameEN: row[4], unit: row[5], agencyCode: row[6], wardCode: row[7],
            target: row[8], direction: Direction(rawValue: row[9]) ?? .neutral,
            warnAbove: row[10], warnBelow: row[11])
    }
}
