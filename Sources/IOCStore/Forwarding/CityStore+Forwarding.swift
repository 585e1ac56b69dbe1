import Foundation
import IOCDomain

/// Records a poller applies with a sequence number (issue 17, item 3): live, or forwarded from its local queue after
/// the store was out of reach. The record and the poller's mark are written in one transaction, so a record whose
/// commit was not confirmed (the connection dropped during COMMIT) and is forwarded again is recognised and applied
/// once: in order, exactly once.
extension CityStore {
    /// `poller_forward` (SQLite v15, PostgreSQL pg3: one text for both engines): one row per poller that writes
    /// through a queue.
    public static let pollerForwardTable = """
        CREATE TABLE poller_forward (
            poller_id TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            last_seq BIGINT NOT NULL DEFAULT 0,
            applied BIGINT NOT NULL DEFAULT 0,
            forwarded BIGINT NOT NULL DEFAULT 0,
            queued BIGINT NOT NULL DEFAULT 0,
            oldest_queued_ms BIGINT,
            last_forward_ms BIGINT,
            reported_ms BIGINT
        );
        """

    /// The highest sequence number applied for `poller` (0 when none was).
    public func appliedSequence(poller: String) throws -> Int64 {
        try database.read { db in
            try db.fetchOne(Int64.self, sql: "SELECT last_seq FROM poller_forward WHERE poller_id = ?", arguments: [poller]) ?? 0
        }
    }

    /// Applies `record` as `poller`'s record number `sequence`, unless a record of that number or a later one was
    /// applied already (then nothing is written and the answer is false). `forwarded`: it comes from the queue.
    @discardableResult
    public func apply(_ record: PollRecord, poller: String, host: String, sequence: Int64, forwarded: Bool,
                      at now: Date = Date()) throws -> Bool {
        try database.write { db in
            let mark = try db.fetchOne(Int64.self, sql: "SELECT last_seq FROM poller_forward WHERE poller_id = ?",
                                       arguments: [poller]) ?? 0
            guard sequence > mark else { return false }
            switch record {
            case .registered(let health):
                try registerSource(db, health)
            case .succeeded(let sourceID, let batch, let at, let durationMs):
                try recordSuccess(db, sourceID: sourceID, batch: batch, at: at, durationMs: durationMs)
            case .failed(let sourceID, let error, let at, let durationMs):
                try recordFailure(db, sourceID: sourceID, error: error, at: at, durationMs: durationMs)
            }
            try db.execute(sql: """
                INSERT INTO poller_forward (poller_id, host, last_seq, applied, forwarded, last_forward_ms, reported_ms)
                VALUES (?, ?, ?, 1, ?, ?, ?)
                ON CONFLICT (poller_id) DO UPDATE SET host = excluded.host, last_seq = excluded.last_seq,
                    applied = poller_forward.applied + 1, forwarded = poller_forward.forwarded + excluded.forwarded,
                    last_forward_ms = COALESCE(excluded.last_forward_ms, poller_forward.last_forward_ms),
                    reported_ms = excluded.reported_ms
                """, arguments: [poller, host, sequence, forwarded ? 1 : 0, forwarded ? now.unixMillis : nil,
                                 now.unixMillis])
            return true
        }
    }

    /// Records what `poller`'s queue holds now (the sources screen shows it).
    public func reportBacklog(poller: String, host: String, queued: Int, oldest: Date?, at now: Date) throws {
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO poller_forward (poller_id, host, queued, oldest_queued_ms, reported_ms) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (poller_id) DO UPDATE SET host = excluded.host, queued = excluded.queued,
                    oldest_queued_ms = excluded.oldest_queued_ms, reported_ms = excluded.reported_ms
                """, arguments: [poller, host, queued, oldest?.unixMillis, now.unixMillis])
            try noteWrite(db, at: nil, scopes: .sources)
        }
    }

    /// Every poller that writes through a queue, by host then identity.
    public func pollerBacklogs() throws -> [PollerBacklog] {
        try database.read { db in try Self.pollerBacklogs(db) }
    }

    static func pollerBacklogs(_ db: SQLSession) throws -> [PollerBacklog] {
        try db.fetchAll(sql: """
            SELECT poller_id, host, queued, oldest_queued_ms, applied, forwarded, last_seq, last_forward_ms, reported_ms
            FROM poller_forward ORDER BY host, poller_id
            """).map { row in
            PollerBacklog(pollerID: row[0], host: row[1], queued: row[2],
                          oldestQueuedAt: (row[3] as Int64?).map { Date(unixMillis: $0) }, applied: row[4],
                          forwarded: row[5], lastSequence: row[6],
                          lastForwardAt: (row[7] as Int64?).map { Date(unixMillis: $0) },
                          reportedAt: (row[8] as Int64?).map { Date(unixMillis: $0) })
        }
    }

    /// Whether `error` says the store could not be reached (a lost or refused connection, a server shutting down),
    /// as opposed to a write the store refused: a poller queues the first kind and reports the second.
    public func isUnreachable(_ error: any Error) -> Bool {
        database.isUnreachable(error)
    }
}
