import Foundation

/// One row of a query's answer: its values by position and by column name. Reading a value as a type it cannot
/// be (NULL as a non-optional, text as a number) traps with the column's name, as reading a corrupt row must not
/// go on silently; readers that must survive a damaged row (the audit trail's verification) read `SQLValue`s.
public struct SQLRow: Sendable {
    public let values: [SQLValue]
    let columns: SQLColumns

    public init(values: [SQLValue], columns: SQLColumns) { self.values = values; self.columns = columns }

    public var count: Int { values.count }

    /// The answer's column names, in order.
    public var columnNames: [String] { columns.names }

    public subscript<T: SQLValueConvertible>(_ index: Int) -> T {
        guard let value = T(sqlValue: values[index]) else {
            preconditionFailure("column \(index) (\(columns.name(index))) holds \(values[index]), not \(T.self)")
        }
        return value
    }

    public subscript<T: SQLValueConvertible>(_ name: String) -> T {
        guard let index = columns.index(of: name) else { preconditionFailure("no column \(name) in \(columns.names)") }
        return self[index]
    }

    /// A column's value as `type`, or an error naming the column (a missing column, NULL for a non-optional, a value
    /// of another kind): for rows that may have been edited by hand, which must be reported, never trap.
    public func decode<T: SQLValueConvertible>(_ type: T.Type, forColumn name: String) throws -> T {
        guard let index = columns.index(of: name) else { throw SQLRowError(column: name, value: nil, expected: "\(T.self)") }
        guard let value = T(sqlValue: values[index]) else {
            throw SQLRowError(column: name, value: values[index], expected: "\(T.self)")
        }
        return value
    }

    /// The value of a column that may be missing from the row (nil) as well as NULL.
    public func value(named name: String) -> SQLValue? { columns.index(of: name).map { values[$0] } }

    public func hasColumn(_ name: String) -> Bool { columns.index(of: name) != nil }
}

/// The column names of one answer, shared by its rows (looked up case-insensitively, as both engines name them).
public final class SQLColumns: Sendable {
    public let names: [String]
    private let byName: [String: Int]

    public init(_ names: [String]) {
        self.names = names
        var map: [String: Int] = [:]
        for (i, name) in names.enumerated() where map[name.lowercased()] == nil { map[name.lowercased()] = i }
        byName = map
    }

    func index(of name: String) -> Int? { byName[name] ?? byName[name.lowercased()] }

    func name(_ index: Int) -> String { index < names.count ? names[index] : "#\(index)" }
}

/// A column that is not what its reader expects.
public struct SQLRowError: Error, CustomStringConvertible {
    public let column: String
    public let value: SQLValue?
    public let expected: String
    public var description: String {
        value.map { "column \(column) holds \($0), not \(expected)" } ?? "no column \(column)"
    }
}
