import Foundation
import IOCDomain

/// Long-range reads of one series for charts.
extension CityStore {
    /// The values of one series from `since` to `now`, oldest first: daily rollup averages (stamped at the day's
    /// midnight) where the hours have been pruned, hourly rollup averages (stamped at the start of their hour,
    /// quality good) where raw data has been pruned, raw observations otherwise. Empty for an unknown key.
    public func series(key: String, since: Date, now: Date) throws -> [Observation] {
        let from = since.unixMillis, to = now.unixMillis
        return try database.read { db in
            guard let id = try db.fetchOne(Int64.self, sql: "SELECT id FROM series WHERE key = ?", arguments: [key]) else {
                return []
            }
            var result: [Observation] = []
            // Days whose hours were pruned: each day's mean, stamped at its midnight.
            for r in try db.fetchAll(sql: """
                SELECT day_ms, sum_value / count FROM observation_daily
                WHERE series_id = ?1 AND day_ms >= ?2 AND day_ms <= ?3
                  AND \(Self.prunedDaysSQL)
                ORDER BY day_ms
                """, arguments: [id, from, to]) {
                result.append(Observation(seriesKey: key, time: Date(unixMillis: r[0]), value: r[1]))
            }
            for r in try db.fetchAll(sql: """
                SELECT hour_ms, sum_value / count FROM observation_hourly
                WHERE series_id = ? AND hour_ms >= ? AND hour_ms <= ? ORDER BY hour_ms
                """, arguments: [id, from, to]) {
                result.append(Observation(seriesKey: key, time: Date(unixMillis: r[0]), value: r[1]))
            }
            for r in try db.fetchAll(sql: """
                SELECT ts, value, quality FROM observation WHERE series_id = ? AND ts >= ? AND ts <= ? ORDER BY ts
                """, arguments: [id, from, to]) {
                result.append(Observation(seriesKey: key, time: Date(unixMillis: r[0]), value: r[1],
                                          quality: Quality(rawValue: r[2]) ?? .bad))
            }
            // Both parts are sorted; a stable sort merges them (rollups first on an equal time).
            return result.sorted { $0.time < $1.time }
        }
    }

    /// The daily rollups of one series whose day starts in `since…now`, oldest first.
    public func dailyRollups(key: String, since: Date, now: Date) throws -> [DailyRollup] {
        try database.read { db in
            try db.fetchAll(sql: """
                SELECT d.day_ms, d.min_value, d.max_value, d.sum_value / d.count, d.count, d.hours, d.hour_mean_sum / d.hours
                FROM observation_daily d JOIN series s ON s.id = d.series_id
                WHERE s.key = ? AND d.day_ms >= ? AND d.day_ms <= ? ORDER BY d.day_ms
                """, arguments: [key, since.unixMillis, now.unixMillis]).map { r in
                DailyRollup(seriesKey: key, dayStart: Date(unixMillis: r[0]), minimum: r[1], maximum: r[2], average: r[3],
                            count: r[4], hours: r[5], meanOfHours: r[6])
            }
        }
    }

    /// The hourly rollups of one series whose hour starts in `since…now`, oldest first.
    public func hourlyRollups(key: String, since: Date, now: Date) throws -> [HourlyRollup] {
        try database.read { db in
            try db.fetchAll(sql: """
                SELECT h.hour_ms, h.min_value, h.max_value, h.sum_value / h.count AS average, h.count
                FROM observation_hourly h JOIN series s ON s.id = h.series_id
                WHERE s.key = ? AND h.hour_ms >= ? AND h.hour_ms <= ? ORDER BY h.hour_ms
                """, arguments: [key, since.unixMillis, now.unixMillis]).map { r in
                HourlyRollup(seriesKey: key, hourStart: Date(unixMillis: r[0]), minimum: r[1], maximum: r[2],
                             average: r[3], count: r[4])
            }
        }
    }
}
