/// A column: `key` names it for programs (snake_case, the CSV header), `label` for people; a numeric column is
/// aligned right. `readable: false` keeps it out of the forms people read (a code beside a name).
public struct ReportColumn: Sendable {
    public var key: String
    public var label: String
    public var numeric: Bool
    public var readable: Bool

    public init(_ key: String, _ label: String, numeric: Bool = true, readable: Bool = true) {
        self.key = key; self.label = label; self.numeric = numeric; self.readable = readable
    }
}
