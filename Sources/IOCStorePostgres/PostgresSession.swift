import Foundation
import IOCStore
import Logging
import NIOCore
import PostgresNIO

/// A `SQLSession` on one PostgreSQL connection, inside the transaction `PostgresDatabase` opened. Every call waits
/// for its answer on the calling thread (the store's API is synchronous, as its callers are); never call it on an
/// event loop. Arguments go as untyped text (`UntypedValue`), answers come back as `SQLValue`s by column type.
final class PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger
    var engine: SQLEngine { .postgres }

    init(_ connection: PostgresConnection, logger: Logger) {
        self.connection = connection; self.logger = logger
    }

    @discardableResult
    func execute(sql: String, arguments: SQLArguments) throws -> Int {
        let result = try run(sql, arguments)
        return result.metadata.rows ?? 0
    }

    func fetchAll(sql: String, arguments: SQLArguments) throws -> [SQLRow] {
        let result = try run(sql, arguments)
        guard let first = result.rows.first else { return [] }
        let columns = SQLColumns(first.map(\.columnName))
        return try result.rows.map { row in SQLRow(values: try row.map(Self.value), columns: columns) }
    }

    func forEachRow(sql: String, arguments: SQLArguments, _ body: (SQLRow) throws -> Bool) throws {
        for row in try fetchAll(sql: sql, arguments: arguments) {
            guard try body(row) else { return }
        }
    }

    func step(sql: String, arguments: SQLArguments, _ row: (SQLRowView) throws -> Void) throws {
        try stepDecoded(sql: sql, arguments: arguments, row)
    }

    /// Runs one statement (the extended protocol: parsed, bound, executed), waiting for all its rows.
    func run(_ sql: String, _ arguments: SQLArguments) throws -> PostgresQueryResult {
        let query = PostgresQuery(unsafeSQL: Placeholders.postgres(sql), binds: Self.bindings(arguments))
        do {
            // The server gives up a statement after 60 s (`statement_timeout`); the client waits a little longer.
            return try connection.query(query, logger: logger).waitAtMost(75, "a statement", on: connection)
        } catch let error as PSQLError {
            throw PostgresFailure(error)
        }
    }

    static func bindings(_ arguments: SQLArguments) -> PostgresBindings {
        var binds = PostgresBindings(capacity: arguments.values.count)
        for value in arguments.values {
            switch value {
            case .null: binds.appendNull()
            case .integer(let v): binds.append(UntypedValue(text: String(v)))
            case .real(let v): binds.append(UntypedValue(text: v.isFinite ? "\(v)" : (v.isNaN ? "NaN" : (v > 0 ? "Infinity" : "-Infinity"))))
            // PostgreSQL refuses a NUL in text (SQLite keeps it): it is dropped, never the whole write refused.
            // (Looked for as a byte: Foundation's `contains` on a String went through CFStringFind, 5 % of a read.)
            case .text(let t): binds.append(UntypedValue(text: t.utf8.contains(0) ? t.replacingOccurrences(of: "\u{0}", with: "") : t))
            case .blob(let b): binds.append(UntypedValue(text: "\\x" + b.map { String(format: "%02x", $0) }.joined()))
            }
        }
        return binds
    }

    /// A cell as the store reads it: whole numbers (and booleans, as 0 or 1) as integers, other numbers as reals,
    /// text as text, bytes as a blob.
    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric:
            let decimal = try cell.decode(Decimal.self)
            let number = NSDecimalNumber(decimal: decimal)
            if decimal == Decimal(number.int64Value) { return .integer(number.int64Value) }
            return .real(number.doubleValue)
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea:
            var buffer = cell.bytes!
            return .blob(buffer.readBytes(length: buffer.readableBytes) ?? [])
        default: return .text(try cell.decode(String.self))
        }
    }
}
