import Foundation
import GRDB
import IOCDomain

/// The SQLite cache of everything the IOC shows: sources and their health, reference data, series and their
/// observations (raw and hourly rollups), and city events.
///
/// One `CityStore` owns one GRDB `DatabasePool` on one file in WAL mode. Several processes (a poller and many
/// consoles) may open the same file: writes are short IMMEDIATE transactions (one per poll), readers never block
/// the writer, and `busy_timeout` is 5 s. Every write transaction bumps `meta.change_counter`, which
/// `changeToken()` reads, so a console in another process knows when to re-query.
///
/// Times are stored as INTEGER Unix milliseconds in UTC; dates passed in are rounded to the millisecond.
public final class CityStore: Sendable {
    /// The database file's path.
    public let path: String
    /// The OS account this process acts for: every audit record the store writes names it.
    public let account: String
    /// Where the store's logic reads and writes (`SQLSession`s in transactions): an SQLite file through GRDB, or
    /// another engine (`init(database:name:account:)`: PostgreSQL).
    public let database: any StoreDatabase
    /// Which engine the store runs on.
    public var engine: SQLEngine { database.engine }
    /// Whether the caller owns the database where the engine can say (PostgreSQL: the login role owns it), else nil.
    public func callerOwnsDatabase() throws -> Bool? { try database.callerOwnsDatabase() }

    /// Changes other processes commit, pushed as they happen (PostgreSQL), else nil: read `changeTokens()`.
    public var changeFeed: ChangeFeed? { database.changeFeed }
    /// How many write transactions this store has made (its own writes are read back at once, without waiting for
    /// the feed to bring them).
    public var writesMade: UInt64 { writeCount.value }
    private let writeCount = WriteCount()
    /// The alarm cycle's series and due items, kept between cycles while no write touched them.
    let keptReads = KeptReads()
    /// The lateness model and the open dossiers' risks, kept between reads.
    let latenessCache = LatenessCache()

    /// Opens (creating folders and file unless `create` is false) a DatabasePool in WAL mode, busy_timeout 5 s, runs
    /// migrations. With `create` false (commands that only read) a missing file is refused with
    /// `CityStoreError.missing` and nothing is created. Every failure to open names the file (`CityStoreError`).
    public init(path: String, create: Bool = true, account: String = OSAccount.current) throws {
        self.path = path
        self.account = account
        // A PostgreSQL URL handed to the SQLite opener would become a folder "postgres:" and a file named like the
        // database (it happened once, from a test): refused, never created.
        if ["postgres://", "postgresql://"].contains(where: { path.lowercased().hasPrefix($0) }) {
            throw CityStoreError.unusable(path: path, reason: "a PostgreSQL URL is not a SQLite file; open it as PostgreSQL")
        }
        if !create, !FileManager.default.fileExists(atPath: path) { throw CityStoreError.missing(path: path) }
        do {
            database = SQLiteDatabase(pool: try Self.open(path: path))
        } catch let error as DatabaseError {
            throw CityStoreError.unusable(path: path, reason: error.message ?? error.description)
        } catch let error as CocoaError {
            throw CityStoreError.unusable(path: path, reason: error.localizedDescription)
        }
    }

    /// A store on another engine's database (PostgreSQL), which has applied its migrations; `name` says where it is
    /// on screens and in logs (a URL without its password).
    public init(database: any StoreDatabase, name: String, account: String = OSAccount.current) {
        self.path = name
        self.account = account
        self.database = database
    }

