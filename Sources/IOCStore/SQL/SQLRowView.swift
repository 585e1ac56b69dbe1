import Foundation
import GRDBSQLite

/// A row read in place while a query steps: its columns by index, not copied into a `SQLRow` (on SQLite, the
/// statement's own columns). For the loops that read thousands of small rows a second — the dashboard's KPI
/// histories, the alarm cycle's windows, the agency tables' workload scan — where building a row per step cost more
/// than the query (Decisions 34, 38).
public struct SQLRowView {
    enum Storage {
        case sqlite(OpaquePointer)
        case row(SQLRow)
    }

    let storage: Storage

    public func isNull(_ i: Int) -> Bool {
        switch storage {
        case .sqlite(let h): return sqlite3_column_type(h, Int32(i)) == SQLITE_NULL
        case .row(let r): return r.values[i].isNull
        }
    }

    /// The column as a whole number (0 for NULL or text).
    public func int64(_ i: Int) -> Int64 {
        switch storage {
        case .sqlite(let h): return sqlite3_column_int64(h, Int32(i))
        case .row(let r): return Int64(sqlValue: r.values[i]) ?? 0
        }
    }

    /// The column as a number (0 for NULL or text).
    public func double(_ i: Int) -> Double {
        switch storage {
        case .sqlite(let h): return sqlite3_column_double(h, Int32(i))
        case .row(let r): return Double(sqlValue: r.values[i]) ?? 0
        }
    }

    /// The column as text, nil for NULL.
    public func text(_ i: Int) -> String? {
        switch storage {
        case .sqlite(let h):
            // By its byte count: a NUL inside the text is kept.
            guard let bytes = sqlite3_column_text(h, Int32(i)) else { return nil }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(h, Int32(i)))), as: UTF8.self)
        case .row(let r): return String(sqlValue: r.values[i])
        }
    }

    /// The column's bytes (a blob; PostgreSQL's bytea), nil for NULL or another type.
    public func blob(_ i: Int) -> [UInt8]? {
        switch storage {
        case .sqlite(let h):
            guard sqlite3_column_type(h, Int32(i)) == SQLITE_BLOB, let bytes = sqlite3_column_blob(h, Int32(i)) else { return nil }
            return Array(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(h, Int32(i)))))
        case .row(let r):
            guard case .blob(let b) = r.values[i] else { return nil }
            return b
        }
    }

    /// Calls `body` with the UTF-8 bytes of a text column and their count (nil for NULL), without making a String.
    public func withText<R>(_ i: Int, _ body: (UnsafePointer<UInt8>?, Int) -> R) -> R {
        switch storage {
        case .sqlite(let h):
            return body(sqlite3_column_text(h, Int32(i)), Int(sqlite3_column_bytes(h, Int32(i))))
        case .row(let r):
            guard case .text(let t) = r.values[i] else { return body(nil, 0) }
            var bytes = Array(t.utf8)
            let count = bytes.count
            return bytes.withUnsafeMutableBufferPointer { body(UnsafePointer($0.baseAddress), count) }
        }
    }
}
