import Foundation
import GRDB
import IOCDomain

/// A source's past written at once (`ioc backfill`): one day's batch, and how many polls the day had, without
/// touching the source's state now (its last poll, its cursor, its counts of today stay as they are).
extension CityStore {
    public func recordHistory(sourceID: String, batch: Batch, day: Date, polls: Int) throws {
        try pool.write { db in
            try ensureSource(db, sourceID)
            try upsertAgencies(db, batch.agencies)
            try upsertWards(db, batch.wards)
            try upsertSeries(db, batch.seriesDefinitions)
            try insertObservations(db, batch.observations, sourceID: sourceID)
            try upsertEvents(db, batch.events, sourceID: sourceID)
            try db.execute(sql: """
                INSERT INTO source_day (source_id, day_ms, polls, failures, records) VALUES (?, ?, ?, 0, ?)
                ON CONFLICT (source_id, day_ms) DO UPDATE SET polls = MAX(polls, excluded.polls),
                    records = MAX(records, excluded.records)
                """, arguments: [sourceID, VietnamTime.startOfDay(day).unixMillis, polls,
                                 batch.observations.count + batch.events.count])
            try noteWrite(db, at: nil, scopes: [.observations, .events, .reference, .sources])
        }
    }

    /// Whether any alarm's id starts with `prefix` (a backfill's alarms are written once).
    public func hasAlarms(idPrefix prefix: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM alarm WHERE substr(id, 1, ?) = ?)",
                              arguments: [prefix.count, prefix]) ?? false
        }
    }

    /// The sources a cache holds data of (their ids).
    public func sourceIDs() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM source ORDER BY id") }
    }
}
