import Foundation
import PostgresNIO

/// Connections whose close did not finish in time (`closeIfOpen`), kept until the process ends: postgres-nio
/// asserts that a connection is closed before it is deinitialised. Rare (a server that vanished mid-close), so the
/// list stays short.
enum AbandonedConnections {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [PostgresConnection] = []

    static func keep(_ connection: PostgresConnection) {
        lock.withLock { kept.append(connection) }
    }
}
