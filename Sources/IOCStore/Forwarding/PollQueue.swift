import Foundation
import GRDB

/// A poller's local queue (issue 17, item 3): an SQLite file on the poller's own machine where its records wait,
/// in order, while the city's store cannot be reached. Each record is kept with its sequence number until the store
/// has applied it; the file also keeps the poller's identity, so a restarted poller forwards what it queued before.
/// Committed with `synchronous = FULL`: while the store is away the queue is the only copy. One process at a time:
/// a second poller pointed at the same file is refused (an exclusive lock on `PATH.lock`).
public final class PollQueue: Sendable {
    public let path: String
    /// This poller's identity in the store (`poller_forward.poller_id`), made when the file was created.
    public let pollerID: String
    private let queue: DatabaseQueue
    private let lock: FileLock

    /// A record waiting in the queue.
    public struct Entry: Sendable {
        public let sequence: Int64
        public let record: PollRecord
    }

    public init(path: String) throws {
        self.path = path
        do {
            try DatabaseFiles.prepare(path: path)
            lock = try FileLock(path: path + ".lock")
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            configuration.label = "PollQueue"
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL")
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            pollerID = try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS identity (poller_id TEXT NOT NULL, created_ms INTEGER NOT NULL);
                    CREATE TABLE IF NOT EXISTS queued (
                        seq INTEGER PRIMARY KEY, source_id TEXT NOT NULL, at_ms INTEGER, cursor TEXT, body BLOB NOT NULL);
                    CREATE TABLE IF NOT EXISTS set_aside (
                        seq INTEGER PRIMARY KEY, source_id TEXT NOT NULL, at_ms INTEGER, body BLOB NOT NULL,
                        reason TEXT NOT NULL, set_aside_ms INTEGER NOT NULL);
                    """)
                if let id = try String.fetchOne(db, sql: "SELECT poller_id FROM identity") { return id }
                let id = UUID().uuidString.lowercased()
                try db.execute(sql: "INSERT INTO identity (poller_id, created_ms) VALUES (?, ?)",
                               arguments: [id, Date().unixMillis])
                return id
            }
        } catch let error as DatabaseError {
            throw CityStoreError.unusable(path: path, reason: error.message ?? error.description)
        }
    }

    /// Adds a record at the end (its sequence number is higher than every queued one's).
    public func append(_ record: PollRecord, sequence: Int64) throws {
        let body = try record.encoded()
        try queue.write { db in
            try db.execute(sql: "INSERT INTO queued (seq, source_id, at_ms, cursor, body) VALUES (?, ?, ?, ?, ?)",
                           arguments: [sequence, record.sourceID, record.at?.unixMillis, record.cursor, body])
        }
    }

    /// The first `limit` records, oldest first; one that cannot be read back (written by another version, damaged)
    /// is set aside with the reason instead, and counted.
    public func first(_ limit: Int, at now: Date = Date()) throws -> (entries: [Entry], setAside: Int) {
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, body FROM queued ORDER BY seq LIMIT ?", arguments: [limit])
                .map { (sequence: $0[0] as Int64, body: $0[1] as Data) }
        }
        var entries: [Entry] = []
        var unreadable = 0
        for row in rows {
            do {
                entries.append(Entry(sequence: row.sequence, record: try PollRecord.decoded(row.body)))
            } catch {
                try setAside(row.sequence, reason: "queued record \(row.sequence) cannot be read back: \(error)", at: now)
                unreadable += 1
            }
        }
        return (entries, unreadable)
    }

    /// Removes a record the store has applied (or had applied before).
    public func remove(_ sequence: Int64) throws {
        try queue.write { db in try db.execute(sql: "DELETE FROM queued WHERE seq = ?", arguments: [sequence]) }
    }

    /// Moves a record the store refused (not for want of a connection) out of the way, with the store's reason: the
    /// queue goes on, and the record stays in the file for someone to look at.
    public func setAside(_ sequence: Int64, reason: String, at now: Date) throws {
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO set_aside (seq, source_id, at_ms, body, reason, set_aside_ms)
                SELECT seq, source_id, at_ms, body, ?, ? FROM queued WHERE seq = ?
                """, arguments: [reason, now.unixMillis, sequence])
            try db.execute(sql: "DELETE FROM queued WHERE seq = ?", arguments: [sequence])
        }
    }

    /// How many records wait, the oldest one's poll time, and the highest sequence number ever queued (set-aside
    /// records included).
    public func state() throws -> (count: Int, oldest: Date?, highestSequence: Int64) {
        try queue.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM queued), (SELECT MIN(at_ms) FROM queued),
                       MAX((SELECT COALESCE(MAX(seq), 0) FROM queued), (SELECT COALESCE(MAX(seq), 0) FROM set_aside))
                """)
            return (row?[0] ?? 0, (row?[1] as Int64?).map { Date(unixMillis: $0) }, row?[2] ?? 0)
        }
    }

    /// The newest queued cursor of a source, or nil.
    public func latestCursor(sourceID: String) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: """
                SELECT cursor FROM queued WHERE source_id = ? AND cursor IS NOT NULL ORDER BY seq DESC LIMIT 1
                """, arguments: [sourceID])
        }
    }

    /// Records set aside, oldest first: (sequence, source, reason).
    public func setAsideRecords() throws -> [(sequence: Int64, sourceID: String, reason: String)] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, source_id, reason FROM set_aside ORDER BY seq").map { ($0[0], $0[1], $0[2]) }
        }
    }
}
