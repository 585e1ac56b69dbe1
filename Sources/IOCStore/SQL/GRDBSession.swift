import Foundation
import GRDB
import GRDBSQLite
import IOCDomain

/// A `SQLSession` on a GRDB database connection (SQLite). Every statement is GRDB's cached statement of its text:
/// prepared once per connection and reused, as the store's hot paths (a poll's batch, the dashboard's reads) need.
final class GRDBSession: SQLSession {
    let db: Database
    var engine: SQLEngine { .sqlite }

    init(_ db: Database) { self.db = db }

    @discardableResult
    func execute(sql: String, arguments: SQLArguments) throws -> Int {
        let statement = try db.cachedStatement(sql: sql)
        try statement.execute(arguments: Self.arguments(arguments))
        return db.changesCount
    }

    func fetchAll(sql: String, arguments: SQLArguments) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try forEachRow(sql: sql, arguments: arguments) { rows.append($0); return true }
        return rows
    }

    func forEachRow(sql: String, arguments: SQLArguments, _ body: (SQLRow) throws -> Bool) throws {
        let statement = try db.cachedStatement(sql: sql)
        let columns = SQLColumns(statement.columnNames)
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        while let row = try cursor.next() {
            var values: [SQLValue] = []
            values.reserveCapacity(row.count)
            for value in row.databaseValues { values.append(Self.value(value)) }
            guard try body(SQLRow(values: values, columns: columns)) else { return }
        }
    }

    /// Steps the cached statement through the C API, binding the arguments directly and reading columns in place.
    func step(sql: String, arguments: SQLArguments, _ row: (SQLRowView) throws -> Void) throws {
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, value) in arguments.values.enumerated() {
            let index = Int32(i + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            // The UTF-8 byte count, not -1: a NUL inside the text is kept, as GRDB's own binding keeps it.
            case .text(let t): code = t.utf8CString.withUnsafeBufferPointer {
                sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count - 1), transient)
            }
            case .blob(let b): code = b.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), transient) }
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
        let view = SQLRowView(storage: .sqlite(handle))
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw error(code) }
            try row(view)
        }
    }

    /// The observations of a poll through one cached statement bound through the C API (`sql` takes series id,
    /// time, value, quality, source id): no row of arguments is built per value, the source id is bound once.
    func insertObservations(sql: String, _ observations: [Observation], seriesIDs ids: [String: Int64], sourceID: String) throws {
        let handle = try db.cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        // Bindings survive sqlite3_reset: the source id is bound once, copied by SQLite (SQLITE_TRANSIENT).
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        var code = sourceID.withCString { sqlite3_bind_text(handle, 5, $0, -1, transient) }
        guard code == SQLITE_OK else { throw error(code) }
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for o in observations where o.value.isFinite {
            sqlite3_bind_int64(handle, 1, ids[o.seriesKey]!)
            sqlite3_bind_int64(handle, 2, o.time.unixMillis)
            sqlite3_bind_double(handle, 3, o.value)
            sqlite3_bind_int64(handle, 4, Int64(o.quality.rawValue))
            code = sqlite3_step(handle)
            guard code == SQLITE_DONE else { throw error(code) }
            sqlite3_reset(handle)
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let v): return .integer(v)
        case .double(let v): return .real(v)
        case .string(let s): return .text(s)
        case .blob(let d): return .blob([UInt8](d))
        }
    }

    static func arguments(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(arguments.values.map { value -> DatabaseValue in
            switch value {
            case .null: return .null
            case .integer(let v): return v.databaseValue
            case .real(let v): return v.databaseValue
            case .text(let s): return s.databaseValue
            case .blob(let b): return Data(b).databaseValue
            }
        })
    }
}
