import Foundation
import GRDB
import IOCDomain

/// The console's main read: one snapshot-consistent read transaction, every part sized to its panel.
extension CityStore {
    /// Number of newest incidents the snapshot carries.
    public static let recentIncidentLimit = 20
    /// Number of directives the snapshot carries.
    public static let directiveLimit = 50

    /// Everything the operator layout shows, each part sized to the panel: socio-economic and public-order KPI
    /// readings with the last `historyPoints` values; open incidents by category and the 20 newest incidents;
    /// dossier performance per agency over the last `periodDays` (workload = received in the period + still open;
    /// early/on time/late/late-in-progress/due-within-24h per DeadlineStatus.classify at `now`); feedback per agency
    /// (received in the period, routed = status routed or later, in progress, resolved, overdue, due soon);
    /// directives (open first, by due date; at most 50); all sources' health; lastWriteAt.
    ///
    /// Feedback details: `received`, `routed` and `resolved` count cases received in the period; `inProgress`,
    /// `overdue` and `dueSoon` count every case open now. Agencies are listed by code; items without an agency
    /// are grouped under code "" and name "".
    public func dashboard(now: Date, historyPoints: Int = 48, periodDays: Int = 30) throws -> DashboardSnapshot {
        let nowMs = now.unixMillis
        let periodStart = nowMs - Int64(periodDays) * 86_400_000
        let window = Int64(DeadlineStatus.defaultWarningWindow * 1000)
        let points = max(0, historyPoints)
        return try pool.read { db in
            var snapshot = DashboardSnapshot(readAt: now)
            snapshot.lastWriteAt = try Int64.fetchOne(db, sql: "SELECT last_write_ms FROM meta WHERE id = 1")
                .map { Date(unixMillis: $0) }
            snapshot.socioEconomic = try Self.kpiReadings(db, pillar: .socioEconomic, points: points)
            snapshot.publicOrder = try Self.kpiReadings(db, pillar: .publicOrder, points: points)
            snapshot.openIncidentsByCategory = try Self.openIncidentsByCategory(db)
            snapshot.recentIncidents = try Row.fetchAll(db, sql: """
                SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                WHERE e.kind = ? ORDER BY e.opened_ms DESC, e.id DESC LIMIT ?
                """, arguments: [EventKind.incident.rawValue, Self.recentIncidentLimit]).map(StoredRow.eventSummary)
            snapshot.government = try Self.dossierPerformance(db, now: nowMs, periodStart: periodStart, window: window)
            snapshot.feedback = try Self.feedbackSummaries(db, now: nowMs, periodStart: periodStart, window: window)
            snapshot.directives = try Row.fetchAll(db, sql: """
                SELECT \(StoredRow.eventSummaryColumns) FROM event e \(StoredRow.eventSummaryJoins)
                WHERE e.kind = ?
                ORDER BY e.is_open DESC, e.due_ms IS NULL, e.due_ms, e.opened_ms DESC, e.id LIMIT ?
                """, arguments: [EventKind.directive.rawValue, Self.directiveLimit]).map(StoredRow.eventSummary)
            snapshot.sources = try Self.sourceHealth(db)
            return snapshot
        }
    }

    /// Readings of every series of one pillar (in definition order): the newest `points` raw values, topped up
    /// with older hourly averages when raw data has been pruned. One index seek per series, no window function.
    static func kpiReadings(_ db: Database, pillar: Pillar, points: Int) throws -> [KPIReading] {
        let definitions = try Row.fetchAll(db, sql: "SELECT * FROM series WHERE pillar = ? ORDER BY id",
                                           arguments: [pillar.rawValue])
        let raw = try db.cachedStatement(sql: """
            SELECT ts, value, source_id FROM observation WHERE series_id = ? ORDER BY ts DESC LIMIT ?
            """)
        let hourly = try db.cachedStatement(sql: """
            SELECT hour_ms, sum_value / count FROM observation_hourly WHERE series_id = ? AND hour_ms < ?
            ORDER BY hour_ms DESC LIMIT ?
            """)
        return try definitions.map { row in
            let seriesID: Int64 = row["id"]
            var reading = KPIReading(definition: StoredRow.seriesDefinition(row))
            // Newest first while collecting; reversed at the end.
            var values: [Double] = []
            var oldest = Int64.max
            let limit = max(points, 1)
            let rawRows = try Row.fetchAll(raw, arguments: [seriesID, limit])
            if let newest = rawRows.first {
                reading.latest = newest[1]
                reading.latestAt = Date(unixMillis: newest[0])
                reading.sourceID = newest[2]
            }
            for r in rawRows {
                values.append(r[1])
                oldest = r[0]
            }
            if values.count < limit {
                let rollups = try Row.fetchAll(hourly, arguments: [seriesID, oldest, limit - values.count])
                if reading.latest == nil, let newest = rollups.first {
                    reading.latest = newest[1]
                    reading.latestAt = Date(unixMillis: newest[0])
                }
                for r in rollups { values.append(r[1]) }
            }
            reading.history = Array(values.prefix(points).reversed())
            return reading
        }
    }

