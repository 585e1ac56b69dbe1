import Foundation
import IOCDomain

/// Copies a whole store into an empty one of another engine (`ioc migrate-store`, SQLite → PostgreSQL): every table
/// in the order its references need, rows in key order and in batches (one transaction each), ids kept, so hash
/// chains, alarm timelines and logbook links stay as they were; then checks the copy — every table's row count, and
/// the logbook's and the audit trail's chains recomputed on the target.
public enum StoreCopy {
    /// The tables and the columns that order their rows (their key), in the order the copy writes them; `meta` is
    /// the target's own row, updated rather than copied.
    public static let tables: [(name: String, order: String)] = [
        ("source", "id"), ("agency", "code"), ("ward", "code"), ("series", "id"),
        ("observation", "series_id, ts"), ("observation_hourly", "series_id, hour_ms"), ("observation_daily", "series_id, day_ms"),
        ("event", "id"), ("alarm", "id"), ("alarm_action", "id"), ("log_entry", "id"), ("operator_sign_on", "id"),
        ("handover", "id"), ("duty_change", "id"), ("handover_action", "id"), ("operator_grant", "account"), ("audit", "id"),
        ("restricted_domain", "domain"), ("audit_forwarding", "collector"), ("source_day", "source_id, day_ms"),
        ("poller_forward", "poller_id"), ("scenario_run", "id"), ("scenario_run_action", "id"),
        ("series_projection", "series_key"),
    ]

    /// The tables whose `id` the engine numbers (an identity on PostgreSQL): after a copy it must go on from the
    /// highest id copied.
    static let numbered: Set<String> = ["series", "event", "alarm_action", "log_entry", "operator_sign_on", "handover",
                                        "duty_change", "handover_action", "audit", "scenario_run_action"]

    /// Rows per batch (and per transaction).
    static let batch = 2_000

    /// What a copy did and found.
    public struct Result: Sendable {
        public var rows: [(table: String, copied: Int)] = []
        public var logbook: ChainCheck?
        public var audit: ChainCheck?
    }

    /// Why a copy was refused or failed its check.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Copies `source` into `target`, which must hold no data (only its migrations); `progress` is told each table
    /// and how many of its rows are copied so far.
    public static func copy(from source: CityStore, to target: CityStore,
                            progress: (String, Int, Int) -> Void = { _, _, _ in }) throws -> Result {
        for (table, _) in tables {
            let count = try target.database.read { db in try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            guard count == 0 else { throw Failure(description: "the target already holds data (\(count) rows in \(table)): copy into an empty database") }
        }
        var result = Result()
        for (table, order) in tables {
            let total = try source.database.read { db in try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            var copied = 0
            var pending: [SQLRow] = []
            progress(table, 0, total)
            func flush() throws {
                guard let first = pending.first else { return }
                let columns = first.columnNames
                // As many rows a statement as the engine's parameter limit allows; one transaction a batch.
                let perStatement = max(1, 30_000 / columns.count)
                try target.database.write { db in
                    var start = 0
                    while start < pending.count {
                        let chunk = pending[start..<min(start + perStatement, pending.count)]
                        let marks = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
                        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                            + Array(repeating: marks, count: chunk.count).joined(separator: ", ")
                        try db.execute(sql: sql, arguments: SQLArguments(chunk.flatMap(\.values)))
                        start += perStatement
                    }
                }
                copied += pending.count
                pending.removeAll(keepingCapacity: true)
                progress(table, copied, total)
            }
            // One read of the source (one snapshot), its rows written out as they come, a batch at a time.
            try source.database.read { db in
                try db.forEachRow(sql: "SELECT * FROM \(table) ORDER BY \(order)", arguments: []) { row in
                    pending.append(row)
                    if pending.count >= batch { try flush() }
                    return true
                }
            }
            try flush()
            result.rows.append((table, copied))
        }
        try target.database.write { db in
            // The counters, so every console reads everything once; and the engine's numbering goes on after the copy.
            if let meta = try source.database.read({ try $0.fetchOne(sql: "SELECT * FROM meta WHERE id = 1") }) {
                let columns = meta.columnNames.filter { $0 != "id" }
                try db.execute(sql: "UPDATE meta SET " + columns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = 1",
                               arguments: SQLArguments(columns.map { meta.value(named: $0) ?? .null }))
            }
            if db.engine == .postgres {
                for table in numbered {
                    try db.execute(sql: "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM \(table)")
                }
            }
        }
        // The check: every table's rows, and the chains recomputed where they now are.
        for (table, copied) in result.rows {
            let there = try target.database.read { db in try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            guard there == copied else { throw Failure(description: "\(table): \(copied) rows copied, \(there) in the target") }
        }
        result.logbook = try target.verifyLogChain()
        result.audit = try target.verifyAuditChain()
        let sourceLog = try source.verifyLogChain(), sourceAudit = try source.verifyAuditChain()
        guard result.logbook == sourceLog else {
            throw Failure(description: "the logbook's chain differs after the copy: \(sourceLog) there, \(result.logbook!) here")
        }
        guard result.audit == sourceAudit else {
            throw Failure(description: "the audit trail's chain differs after the copy: \(sourceAudit) there, \(result.audit!) here")
        }
        return result
    }
}
