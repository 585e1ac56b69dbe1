/// The database a `CityStore` keeps its data in, as transactions of `SQLSession`s: SQLite through GRDB (the
/// embedded default) or PostgreSQL (a city-wide deployment). The store's logic is written once against this.
public protocol StoreDatabase: Sendable {
    var engine: SQLEngine { get }
    /// A read-only transaction: one consistent view of the data.
    func read<T>(_ body: (SQLSession) throws -> T) throws -> T
    /// A write transaction, taken at once (SQLite's IMMEDIATE; PostgreSQL's write lock), committed when `body`
    /// returns and rolled back when it throws: every write of the store is all or nothing, one writer at a time.
    @discardableResult
    func write<T>(_ body: (SQLSession) throws -> T) throws -> T
    /// One statement outside an explicit transaction (atomic on its own): the change tokens every console reads
    /// several times a second.
    func peek<T>(_ body: (SQLSession) throws -> T) throws -> T
    /// The schema migrations applied, oldest first.
    func appliedMigrations() throws -> [String]
    /// "ok" for a sound database, else what is wrong.
    func integrityCheck() throws -> String
    /// Changes other processes commit, pushed as they happen; nil when the engine pushes none (SQLite: readers read
    /// the change counters). Listening starts at the first use.
    var changeFeed: ChangeFeed? { get }
    /// Whether the caller owns the database (the first account of a database with no grant becomes its admin only
    /// then); nil where the engine cannot say (SQLite: the file's owner decides, `DatabaseFiles.ownedByCaller`).
    func callerOwnsDatabase() throws -> Bool?
    /// Whether `error`, thrown by one of this database's calls, says the database cannot take the work now (a
    /// connection lost, refused or closed by a server shutting down; a passing refusal such as a lock timeout or a
    /// read-only standby) rather than that it refused the work itself. SQLite is a local file: never.
    func isUnreachable(_ error: any Error) -> Bool
}

extension StoreDatabase {
    public var changeFeed: ChangeFeed? { nil }
    public func callerOwnsDatabase() throws -> Bool? { nil }
    public func isUnreachable(_ error: any Error) -> Bool { false }
}
