import Foundation
import IOCDomain

/// A source's past written at once (`ioc backfill`): one day's batch, and how many polls the day had, without
/// touching the source's state now (its last poll, its cursor, its counts of today stay as they are).
extension CityStore {
    /// Readings of an hour the store has already rolled up, or of a day kept only as a daily rollup, are left out:
    /// added again, the rollup would count them twice (a second backfill), or mix them into what a live poller
    /// measured.
    public func recordHistory(sourceID: String, batch: Batch, day: Date, polls: Int) throws {
        try database.write { db in
            let start = VietnamTime.startOfDay(day)
            var rolled: Set<String> = []
            for row in try db.fetchAll(sql: """
                SELECT s.key, h.hour_ms FROM observation_hourly h JOIN series s ON s.id = h.series_id
                WHERE h.hour_ms >= ? AND h.hour_ms < ?
                """, arguments: [start.unixMillis - 3_600_000, start.addingTimeInterval(25 * 3_600).unixMillis]) {
                rolled.insert("\(row[0] as String)|\(row[1] as Int64)")
            }
            // Days whose hours were pruned are in the daily rollups only: added again, they would count twice there.
            var days: Set<String> = []
            for row in try db.fetchAll(sql: """
                SELECT s.key, d.day_ms FROM observation_daily d JOIN series s ON s.id = d.series_id
                WHERE d.day_ms >= ? AND d.day_ms < ? AND NOT EXISTS (
                    SELECT 1 FROM observation_hourly h WHERE h.series_id = d.series_id AND h.hour_ms >= d.day_ms
                      AND h.hour_ms < d.day_ms + 86400000)
                """, arguments: [start.unixMillis - 86_400_000, start.addingTimeInterval(2 * 86_400).unixMillis]) {
                days.insert("\(row[0] as String)|\(row[1] as Int64)")
            }
            let readings = rolled.isEmpty && days.isEmpty ? batch.observations : batch.observations.filter {
                !rolled.contains("\($0.seriesKey)|\($0.time.unixMillis / 3_600_000 * 3_600_000)")
                    && !days.contains("\($0.seriesKey)|\(VietnamTime.startOfDay($0.time).unixMillis)")
            }
            try writeBatch(db, batch, sourceID: sourceID, observations: readings)
            try db.execute(sql: """
                INSERT INTO source_day (source_id, day_ms, polls, failures, records) VALUES (?, ?, ?, 0, ?)
                ON CONFLICT (source_id, day_ms) DO UPDATE SET polls = GREATEST(source_day.polls, excluded.polls),
                    records = GREATEST(source_day.records, excluded.records)
                """, arguments: [sourceID, start.unixMillis, polls,
                                 batch.observations.count + batch.events.count])
            try noteWrite(db, at: nil, scopes: [.observations, .events, .reference, .sources])
        }
    }

    /// Writes a simulated past's alarm inputs (`HistoryAlarms`) through the alarm state machine, unaudited one by one
    /// (see `applyAlarmInputs(_:policy:history:)`); returns how many were applied.
    public func recordHistoricAlarms(_ items: [(alarmID: String, input: AlarmInput, template: Alarm?)]) throws -> Int {
        try applyAlarmInputs(items, policy: .standard, history: true).filter { $0.alarm != nil }.count
    }

    /// The time of the last action on an alarm whose id starts with `prefix` (a backfill writes its alarms' actions
    /// after this only: an interrupted run is taken up where it stopped, a second run adds none), nil when none.
    public func lastAlarmAction(idPrefix prefix: String) throws -> Date? {
        try database.read { db in
            try db.fetchOne(Int64.self, sql: "SELECT MAX(at_ms) FROM alarm_action WHERE substr(alarm_id, 1, ?) = ?",
                               arguments: [prefix.count, prefix]).map { Date(unixMillis: $0) }
        }
    }

    /// The sources a cache holds data of (their ids).
    public func sourceIDs() throws -> [String] {
        try database.read { db in try db.fetchAll(String.self, sql: "SELECT id FROM source ORDER BY id") }
    }
}