    private static func open(path: String) throws -> DatabasePool {
        // Private from the first byte: the folder 0700 and the file 0600 (its WAL and shm follow the file's mode).
        try DatabaseFiles.prepare(path: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.label = "IOCStore"
        // A console reads on one thread and a poller writes on another: three readers cover every overlap.
        configuration.maximumReaderCount = 3
        configuration.prepareDatabase { db in
            // PostgreSQL's GREATEST and LEAST (of two values, NULL ignored unless both are), so the store's SQL is
            // one text on both engines (SQLite's two-argument MAX and MIN are not PostgreSQL's).
            db.add(function: Self.greatest)
            db.add(function: Self.least)
            // A reader's page cache is emptied whenever it starts a read after another connection wrote (SQLite
            // resets it when the WAL changed), which with the simulator writing every second is every read: it only
            // serves pages touched twice within one dashboard read, so 256 KB is enough (the OS caches the file).
            // The writer keeps its pages between transactions (poll-cycle batches touch the tail of a few indexes):
            // 2 MB, SQLite's own default. Caches fill up to their cap as the file grows (measured: a default process
            // gained 0.35 MB a minute with 16 MB + 3 × 4 MB), so the caps are what a process holds after a day.
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -256")
            } else {
                try db.execute(sql: "PRAGMA cache_size = -2048")
                // WAL + NORMAL survives process crashes; a power cut may lose the newest polls, never consistency.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        // Two processes starting at once on a new file (a console and `ioc poll`) race to switch it to WAL and to
        // create its tables: the loser waits and looks again. Each migration is one transaction, so a failed
        // attempt leaves nothing behind, and the second look finds the winner's schema.
        let pool = try Self.retrying(on: [.SQLITE_BUSY, .SQLITE_LOCKED]) {
            try DatabasePool(path: path, configuration: configuration)
        }
        // A migration the other process applied first fails with SQLITE_ERROR ("table meta already exists").
        try Self.retrying(on: [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR]) {
            try StoreSchema.migrator.migrate(pool)
        }
        return pool
    }

    static let greatest = DatabaseFunction("greatest", argumentCount: 2, pure: true) { values in
        pick(values) { $0 > $1 }
    }

    static let least = DatabaseFunction("least", argumentCount: 2, pure: true) { values in
        pick(values) { $0 < $1 }
    }

    /// The first value unless it is NULL or `better` says the second beats it; numbers compared as numbers, texts
    /// as texts.
    private static func pick(_ values: [DatabaseValue], better: (Double, Double) -> Bool) -> DatabaseValue {
        let a = values[0], b = values[1]
        if a.isNull { return b }
        if b.isNull { return a }
        if let x = Double.fromDatabaseValue(a), let y = Double.fromDatabaseValue(b) { return better(y, x) ? b : a }
        return a
    }

    /// Runs `body` again after a database error with one of the `retryable` primary codes, for up to about 5 s
    /// (the busy timeout); any other error (not a database, corrupt, read-only, disk full) fails at once.
    static func retrying<T>(on retryable: [ResultCode], _ body: () throws -> T) throws -> T {
        // A monotonic deadline: this is a timeout, not a time of day.
        let deadline = ContinuousClock.now + .seconds(5)
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where retryable.contains(error.resultCode) && ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// Applied migration identifiers, oldest first.
    public func appliedMigrations() throws -> [String] {
        try database.appliedMigrations()
    }

    /// A number that changes whenever any process commits new data (the counter every write transaction bumps);
    /// cheap enough to call 5 times a second from each console. One single-row SELECT is atomic on its own, so it
    /// runs without the explicit read transaction (`unsafeRead`), which costs more than the query.
    public func changeToken() throws -> Int64 {
        try database.peek { db in
            try db.fetchOne(Int64.self, sql: "SELECT change_counter FROM meta WHERE id = 1") ?? 0
        }
    }

    /// "ok" for a sound database (SQLite's `PRAGMA integrity_check`; on PostgreSQL, the server answers).
    public func integrityCheck() throws -> String {
        try database.integrityCheck()
    }

    /// The number of raw observations stored.
    public func observationCount() throws -> Int {
        try database.read { db in try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM observation") ?? 0 }
    }

    /// The number of events stored (all kinds, open and closed).
    public func eventCount() throws -> Int {
        try database.read { db in try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM event") ?? 0 }
    }

    /// Row counts of every table, keyed by table name (for diagnostics and tests).
    public func tableCounts() throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            for table in ["meta", "source", "agency", "ward", "series", "observation", "observation_hourly", "event"] {
                counts[table] = try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    /// Bumps the change counter, the counters of `scopes` and the newest-write time; called inside every write
    /// transaction. A writer that does not name its scopes bumps them all (a console then re-reads everything).
    func noteWrite(_ db: SQLSession, at: Date?, scopes: ChangeScope = .all) throws {
        writeCount.add()
        var sets = ["change_counter = change_counter + 1"]
        for (scope, column) in ChangeScope.columns where scopes.contains(scope) {
            sets.append("\(column) = \(column) + 1")
        }
        if let at {
            sets.append("last_write_ms = GREATEST(COALESCE(last_write_ms, 0), ?)")
            try db.execute(sql: "UPDATE meta SET \(sets.joined(separator: ", ")) WHERE id = 1", arguments: [at.unixMillis])
        } else {
            try db.execute(sql: "UPDATE meta SET \(sets.joined(separator: ", ")) WHERE id = 1")
        }
    }

    /// All change counters and the newest write time in one single-row SELECT (atomic on its own, like
    /// `changeToken`).
    public func changeTokens() throws -> ChangeTokens {
        try database.peek { db in
            guard let row = try db.fetchOne(sql: """
                SELECT change_counter, observation_counter, event_counter, alarm_counter, source_counter,
                       reference_counter, logbook_counter, last_write_ms
                FROM meta WHERE id = 1
                """) else { return ChangeTokens() }
            return ChangeTokens(total: row[0], observations: row[1], events: row[2], alarms: row[3], sources: row[4],
                                reference: row[5], logbook: row[6],
                                lastWriteAt: (row[7] as Int64?).map { Date(unixMillis: $0) })
        }
    }
}
