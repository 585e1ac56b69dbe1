import Foundation
import IOCDomain

/// Retention: hourly and daily rollups of old raw observations, and deletion of what is past its retention.
extension CityStore {
    /// Rolls raw observations older than `rawRetention` into hourly rollups (min/max/sum/count per series per hour)
    /// and the days they fall in into daily rollups, then deletes those raw rows; deletes hourly rollups older than
    /// `hourlyRetention`, daily rollups and daily source counts older than `dailyRetention`, and closed events older
    /// than `eventRetention`. Idempotent. Returns counts.
    ///
    /// The raw cut-off is rounded down to a whole hour, so an hour is rolled up once it is entirely old; a late
    /// value for an already rolled-up hour is merged into its rollup, and its day is computed again from its hours.
    /// A day is always computed from all its hours while the hourly window holds them (a day older than that, which a
    /// value older than the hourly window would touch, has the late hours added to it). Each series is rolled up in
    /// its own short transaction (rollups and delete together), so readers and other writers are never held up long.
    public func rollupAndPrune(now: Date, policy: RetentionPolicy) throws -> PruneReport {
        var report = PruneReport()
        let hour: Int64 = 3_600_000
        let rawCutoff = (now.addingTimeInterval(-policy.rawRetention).unixMillis / hour) * hour
        // Hours are pruned by whole days: a day is read either from all its hours or from its daily rollup, never
        // from some of each (VN_AQI's day needs 18 of its hours). Days from this midnight on keep every hour.
        let wholeDaysFrom = VietnamTime.startOfDay(now.addingTimeInterval(-policy.hourlyRetention)).unixMillis
        let dailyCutoff = VietnamTime.startOfDay(now.addingTimeInterval(-policy.dailyRetention)).unixMillis
        let eventCutoff = now.addingTimeInterval(-policy.eventRetention).unixMillis
        let seriesIDs = try database.read { db in try db.fetchAll(Int64.self, sql: "SELECT id FROM series ORDER BY id") }
        for id in seriesIDs {
            try database.write { db in
                guard let span = try db.fetchOne(sql: "SELECT MIN(ts), MAX(ts) FROM observation WHERE series_id = ? AND ts < ?",
                                                  arguments: [id, rawCutoff]),
                      let first = span[0] as Int64?, let last = span[1] as Int64? else { return }
                report.rolledUp += try db.execute(sql: """
                    INSERT INTO observation_hourly (series_id, hour_ms, min_value, max_value, sum_value, count)
                    SELECT series_id, (ts / 3600000) * 3600000, MIN(value), MAX(value), SUM(value), COUNT(*)
                    FROM observation WHERE series_id = ? AND ts < ?
                    GROUP BY series_id, ts / 3600000
                    ON CONFLICT (series_id, hour_ms) DO UPDATE SET
                        min_value = LEAST(observation_hourly.min_value, excluded.min_value),
                        max_value = GREATEST(observation_hourly.max_value, excluded.max_value),
                        sum_value = observation_hourly.sum_value + excluded.sum_value, count = observation_hourly.count + excluded.count
                    """, arguments: [id, rawCutoff])
                let firstDay = VietnamTime.startOfDay(Date(unixMillis: first)).unixMillis
                let endDay = VietnamTime.startOfDay(Date(unixMillis: last)).addingTimeInterval(86400).unixMillis
                if firstDay < wholeDaysFrom {
                    // Days whose first hours were pruned: the late hours are added (from the raw rows, before they go).
                    report.daysRolledUp += try db.execute(sql: """
                        INSERT INTO observation_daily AS d (series_id, day_ms, min_value, max_value, sum_value, count, hours, hour_mean_sum)
                        SELECT ?1, \(Self.vietnamDaySQL("hour")) AS day, MIN(lo), MAX(hi), SUM(total), SUM(n), COUNT(*), SUM(total / n)
                        FROM (SELECT (ts / 3600000) * 3600000 AS hour, MIN(value) AS lo, MAX(value) AS hi, SUM(value) AS total,
                                     COUNT(*) AS n
                              FROM observation WHERE series_id = ?1 AND ts < ?2 GROUP BY ts / 3600000) AS h
                        GROUP BY day
                        ON CONFLICT (series_id, day_ms) DO UPDATE SET
                            min_value = LEAST(d.min_value, excluded.min_value), max_value = GREATEST(d.max_value, excluded.max_value),
                            sum_value = d.sum_value + excluded.sum_value, count = d.count + excluded.count,
                            hours = d.hours + excluded.hours, hour_mean_sum = d.hour_mean_sum + excluded.hour_mean_sum
                        """, arguments: [id, min(rawCutoff, wholeDaysFrom)])
                }
                if endDay > wholeDaysFrom {
                    report.daysRolledUp += try db.execute(sql: """
                        INSERT INTO observation_daily (series_id, day_ms, min_value, max_value, sum_value, count, hours, hour_mean_sum)
                        SELECT series_id, \(Self.vietnamDaySQL("hour_ms")) AS day, MIN(min_value), MAX(max_value), SUM(sum_value),
                               SUM(count), COUNT(*), SUM(sum_value / count)
                        FROM observation_hourly WHERE series_id = ? AND hour_ms >= ? AND hour_ms < ?
                        GROUP BY series_id, day
                        ON CONFLICT (series_id, day_ms) DO UPDATE SET
                            min_value = excluded.min_value, max_value = excluded.max_value, sum_value = excluded.sum_value,
                            count = excluded.count, hours = excluded.hours, hour_mean_sum = excluded.hour_mean_sum
                        """, arguments: [id, max(firstDay, wholeDaysFrom), endDay])
                }
                report.deletedRaw += try db.execute(sql: "DELETE FROM observation WHERE series_id = ? AND ts < ?",
                                                    arguments: [id, rawCutoff])
                // An hour older than the window (a late value) goes in the same transaction: left until the end, it
                // would be the series' first hour, and every day after it would read as not yet pruned.
                report.deletedRollups += try db.execute(sql: "DELETE FROM observation_hourly WHERE series_id = ? AND hour_ms < ?",
                                                        arguments: [id, wholeDaysFrom])
                try noteWrite(db, at: nil, scopes: .observations)
            }
        }
        try database.write { db in
            report.deletedRollups += try db.execute(sql: "DELETE FROM observation_hourly WHERE hour_ms < ?", arguments: [wholeDaysFrom])
            report.deletedDays = try db.execute(sql: "DELETE FROM observation_daily WHERE day_ms < ?", arguments: [dailyCutoff])
            try db.execute(sql: "DELETE FROM source_day WHERE day_ms < ?", arguments: [dailyCutoff])
            report.deletedEvents = try db.execute(sql: "DELETE FROM event WHERE is_open = 0 AND COALESCE(closed_ms, updated_ms) < ?",
                                                  arguments: [eventCutoff])
            if report.deletedRollups + report.deletedDays + report.deletedEvents > 0 {
                try noteWrite(db, at: nil, scopes: [.observations, .events])
            }
        }
        return report
    }

    /// The Vietnam midnight (UTC milliseconds) of a time column in UTC milliseconds (Vietnam has one offset, no DST).
    static func vietnamDaySQL(_ column: String) -> String {
        let offset = Int64(VietnamTime.offsetSeconds) * 1000
        return "((\(column) + \(offset)) / 86400000) * 86400000 - \(offset)"
    }
}
