import Foundation
import IOCDomain

/// The rows behind a report's sections beyond alarms, dossiers and feedback: sources, shifts, indicators, incidents,
/// air quality. Each reads one period's rows; the rules that make figures of them are in IOCDomain/Reports.
extension CityStore {
    /// Every source's polls, failures, records and days with data in the period (`source_day`), and its state now.
    static func sourceReports(_ db: SQLSession, _ period: ReportPeriod, asOf: Date) throws -> [SourceReport] {
        let end = max(period.start, min(period.end, asOf))
        let days = Int((end.timeIntervalSince(period.start) / 86_400).rounded(.up))
        return try db.fetchAll(sql: """
            SELECT s.id, s.name, COALESCE(s.name_en, ''), s.status, s.last_success_ms,
                   COALESCE(SUM(d.polls), 0), COALESCE(SUM(d.failures), 0), COALESCE(SUM(d.records), 0),
                   COUNT(CASE WHEN d.polls > d.failures THEN 1 END), COALESCE(SUM(d.left_out), 0)
            FROM source s LEFT JOIN source_day d ON d.source_id = s.id AND d.day_ms >= ? AND d.day_ms < ?
            GROUP BY s.id ORDER BY s.id
            """, arguments: [period.start.unixMillis, end.unixMillis]).map { r in
                var s = SourceReport(id: r[0], name: r[1], nameEN: r[2], polls: r[5], failures: r[6], records: r[7],
                                     daysWithData: r[8], days: days, statusNow: r[3],
                                     lastSuccess: (r[4] as Int64?).map { Date(unixMillis: $0) })
                s.leftOut = r[9]
                return s
            }
    }

    /// Handovers, acceptances, duty changes, sign-ons and logbook entries from `start` to `end`.
    static func shiftReport(_ db: SQLSession, _ start: Date, _ end: Date) throws -> ShiftReport {
        let range: SQLArguments = [start.unixMillis, end.unixMillis]
        var r = ShiftReport()
        r.handoversStarted = try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM handover WHERE started_ms >= ? AND started_ms < ?", arguments: range) ?? 0
        r.waitingAtEnd = try db.fetchOne(Int.self, sql: """
            SELECT COUNT(*) FROM handover h WHERE h.started_ms >= ?1 AND h.started_ms < ?2
            AND NOT EXISTS (SELECT 1 FROM handover_action a WHERE a.handover_id = h.id AND a.at_ms < ?2)
            """, arguments: range) ?? 0
        var minutes: [Double] = []
        for row in try db.fetchAll(sql: """
            SELECT a.action, a.at_ms - h.started_ms FROM handover_action a JOIN handover h ON h.id = a.handover_id
            WHERE a.at_ms >= ? AND a.at_ms < ?
            """, arguments: range) {
            switch HandoverState(rawValue: row[0]) {
            case .accepted: r.accepted += 1
            case .acceptedWithReservations: r.acceptedWithReservations += 1
            default: continue
            }
            minutes.append(Double(row[1] as Int64) / 60_000)
        }
        r.medianMinutesToAccept = AlarmReport.quantile(minutes, 0.5)
        r.dutyChanges = try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM duty_change WHERE at_ms >= ? AND at_ms < ?", arguments: range) ?? 0
        r.signOns = try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM operator_sign_on WHERE at_ms >= ? AND at_ms < ?", arguments: range) ?? 0
        for c in LogCategory.allCases { r.entriesByCategory[c] = 0 }
        for row in try db.fetchAll(sql: """
            SELECT category, COUNT(*), COUNT(corrects_id) FROM log_entry WHERE written_ms >= ? AND written_ms < ? GROUP BY category
            """, arguments: range) {
            let category = LogCategory(rawValue: row[0]) ?? .other
            r.entriesByCategory[category, default: 0] += row[1] as Int
            r.corrections += row[2] as Int
        }
        return r
    }

    /// The socio-economic indicators: each one's latest figure in the period and in `previous`, and its figure month
    /// by month over the year to the period's end (raw observations and hourly rollups alike).
    static func indicatorReports(_ db: SQLSession, _ period: ReportPeriod, asOf: Date, previous: ReportPeriod,
                                 previousAsOf: Date) throws -> [IndicatorReport] {
        let end = min(period.end, asOf), previousEnd = min(previous.end, previousAsOf)
        let since = min(previous.start, end.addingTimeInterval(-400 * 86_400))
        return try db.fetchAll(sql: """
            SELECT id, key, name, name_en, unit, target, direction FROM series WHERE pillar = ? ORDER BY key
            """, arguments: [Pillar.socioEconomic.rawValue]).map { s in
                let points = try Self.seriesPoints(db, seriesID: s[0], since: since, before: end)
                func last(_ from: Date, _ to: Date) -> IndicatorReport.Point? {
                    points.last { $0.at >= from && $0.at < to }
                }
                return IndicatorReport(key: s[1], name: s[2], nameEN: s[3], unit: s[4], plan: s[5],
                                       direction: Direction(rawValue: s[6]) ?? .neutral,
                                       latest: last(period.start, end), previous: last(previous.start, previousEnd),
                                       trend: IndicatorReport.monthly(points.filter { $0.at < end }))
            }
    }