    static func openIncidentsByCategory(_ db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT category, COUNT(*) FROM event WHERE kind = ? AND is_open = 1 GROUP BY category
            """, arguments: [EventKind.incident.rawValue]) {
            counts[row[0]] = row[1]
        }
        return counts
    }

    /// Dossier figures per agency; the CASE expressions are `DeadlineStatus.classify` in SQL (times in ms).
    static func dossierPerformance(_ db: Database, now: Int64, periodStart: Int64, window: Int64) throws
        -> [AgencyPerformance]
    {
        let rows = try Row.fetchAll(db, sql: """
            SELECT COALESCE(e.agency_code, '') AS code, COALESCE(a.name, e.agency_code, '') AS name,
                COUNT(*) AS workload,
                SUM(e.is_open) AS in_progress,
                SUM(e.is_open = 0 AND e.due_ms IS NOT NULL AND COALESCE(e.closed_ms, :now) <= e.due_ms
                    AND e.due_ms - COALESCE(e.closed_ms, :now) >= 86400000) AS done_early,
                SUM(e.is_open = 0 AND e.due_ms IS NOT NULL AND COALESCE(e.closed_ms, :now) <= e.due_ms
                    AND e.due_ms - COALESCE(e.closed_ms, :now) < 86400000) AS done_on_time,
                SUM(e.is_open = 0 AND e.due_ms IS NOT NULL AND COALESCE(e.closed_ms, :now) > e.due_ms) AS done_late,
                SUM(e.is_open = 1 AND e.due_ms IS NOT NULL AND :now > e.due_ms) AS late_open,
                SUM(e.is_open = 1 AND e.due_ms IS NOT NULL AND :now <= e.due_ms
                    AND e.due_ms - :now <= :window) AS due_soon
            FROM event e LEFT JOIN agency a ON a.code = e.agency_code
            WHERE e.kind = :kind AND (e.opened_ms >= :start OR e.is_open = 1)
            GROUP BY code ORDER BY code
            """, arguments: ["now": now, "window": window, "start": periodStart, "kind": EventKind.dossier.rawValue])
        return rows.map { r in
            AgencyPerformance(agencyCode: r["code"], agencyName: r["name"], workload: r["workload"],
                              inProgress: r["in_progress"], doneEarly: r["done_early"],
                              doneOnTime: r["done_on_time"], doneLate: r["done_late"],
                              lateInProgress: r["late_open"], dueSoon: r["due_soon"])
        }
    }

    /// Feedback figures per agency: received/routed/resolved over cases received in the period; in progress,
    /// overdue and due soon over every case open now.
    static func feedbackSummaries(_ db: Database, now: Int64, periodStart: Int64, window: Int64) throws
        -> [FeedbackSummary]
    {
        let rows = try Row.fetchAll(db, sql: """
            SELECT COALESCE(e.agency_code, '') AS code, COALESCE(a.name, e.agency_code, '') AS name,
                SUM(e.opened_ms >= :start) AS received,
                SUM(e.opened_ms >= :start AND e.status IN ('routed', 'in_progress', 'resolved', 'rated')) AS routed,
                SUM(e.status = 'in_progress') AS in_progress,
                SUM(e.opened_ms >= :start AND e.status IN ('resolved', 'rated')) AS resolved,
                SUM(e.is_open = 1 AND e.due_ms IS NOT NULL AND :now > e.due_ms) AS overdue,
                SUM(e.is_open = 1 AND e.due_ms IS NOT NULL AND :now <= e.due_ms
                    AND e.due_ms - :now <= :window) AS due_soon
            FROM event e LEFT JOIN agency a ON a.code = e.agency_code
            WHERE e.kind = :kind AND (e.opened_ms >= :start OR e.is_open = 1)
            GROUP BY code ORDER BY code
            """, arguments: ["now": now, "window": window, "start": periodStart, "kind": EventKind.feedback.rawValue])
        return rows.map { r in
            FeedbackSummary(agencyCode: r["code"], agencyName: r["name"], received: r["received"],
                            routed: r["routed"], inProgress: r["in_progress"], resolved: r["resolved"],
                            overdue: r["overdue"], dueSoon: r["due_soon"])
        }
    }
}
