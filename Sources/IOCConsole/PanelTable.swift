import IOCDomain
import TUICore
import TUIWidgets

/// A panel's content as a table: a summary line, columns, rows, and where each row leads on Enter.
public struct PanelTable: Sendable {
    public var summary: String?
    public var summarySeverity: Severity
    public var columns: [TableColumn]
    public var rows: [TableRow]
    public var targets: [DrillTarget?]
    /// Columns to give up, first to last, when the panel is too narrow to show them all with readable names.
    public var dropOrder: [Int] = []

    public init(summary: String? = nil, summarySeverity: Severity = .normal, columns: [TableColumn],
                rows: [TableRow] = [], targets: [DrillTarget?] = []) {
        self.summary = summary; self.summarySeverity = summarySeverity; self.columns = columns
        self.rows = rows; self.targets = targets
    }

    /// The table with columns dropped (in `dropOrder`) until every fill column gets at least `minFill` cells.
    /// Returns the kept original column indices too, so a sort column can be mapped.
    /// Identifier columns (case codes) are never dropped and take their whole width first (`Table.identifierWidths`).
    func fitted(width: Int, minFill: Int = 14) -> (table: PanelTable, kept: [Int]) {
        let columns = Table.identifierWidths(self.columns, rows: rows)
        var keep = Array(columns.indices)
        func needed() -> Int {
            keep.reduce(1) { total, i in
                switch columns[i].width {
                case .fixed(let n), .min(let n): return total + n
                case .percent(let p): return total + width * p / 100
                case .fill: return total + minFill
                }
            }
        }
        var order = dropOrder.filter { !columns[$0].isIdentifier }[...]
        while needed() > width, let next = order.popFirst() { keep.removeAll { $0 == next } }
        guard keep.count < columns.count else { return (self, keep) }
        var t = self
        t.columns = keep.map { columns[$0] }
        t.rows = rows.map { row in TableRow(cells: keep.map { $0 < row.cells.count ? row.cells[$0] : "" }, severity: row.severity) }
        return (t, keep)
    }

    mutating func append(_ cells: [String], severity: Severity = .normal, target: DrillTarget? = nil) {
        rows.append(TableRow(cells: cells, severity: severity))
        targets.append(target)
    }
}
