import GRDB

/// The SQLite `StoreDatabase`: a GRDB `DatabasePool` in WAL mode (readers never block the writer).
final class SQLiteDatabase: StoreDatabase {
    let pool: DatabasePool
    var engine: SQLEngine { .sqlite }

    init(pool: DatabasePool) { self.pool = pool }

    func read<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try pool.read { db in try body(GRDBSession(db)) }
    }

    func write<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(GRDBSession(db))
                return .commit
            }
            return result!
        }
    }

    func appliedMigrations() throws -> [String] {
        let applied = try pool.read { db in try StoreSchema.migrator.appliedIdentifiers(db) }
        return StoreSchema.migrationIdentifiers.filter { applied.contains($0) }
    }

    func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    func peek<T>(_ body: (SQLSession) throws -> T) throws -> T {
        try pool.unsafeRead { db in try body(GRDBSession(db)) }
    }
}