    /// A series' figures from `since` to `before`, oldest first: raw observations, hourly rollups (each hour its
    /// mean) where the raw ones were rolled up, and daily rollups (each day its mean) where the hours were pruned.
    static func seriesPoints(_ db: SQLSession, seriesID: Int64, since: Date, before: Date) throws -> [IndicatorReport.Point] {
        try db.fetchAll(sql: """
            SELECT ts, value FROM observation WHERE series_id = ?1 AND ts >= ?2 AND ts < ?3
            UNION ALL
            SELECT hour_ms, sum_value / count FROM observation_hourly WHERE series_id = ?1 AND hour_ms >= ?2 AND hour_ms < ?3
            UNION ALL
            SELECT day_ms, sum_value / count FROM observation_daily WHERE series_id = ?1 AND day_ms >= ?2 AND day_ms < ?3
              AND \(prunedDaysSQL)
            ORDER BY 1
            """, arguments: [seriesID, since.unixMillis, before.unixMillis]).map {
                IndicatorReport.Point(at: Date(unixMillis: $0[0]), value: $0[1])
            }
    }

    /// Incidents that may count in `period` or `previous`: reported in either, or still open at the period's start.
    static func incidentRows(_ db: SQLSession, _ period: ReportPeriod, _ previous: ReportPeriod) throws -> [IncidentReport.Row] {
        try db.fetchAll(sql: """
            SELECT category, COALESCE(ward_code, ''), opened_ms,
                   CASE WHEN is_open = 1 THEN NULL ELSE COALESCE(closed_ms, updated_ms) END
            FROM event
            WHERE kind = ? AND opened_ms < ? AND (opened_ms >= ? OR is_open = 1 OR COALESCE(closed_ms, updated_ms) >= ?)
            """, arguments: [EventKind.incident.rawValue, period.end.unixMillis, previous.start.unixMillis,
                             previous.start.unixMillis]).map { r in
                IncidentReport.Row(category: r[0], wardCode: r[1], openedAt: Date(unixMillis: r[2]),
                                   closedAt: (r[3] as Int64?).map { Date(unixMillis: $0) })
            }
    }

    /// Every air-quality station (a series in VN_AQI) with its days from `start` to `end` (`AirQualityReport.days`),
    /// from its hourly means.
    static func airQuality(_ db: SQLSession, _ start: Date, _ end: Date) throws -> [AirQualityReport.Station] {
        guard end > start else { return [] }
        return try db.fetchAll(sql: "SELECT id, key, name, name_en FROM series WHERE unit = 'VN_AQI' ORDER BY key").map { s in
            // One mean per hour: a late reading of an hour already rolled up waits in `observation` until the next
            // rollup, and is merged here, not counted as a second hour.
            let hourly = try db.fetchAll(sql: """
                SELECT hour, SUM(total) / SUM(n) FROM (
                    SELECT (ts / 3600000) * 3600000 AS hour, SUM(value) AS total, COUNT(*) AS n FROM observation
                    WHERE series_id = ?1 AND ts >= ?2 AND ts < ?3 GROUP BY ts / 3600000
                    UNION ALL
                    SELECT hour_ms, sum_value, count FROM observation_hourly WHERE series_id = ?1 AND hour_ms >= ?2 AND hour_ms < ?3) AS u
                GROUP BY hour
                """, arguments: [s[0] as Int64, start.unixMillis, end.unixMillis]).map { (hour: Date(unixMillis: $0[0]), mean: $0[1] as Double) }
            // Days whose hours were pruned keep the sum of their hourly means and how many hours they had.
            let daily = try db.fetchAll(sql: """
                SELECT day_ms, hour_mean_sum, hours FROM observation_daily
                WHERE series_id = ?1 AND day_ms >= ?2 AND day_ms < ?3 AND \(prunedDaysSQL)
                """, arguments: [s[0] as Int64, start.unixMillis, end.unixMillis]).map {
                    (day: Date(unixMillis: $0[0]), meanSum: $0[1] as Double, hours: $0[2] as Int)
                }
            return AirQualityReport.Station(key: s[1], name: s[2], nameEN: s[3],
                                            days: AirQualityReport.days(hourly: hourly, daily: daily, start: start, end: end))
        }
    }

    /// Of `observation_daily` rows of series `?1`: the days wholly before the series' first hourly rollup (the days
    /// whose hours were pruned; later days are read from their hours and raw values).
    static let prunedDaysSQL = """
        day_ms + 86400000 <= (SELECT COALESCE(MIN(hour_ms), 9223372036854775807 - 86400000) FROM observation_hourly WHERE series_id = ?1)
        """

    /// Every ward's name, by code.
    static func wardNames(_ db: SQLSession) throws -> [String: String] {
        Dictionary(try db.fetchAll(sql: "SELECT code, name FROM ward").map { ($0[0] as String, $0[1] as String) },
                   uniquingKeysWith: { a, _ in a })
    }
}
