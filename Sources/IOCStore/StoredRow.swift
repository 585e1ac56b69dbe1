import Foundation
import GRDB
import IOCDomain

/// Decodes the store's rows into domain values. Column names are the schema's; times are Unix milliseconds.
enum StoredRow {
    /// The event columns, prefixed `e.`, with the agency and ward names, as `eventSummary(_:)` reads them.
    static let eventSummaryColumns = """
        e.source_id, e.kind, e.external_id, e.title, e.status, e.category, e.agency_code, e.ward_code,
        e.opened_ms, e.due_ms, e.closed_ms, e.updated_ms, e.progress, e.severity, e.detail,
        a.name AS agency_name, w.name AS ward_name
        """

    /// The joins that `eventSummaryColumns` needs, after `FROM event e`.
    static let eventSummaryJoins = "LEFT JOIN agency a ON a.code = e.agency_code LEFT JOIN ward w ON w.code = e.ward_code"

    static func date(_ row: Row, _ column: String) -> Date? {
        (row[column] as Int64?).map { Date(unixMillis: $0) }
    }

    static func eventSummary(_ row: Row) -> EventSummary {
        let kind = EventKind(rawValue: row["kind"]) ?? .incident
        let status = EventStatus(rawValue: row["status"]) ?? .open
        let event = CityEvent(
            kind: kind, externalID: row["external_id"], title: row["title"], status: status,
            category: row["category"], agencyCode: row["agency_code"], wardCode: row["ward_code"],
            openedAt: Date(unixMillis: row["opened_ms"]), dueAt: date(row, "due_ms"), closedAt: date(row, "closed_ms"),
            updatedAt: Date(unixMillis: row["updated_ms"]), progress: row["progress"], severity: row["severity"],
            detail: row["detail"])
        return EventSummary(event: event, sourceID: row["source_id"], agencyName: row["agency_name"],
                            wardName: row["ward_name"])
    }

    static func sourceHealth(_ row: Row) -> SourceHealth {
        SourceHealth(
            sourceID: row["id"], name: row["name"], kind: row["kind"],
            status: SourceStatus(rawValue: row["status"]) ?? .unknown,
            lastAttemptAt: date(row, "last_attempt_ms"), lastSuccessAt: date(row, "last_success_ms"),
            lastError: row["last_error"], consecutiveFailures: row["consecutive_failures"],
            lastDurationMs: row["last_duration_ms"], nextPollAt: date(row, "next_poll_ms"),
            intervalSeconds: row["interval_s"])
    }

    static func seriesDefinition(_ row: Row) -> SeriesDefinition {
        SeriesDefinition(
            key: row["key"], pillar: Pillar(rawValue: row["pillar"]) ?? .sectors, name: row["name"],
            nameEN: row["name_en"], unit: row["unit"], agencyCode: row["agency_code"], wardCode: row["ward_code"],
            target: row["target"], direction: Direction(rawValue: row["direction"]) ?? .neutral,
            warnAbove: row["warn_above"], warnBelow: row["warn_below"])
    }
}
