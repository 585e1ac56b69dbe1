import Foundation
import IOCStore

/// A store's database that can be cut off on demand, for the offline-first poller's tests: `.down` fails every call
/// before it reaches the database, `.commitLost` lets a write commit and then reports the connection lost (the
/// answer to COMMIT never came), `.refusing` fails writes as the database refusing them (not a lost connection).
final class FlakyDatabase: StoreDatabase, @unchecked Sendable {
    enum Mode { case up, down, commitLost, refusing }
    struct Cut: Error, CustomStringConvertible { var description: String { "connection refused (test)" } }
    struct Refused: Error, CustomStringConvertible { var description: String { "value too long for its column (test)" } }

    private let base: any StoreDatabase
    private let lock = NSLock()
    private var _mode = Mode.up
    var mode: Mode {
        get { lock.withLock { _mode } }
        set { lock.withLock { _mode = newValue } }
    }

    init(_ base: any StoreDatabase) { self.base = base }

    var engine: SQLEngine { base.engine }

    func read<T>(_ body: (SQLSession) throws -> T) throws -> T {
        if mode == .down { throw Cut() }
        return try base.read(body)
    }

    func write<T>(_ body: (SQLSession) throws -> T) throws -> T {
        switch mode {
        case .down: throw Cut()
        case .refusing: throw Refused()
        case .up: return try base.write(body)
        case .commitLost:
            _ = try base.write(body)
            throw Cut()
        }
    }

    func peek<T>(_ body: (SQLSession) throws -> T) throws -> T {
        if mode == .down { throw Cut() }
        return try base.peek(body)
    }

    func appliedMigrations() throws -> [String] { try base.appliedMigrations() }
    func integrityCheck() throws -> String { try base.integrityCheck() }
    func isUnreachable(_ error: any Error) -> Bool { error is Cut || base.isUnreachable(error) }
}
