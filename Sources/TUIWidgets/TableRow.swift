/// One table row: its cells' texts (one per column), the values they sort by (nil: by the text), and its state.
public struct TableRow: Sendable, Hashable {
    public var cells: [String]
    /// The sort value of each cell; shorter than `cells` (or empty) where cells sort by their text.
    public var values: [Double?]
    public var severity: Severity

    public init(cells: [String], values: [Double?] = [], severity: Severity = .normal) {
        self.cells = cells
        self.values = values
        self.severity = severity
    }

    public init(_ cells: [TableCell], severity: Severity = .normal) {
        self.init(cells: cells.map(\.text), values: cells.map(\.value), severity: severity)
    }

    /// The cell in `column`, or "" when the row is shorter.
    public func cell(_ column: Int) -> String {
        column >= 0 && column < cells.count ? cells[column] : ""
    }

    /// The sort value of the cell in `column`, or nil (it sorts by its text).
    public func value(_ column: Int) -> Double? {
        column >= 0 && column < values.count ? values[column] : nil
    }

    /// The row with only `columns`, in that order, texts and values together.
    public func keeping(_ columns: [Int]) -> TableRow {
        TableRow(cells: columns.map { cell($0) }, values: columns.map { value($0) }, severity: severity)
    }
}
