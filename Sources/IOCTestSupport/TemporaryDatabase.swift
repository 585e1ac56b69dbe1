import Foundation
import IOCStore

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

    /// Opens a `CityStore` on this path (each call is a separate pool, like a separate process).
    public func openStore() throws -> CityStore {
        try CityStore(path: path)
    }

    /// Removes the database file, its `-wal` and `-shm` companions, and the folder. Safe to call twice.
    public func remove() {
        let files = FileManager.default
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? files.removeItem(atPath: path + suffix)
        }
        try? files.removeItem(atPath: folder)
    }

    deinit {
        remove()
    }
}
