/// A connection to the store's database inside one transaction (or one statement, for `CityStore.peek`): the only
/// way the store's logic talks to an engine, so the same logic runs on SQLite and on PostgreSQL. Placeholders are
/// `?` (the next argument) or `?N` (the N-th); an engine that numbers them otherwise rewrites them.
public protocol SQLSession: AnyObject {
    /// Runs a statement that returns no rows; how many rows it changed.
    @discardableResult
    func execute(sql: String, arguments: SQLArguments) throws -> Int
    /// Every row of a query.
    func fetchAll(sql: String, arguments: SQLArguments) throws -> [SQLRow]
    /// Calls `body` with each row of a query in turn (for answers too large to hold at once); `body` returns false
    /// to stop early.
    func forEachRow(sql: String, arguments: SQLArguments, _ body: (SQLRow) throws -> Bool) throws
    /// Calls `row` with each row of a query read in place (`SQLRowView`): the hot loops' way to read.
    func step(sql: String, arguments: SQLArguments, _ row: (SQLRowView) throws -> Void) throws
    /// The engine's dialect, for the few statements written differently on each.
    var engine: SQLEngine { get }
}

extension SQLSession {
    @discardableResult
    public func execute(sql: String) throws -> Int { try execute(sql: sql, arguments: []) }

    public func fetchAll(sql: String) throws -> [SQLRow] { try fetchAll(sql: sql, arguments: []) }

    /// Every row through `forEachRow`, each as a decoded row: an engine without an in-place reader.
    public func stepDecoded(sql: String, arguments: SQLArguments, _ row: (SQLRowView) throws -> Void) throws {
        try forEachRow(sql: sql, arguments: arguments) { try row(SQLRowView(storage: .row($0))); return true }
    }

    /// The first row of a query, or nil.
    public func fetchOne(sql: String, arguments: SQLArguments = []) throws -> SQLRow? {
        var first: SQLRow?
        try forEachRow(sql: sql, arguments: arguments) { first = $0; return false }
        return first
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func fetchOne<T: SQLValueConvertible>(_ type: T.Type, sql: String, arguments: SQLArguments = []) throws -> T? {
        guard let row = try fetchOne(sql: sql, arguments: arguments), let value = row.values.first else { return nil }
        return T(sqlValue: value)
    }

    /// The first column of every row (NULLs and values not of the type left out).
    public func fetchAll<T: SQLValueConvertible>(_ type: T.Type, sql: String, arguments: SQLArguments = []) throws -> [T] {
        try fetchAll(sql: sql, arguments: arguments).compactMap { $0.values.first.flatMap(T.init(sqlValue:)) }
    }
}

/// Which engine a session talks to.
public enum SQLEngine: String, Sendable {
    case sqlite
    case postgres
}
