import Foundation

/// One value as an SQL engine stores it: what the store writes and reads, the same on SQLite and on PostgreSQL.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var isNull: Bool { if case .null = self { return true } else { return false } }
}
