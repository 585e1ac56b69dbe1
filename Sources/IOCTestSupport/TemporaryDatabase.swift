import Foundation
import IOCStore
import IOCStorePostgres

/// A unique database path in the temporary folder, removed (with its `-wal` and `-shm` files) by `remove()` or
/// when the value is deinitialised.
public final class TemporaryDatabase: Sendable {
    /// The database file's path (the file itself is created by whoever opens it).
    public let path: String
    /// The folder holding the file; unique to this value.
    public let folder: String

    /// Makes a fresh path `…/ioc-test-<uuid>/<name>`; nothing is created on disk until a store opens it.
    public init(name: String = "ioc.sqlite") {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("ioc-test-\(UUID().uuidString)")
        self.folder = folder
        self.path = (folder as NSString).appendingPathComponent(name)
    }

    /// Opens a `CityStore` on this path (each call is a separate pool, like a separate process). In the store suite's
    /// PostgreSQL pass (`PostgresTestServer.storesArePostgres`) it is a database of the test server named after this
    /// value, made on the first open and dropped by `remove()`; each call is a separate connection pair.
    public func openStore(account: String = OSAccount.current) throws -> CityStore {
        guard PostgresTestServer.storesArePostgres else { return try CityStore(path: path, account: account) }
        let url: String = try lock.withLock {
            if let made = postgresURL { return made }
            let made = try PostgresTestServer.createDatabase(postgresName)
            postgresURL = made
            return made
        }
        let database = try PostgresDatabase(location: try PostgresLocation.parse(url))
        return CityStore(database: database, name: url, account: account)
    }

    /// This value's database on the PostgreSQL test server.
    private var postgresName: String {
        "ioc_test_" + (folder as NSString).lastPathComponent.replacingOccurrences(of: "-", with: "").lowercased().suffix(24)
    }
    private let lock = NSLock()
    nonisolated(unsafe) private var postgresURL: String?

    /// Removes the database file, its `-wal` and `-shm` companions, and the folder. Safe to call twice.
    public func remove() {
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? files.removeItem(atPath: path + suffix)
        }
        try? files.removeItem(atPath: folder)
        let made = lock.withLock { () -> Bool in defer { postgresURL = nil }; return postgresURL != nil }
        if made { PostgresTestServer.dropDatabase(postgresName) }
    }

    deinit {
        remove()
    }
}
