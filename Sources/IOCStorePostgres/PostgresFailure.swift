import PostgresNIO

/// An error from PostgreSQL as the store reports it: the server's message (a trigger's "audit is append-only", a
/// constraint's name), its SQLSTATE, and whether the connection itself failed (the store then connects again).
public struct PostgresFailure: Error, CustomStringConvertible {
    public let message: String
    public let sqlState: String?
    /// The connection was lost or could not be made: the next call connects again.
    public let connectionLost: Bool
    /// The server refused the work for now, not for what it is: a lock or statement timeout, a serialization failure
    /// or deadlock, a read-only server (a standby during a failover), no memory or disk. Worth doing again later.
    public var passing: Bool { sqlState.map(Self.isPassing) ?? false }

    init(_ error: PSQLError) {
        if let server = error.serverInfo {
            message = server[.message] ?? "\(error.code)"
            sqlState = server[.sqlState]
            connectionLost = sqlState.map(Self.endsTheConnection) ?? false
        } else {
            message = "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
            sqlState = nil
            connectionLost = true
        }
    }

    init(message: String, connectionLost: Bool) {
        self.message = message; self.sqlState = nil; self.connectionLost = connectionLost
    }

    public var description: String { message }

    /// The SQLSTATEs with which the server ends or refuses a session rather than a statement: class 08 (connection
    /// exception), 57P01–57P05 (shut down by an administrator or a crash, cannot connect now, idle session timeout),
    /// 53300 (too many connections) and 25P03 (idle in transaction for too long).
    static func isPassing(_ state: String) -> Bool {
        ["55P03", "57014", "40001", "40P01", "25006"].contains(state) || state.hasPrefix("53") || state.hasPrefix("58")
    }

    static func endsTheConnection(_ state: String) -> Bool {
        state.hasPrefix("08") || state.hasPrefix("57P") || state == "53300" || state == "25P03"
    }
}
