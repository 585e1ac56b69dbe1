/// A stored alarm or timeline row holds a value this build does not know (a newer build wrote it, or the file was
/// edited by hand).
public struct AlarmRecordError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The table and column, e.g. "alarm.state".
    public var column: String
    /// The unknown stored value.
    public var value: String

    public init(column: String, value: String) {
        self.column = column
        self.value = value
    }

    public var description: String { "unknown value \(value) in \(column)" }
}
