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

    /// The newest `count` raw values of each series in `keys`, oldest first per series (a key with no values, or an
    /// unknown one, maps to an empty list): what a forecast or an anomaly score of every series reads each poll
    /// cycle, and what a wall of sparklines draws. SQLite: one index seek per series, read in place; PostgreSQL: one
    /// statement for all of them (a LATERAL subquery per series), one round trip.
    public func recentPoints(keys: [String], count: Int) throws -> [String: [Observation]] {
        guard !keys.isEmpty, count > 0 else { return [:] }
        return try database.read { db in
            var ids: [Int64: String] = [:]
            for (key, id) in try readSeriesIDs(db, existing: Set(keys)) { ids[id] = key }
            var points: [String: [Observation]] = Dictionary(keys.map { ($0, []) }, uniquingKeysWith: { first, _ in first })
            if db.engine == .postgres {
                // A row per series holding its points as three arrays in PostgreSQL's binary form (newest first):
                // 60,000 rows through the wire protocol took 165 ms, and the same points as text arrays 136 ms (most of
                // it printing and parsing 60,000 numbers); 8-byte values need neither. The three aggregates read the
                // same rows in the same order, so their elements line up; they are not ordered aggregates (a sort per
                // aggregate and series, 3,000 sorts, was 40 % of the server's time): the subquery's order is what
                // PostgreSQL usually keeps, and what is read is put in order here if it did not.
                try db.step(sql: """
                    SELECT s.id, array_send(o.t), array_send(o.v), array_send(o.q) FROM unnest(CAST(? AS BIGINT[])) AS s (id)
                    CROSS JOIN LATERAL (SELECT array_agg(ts) AS t, array_agg(value) AS v, array_agg(quality) AS q FROM
                        (SELECT ts, value, quality FROM observation WHERE series_id = s.id ORDER BY ts DESC LIMIT ?) AS n) AS o
                    """, arguments: ["{" + ids.keys.map(String.init).joined(separator: ",") + "}", count]) { r in
                    let key = ids[r.int64(0)]!
                    let times = Self.binaryArray(r.blob(1)), values = Self.binaryArray(r.blob(2))
                    let qualities = Self.binaryArray(r.blob(3))
                    var list: [Observation] = []
                    list.reserveCapacity(times.count)
                    for i in 0..<min(times.count, values.count, qualities.count) {
                        list.append(Observation(seriesKey: key, time: Date(unixMillis: Int64(bitPattern: times[i])),
                                                value: Double(bitPattern: values[i]),
                                                quality: Quality(rawValue: Int(Int64(bitPattern: qualities[i]))) ?? .bad))
                    }
                    if zip(list, list.dropFirst()).contains(where: { $0.time < $1.time }) { list.sort { $0.time > $1.time } }
                    points[key] = list
                }
            } else {
                for (id, key) in ids {
                    var list: [Observation] = []
                    list.reserveCapacity(count)
                    try db.step(sql: "SELECT ts, value, quality FROM observation WHERE series_id = ? ORDER BY ts DESC LIMIT ?",
                                arguments: [id, count]) { r in
                        list.append(Observation(seriesKey: key, time: Date(unixMillis: r.int64(0)), value: r.double(1),
                                                quality: Quality(rawValue: Int(r.int64(2))) ?? .bad))
                    }
                    points[key] = list
                }
            }
            for key in points.keys { points[key]?.reverse() }
            return points
        }
    }

    /// For each key in `after`, its raw values strictly newer than the given time (all of them for a nil time), the
    /// newest `limit` at most, oldest first; a key with none, or an unknown one, maps to an empty list. What
    /// `RecentWindows` reads each poll cycle once it holds a series' window: a point or two per series instead of the
    /// whole window (Decision 71). SQLite: one index seek per series; PostgreSQL: one statement, a LATERAL subquery per
    /// series, rows as they are (a few per series).
    public func pointsAfter(_ after: [String: Date?], limit: Int) throws -> [String: [Observation]] {
        guard !after.isEmpty, limit > 0 else { return [:] }
        return try database.read { db in
            var points: [String: [Observation]] = Dictionary(uniqueKeysWithValues: after.keys.map { ($0, []) })
            func since(_ key: String) -> Int64 { after[key].flatMap { $0?.unixMillis } ?? Int64.min }
            if db.engine == .postgres {
                var keyOf: [Int64: String] = [:]
                for (key, id) in try readSeriesIDs(db, existing: Set(after.keys)) { keyOf[id] = key }
                let ordered = Array(keyOf)
                try db.step(sql: """
                    SELECT s.id, n.ts, n.value, n.quality FROM unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[])) AS s (id, after)
                    CROSS JOIN LATERAL (SELECT ts, value, quality FROM observation
                                        WHERE series_id = s.id AND ts > s.after ORDER BY ts DESC LIMIT ?) AS n
                    """, arguments: ["{" + ordered.map { String($0.key) }.joined(separator: ",") + "}",
                                     "{" + ordered.map { String(since($0.value)) }.joined(separator: ",") + "}", limit]) { r in
                    guard let key = keyOf[r.int64(0)] else { return }
                    points[key, default: []].append(Observation(seriesKey: key, time: Date(unixMillis: r.int64(1)),
                                                                value: r.double(2),
                                                                quality: Quality(rawValue: Int(r.int64(3))) ?? .bad))
                }
                // Newest first, as the other engine reads them (the statement's rows are grouped, not promised ordered).
                for key in points.keys { points[key]?.sort { $0.time > $1.time } }
            } else {
                for (key, id) in try readSeriesIDs(db, existing: Set(after.keys)) {
                    var list: [Observation] = []
                    try db.step(sql: "SELECT ts, value, quality FROM observation WHERE series_id = ? AND ts > ? ORDER BY ts DESC LIMIT ?",
                                arguments: [id, since(key), limit]) { r in
                        list.append(Observation(seriesKey: key, time: Date(unixMillis: r.int64(0)), value: r.double(1),
                                                quality: Quality(rawValue: Int(r.int64(2))) ?? .bad))
                    }
                    points[key] = list
                }
            }
            for key in points.keys { points[key]?.reverse() }
            return points
        }
    }

    /// The elements of a one-dimensional PostgreSQL array of 8-byte values (BIGINT, DOUBLE PRECISION) in its binary
    /// form (`array_send`), as bit patterns: a header of five big-endian 32-bit words (dimensions, has-nulls,
    /// element type, length, lower bound), then per element its byte count and bytes. Empty for NULL, for anything
    /// else than one dimension, and from the first NULL or odd-sized element on.
    static func binaryArray(_ bytes: [UInt8]?) -> [UInt64] {
        guard let bytes, bytes.count >= 20 else { return [] }
        return bytes.withUnsafeBytes { raw in
            func word(_ at: Int) -> UInt32 { UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
            guard word(0) == 1 else { return [] }
            let count = min(Int(word(12)), (raw.count - 20) / 12)
            var values: [UInt64] = []
            values.reserveCapacity(count)
            var at = 20
            for _ in 0..<count {
                guard word(at) == 8 else { break }
                values.append(UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: at + 4, as: UInt64.self)))
                at += 12
            }
            return values
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
