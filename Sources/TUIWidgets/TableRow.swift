/// One table row: its cell texts (one per column) and its state.
public struct TableRow: Sendable, Hashable {
    public var cells: [String]
    public var severity: Severity

    public init(cells: [String], severity: Severity = .normal) {
        self.cells = cells
        self.severity = severity
    }

    /// The cell in `column`, or "" when the row is shorter.
    public func cell(_ column: Int) -> String {
        column >= 0 && column < cells.count ? cells[column] : ""
    }
}
