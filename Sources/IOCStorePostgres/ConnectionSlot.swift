import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// One PostgreSQL connection used by one caller at a time, made on first use and made again after it was lost (a
/// server restart, a network cut): the call that found it lost fails with `PostgresFailure.connectionLost`, the
/// next one connects again, so a console rides out a restart as a source that failed a poll.
final class ConnectionSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private let location: PostgresLocation
    private let logger: Logger
    private let name: String
    private static let ids = NSLock()
    nonisolated(unsafe) private static var nextID = 0

    init(location: PostgresLocation, logger: Logger, name: String) {
        self.location = location; self.logger = logger; self.name = name
    }

    func with<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let connection = try current()
        do {
            return try body(connection)
        } catch let failure as PostgresFailure {
            if failure.connectionLost || connection.isClosed { drop() }
            throw failure
        } catch {
            if connection.isClosed { drop() }
            throw error
        }
    }

    /// A connection is closed before it goes (postgres-nio asserts it): a store dropped without `close()` closes
    /// its connections here, waiting for each (never on an event loop: the store is not used there).
    deinit {
        connection?.closeIfOpen()
    }

    /// Closes the connection (the next call connects again).
    func close() {
        lock.withLock { drop() }
    }

    private func drop() {
        connection?.closeIfOpen()
        connection = nil
    }

    private func current() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        let id = Self.ids.withLock { () -> Int in Self.nextID += 1; return Self.nextID }
        do {
            let configuration = try Self.configuration(location)
            let made = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                                                      id: id, logger: logger).wait()
            // Nothing waits for ever on the server: a statement 60 s, a lock 20 s, and a transaction left open by a
            // client that vanished gives the city-wide write lock back after 60 s.
            do {
                for setting in ["statement_timeout = '60s'", "lock_timeout = '20s'", "idle_in_transaction_session_timeout = '60s'"] {
                    _ = try made.query(PostgresQuery(unsafeSQL: "SET " + setting), logger: logger).waitAtMost(10, "SET")
                }
            } catch {
                made.closeIfOpen()
                throw error
            }
            connection = made
            return made
        } catch let error as PSQLError {
            throw PostgresFailure(message: "cannot connect to \(location) (\(name)): \(PostgresFailure(error).message)",
                                  connectionLost: true)
        } catch {
            throw PostgresFailure(message: "cannot connect to \(location) (\(name)): \(error)", connectionLost: true)
        }
    }

    /// How to connect to `location`: its host, account, database and TLS, 5 s to connect.
    static func configuration(_ location: PostgresLocation) throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database,
                                                             tls: try tls(location.tls))
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    static func tls(_ mode: PostgresLocation.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}
