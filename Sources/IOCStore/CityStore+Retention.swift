import Foundation
import GRDB
import IOCDomain

/// Retention: hourly rollups of old raw observations, and deletion of what is past its retention.
extension CityStore {
    /// Hourly rollups (min/max/avg/count per series per hour) of raw observations older than `rawRetention`,
    /// then deletes those raw rows; deletes rollups older than `rollupRetention`; closed events older than
    /// `eventRetention`. Idempotent. Returns counts.
    ///
    /// The raw cut-off is rounded down to a whole hour, so an hour is rolled up once it is entirely old; a late
    /// value for an already rolled-up hour is merged into its rollup. Each series is rolled up in its own short
    /// transaction (rollup and delete together), so readers and other writers are never held up for long.
    public func rollupAndPrune(now: Date, policy: RetentionPolicy) throws -> PruneReport {
        var report = PruneReport()
        let hour: Int64 = 3_600_000
        let rawCutoff = (now.addingTimeInterval(-policy.rawRetention).unixMillis / hour) * hour
        let rollupCutoff = now.addingTimeInterval(-policy.rollupRetention).unixMillis
        let eventCutoff = now.addingTimeInterval(-policy.eventRetention).unixMillis
        let seriesIDs = try pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM series ORDER BY id") }
        for id in seriesIDs {
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO observation_hourly (series_id, hour_ms, min_value, max_value, sum_value, count)
                    SELECT series_id, (ts / 3600000) * 3600000, MIN(value), MAX(value), SUM(value), COUNT(*)
                    FROM observation WHERE series_id = ? AND ts < ?
                    GROUP BY series_id, ts / 3600000
                    ON CONFLICT (series_id, hour_ms) DO UPDATE SET
                        min_value = MIN(min_value, excluded.min_value), max_value = MAX(max_value, excluded.max_value),
                        sum_value = sum_value + excluded.sum_value, count = count + excluded.count
                    """, arguments: [id, rawCutoff])
                let rolled = db.changesCount
                guard rolled > 0 else { return }
                report.rolledUp += rolled
                try db.execute(sql: "DELETE FROM observation WHERE series_id = ? AND ts < ?", arguments: [id, rawCutoff])
                report.deletedRaw += db.changesCount
                try noteWrite(db, at: nil, scopes: .observations)
            }
        }
        try pool.write { db in
            try db.execute(sql: "DELETE FROM observation_hourly WHERE hour_ms < ?", arguments: [rollupCutoff])
            report.deletedRollups = db.changesCount
            try db.execute(sql: "DELETE FROM source_day WHERE day_ms < ?", arguments: [rollupCutoff])
            try db.execute(sql: "DELETE FROM event WHERE is_open = 0 AND COALESCE(closed_ms, updated_ms) < ?",
                           arguments: [eventCutoff])
            report.deletedEvents = db.changesCount
            if report.deletedRollups + report.deletedEvents > 0 { try noteWrite(db, at: nil, scopes: [.observations, .events]) }
        }
        return report
    }
}
