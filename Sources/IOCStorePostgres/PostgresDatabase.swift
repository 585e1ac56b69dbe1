import Foundation
import IOCStore
import Logging
import PostgresNIO

/// The PostgreSQL `StoreDatabase`: a city-wide deployment's store, shared by pollers, consoles and walls on several
/// machines, replicated by PostgreSQL itself. Two connections per process: one for writes, one for reads and peeks,
/// each used by one caller at a time. A write transaction takes one advisory lock first, so writes are serialised
/// as SQLite's are (the hash chains, alarm numbers and day counts read then write, and must not interleave); reads
/// see one snapshot (REPEATABLE READ, READ ONLY) and never wait for a writer.
public final class PostgresDatabase: StoreDatabase, @unchecked Sendable {
    public let location: PostgresLocation
    public var engine: SQLEngine { .postgres }
    private let writer: ConnectionSlot
    private let reader: ConnectionSlot
    private let logger: Logger
    private let listener: ChangeListener

    /// The advisory lock every write transaction takes (one writer at a time, as on SQLite).
    static let writeLock: Int64 = 0x10C_0002

    /// Connects (lazily) and applies the missing migrations; a server that cannot be reached is an error now.
    public init(location: PostgresLocation) throws {
        self.location = location
        logger = Logger(label: "ioc.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        writer = ConnectionSlot(location: location, logger: logger, name: "writer")
        reader = ConnectionSlot(location: location, logger: logger, name: "reader")
        listener = ChangeListener(location: location, logger: logger)
        try migrate()
    }

    public func read<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try reader.with { connection in
            let session = PostgresSession(connection, logger: logger)
            try session.execute(sql: "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try finish(session) { try body(session) }
        }
    }

    public func write<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try writer.with { connection in
            let session = PostgresSession(connection, logger: logger)
            try session.execute(sql: "BEGIN")
            return try finish(session) {
                _ = try session.fetchAll(sql: "SELECT pg_advisory_xact_lock(\(Self.writeLock))")
                return try body(session)
            }
        }
    }

    public func peek<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try reader.with { connection in try body(PostgresSession(connection, logger: logger)) }
    }

    /// Commits after `body`, or rolls back when it throws (and rethrows).
    private func finish<T>(_ session: PostgresSession, _ body: () throws -> T) throws -> T {
        let result: T
        do {
            result = try body()
        } catch {
            // A connection that is gone rolls its transaction back on the server's side; a ROLLBACK sent on it can
            // wait for ever (postgres-nio, a closing connection): the slot gives it up instead.
            if (error as? PostgresFailure)?.connectionLost == true { throw error }
            if session.connection.isClosed {
                // Whatever the error said, the connection is gone: the slot must connect again.
                throw PostgresFailure(message: "\(error) (the connection closed)", connectionLost: true)
            }
            do {
                try session.execute(sql: "ROLLBACK")
            } catch let failure {
                // A connection that cannot even roll back is dropped (the next call connects again), and both are said.
                throw PostgresFailure(message: "\(error) (and the rollback failed: \(failure))", connectionLost: true)
            }
            throw error
        }
        try session.execute(sql: "COMMIT")
        return result
    }

    /// The migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try db.fetchAll(String.self, sql: "SELECT id FROM ioc_migration ORDER BY applied_order") }
    }

    /// "ok" when the server answers a query and the store's tables are there.
    public func integrityCheck() throws -> String {
        try read { db in
            try db.fetchOne(Int64.self, sql: "SELECT COUNT(*) FROM meta") == 1 ? "ok" : "meta row missing"
        }
    }

    /// Applies every migration not yet applied, each in its own transaction, under a session advisory lock (two
    /// processes starting at once: the second waits, then finds them applied).
    func migrate() throws {
        try writer.with { connection in
            let session = PostgresSession(connection, logger: logger)
            _ = try session.fetchAll(sql: "SELECT pg_advisory_lock(\(PostgresSchema.migrationLock))")
            defer {
                // An unlock that fails: the connection is closed, and the server releases a session's locks when it
                // ends, so the migrations' lock never outlives it (the next call connects again).
                do { _ = try session.fetchAll(sql: "SELECT pg_advisory_unlock(\(PostgresSchema.migrationLock))") } catch {
                    connection.closeIfOpen()
                }
            }
            // A role that may only read and write (a console's, since PostgreSQL 15 not allowed to create tables in
            // public) opens a migrated database: nothing is created unless something is missing.
            let exists = try session.fetchOne(String.self, sql: "SELECT CAST(to_regclass('ioc_migration') AS TEXT)") != nil
            if !exists {
                try session.execute(sql: """
                    CREATE TABLE IF NOT EXISTS ioc_migration (
                        id TEXT PRIMARY KEY, applied_order BIGINT NOT NULL, applied_ms BIGINT NOT NULL)
                    """)
            }
            let applied = Set(try session.fetchAll(String.self, sql: "SELECT id FROM ioc_migration"))
            for (order, migration) in PostgresSchema.migrations.enumerated() where !applied.contains(migration.id) {
                try session.execute(sql: "BEGIN")
                try finish(session) {
                    for statement in PostgresSchema.statements(migration.sql) { try session.execute(sql: statement) }
                    try session.execute(sql: "INSERT INTO ioc_migration (id, applied_order, applied_ms) VALUES (?, ?, ?)",
                                        arguments: [migration.id, order, Int64(Date().timeIntervalSince1970 * 1000)])
                }
            }
        }
    }

    /// Whether the login role owns the database (its owner alone makes the first admin of a database with no grant).
    public func callerOwnsDatabase() throws -> Bool? {
        try read { db in
            try db.fetchOne(Bool.self, sql: """
                SELECT pg_catalog.pg_get_userbyid(datdba) = session_user FROM pg_catalog.pg_database
                WHERE datname = current_database()
                """)
        }
    }

    /// Changes other processes commit, as PostgreSQL notifies them (LISTEN on a third connection, started here).
    public var changeFeed: ChangeFeed? {
        listener.start()
        return listener.feed
    }

    /// A lost connection, one that could not be made, the server's "shutting down" and "connection" errors, and its
    /// passing refusals (`PostgresFailure.passing`): all worth doing again later, none a refusal of the work itself.
    public func isUnreachable(_ error: any Error) -> Bool {
        guard let failure = error as? PostgresFailure else { return false }
        return failure.connectionLost || failure.passing
    }

    /// Closes every connection.
    public func close() {
        listener.stop()
        writer.close()
        reader.close()
    }

    deinit {
        listener.stop()
    }
}
