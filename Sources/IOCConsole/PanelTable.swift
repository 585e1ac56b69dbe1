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
    /// When `column` is dropped, a row's `joined` text (if it has one) replaces its cell in `into`: the alarm list's
    /// Agency column, when there is no room for it, is said after what happened.
    public var joinWhenDropped: (column: Int, into: Int)?
    /// Each row's text for `joinWhenDropped.into` when `joinWhenDropped.column` is not shown (nil: the cell as it is).
    public var joined: [String?] = []
    /// A column whose cells have shorter forms (each row's, nil: as it is), used when the panel is too narrow to show
    /// every column: the alarm list's state words ("! Chưa XN" for "! Chưa xác nhận") leave room after what happened
    /// for the agency, which tells two alarms of the same kind apart.
    public var compactColumn: Int?
    public var compact: [String?] = []

    public init(summary: String? = nil, summarySeverity: Severity = .normal, columns: [TableColumn],
                rows: [TableRow] = [], targets: [DrillTarget?] = []) {
        self.summary = summary; self.summarySeverity = summarySeverity; self.columns = columns
        self.rows = rows; self.targets = targets
    }

    /// The fewest cells a fill column must get before `dropOrder` gives columns up.
    public var minFill = 14

    /// The table with columns dropped (in `dropOrder`) until every fill column gets at least `minFill` cells.
    /// Returns the kept original column indices too, so a sort column can be mapped.
    /// Identifier columns (case codes) are never dropped and take their whole width first (`Table.identifierWidths`).
    func fitted(width: Int, minFill: Int? = nil) -> (table: PanelTable, kept: [Int]) {
        let full = droppingColumns(width: width, minFill: minFill ?? self.minFill)
        guard full.kept.count < columns.count, let column = compactColumn else { return full }
        // Too narrow for every column: the short forms first, then as few columns dropped as they allow.
        var t = self
        t.compactColumn = nil
        t.rows = rows.enumerated().map { index, row in
            guard index < compact.count, let short = compact[index], column < row.cells.count else { return row }
            var row = row
            row.cells[column] = short
            return row
        }
        return t.droppingColumns(width: width, minFill: minFill ?? self.minFill)
    }

    private func droppingColumns(width: Int, minFill: Int) -> (table: PanelTable, kept: [Int]) {
        let columns = Table.identifierWidths(self.columns, rows: rows)
        var keep = Array(columns.indices)
        func needed() -> Int {
            keep.reduce(1) { total, i in
                switch columns[i].width {
                case .fixed(let n), .min(let n): return total + n
                case .percent(let p): return total + width * p / 100
                case .fill: return total + minFill + joinedRoom(i)
                }
            }
        }
        // A column that takes a dropped column's text after its own needs room for the separator and the kept tail
        // too ("14 hồ sơ sắp trễ hạn · Sở Tài…"): without it the tail was cut away and two rows read the same.
        func joinedRoom(_ i: Int) -> Int {
            guard let j = joinWhenDropped, j.into == i, !keep.contains(j.column) else { return 0 }
            return columns[i].keepsCutTail + TextWidth.of(columns[i].trailingSeparator ?? "")
        }
        var order = dropOrder.filter { !columns[$0].isIdentifier }[...]
        while needed() > width, let next = order.popFirst() { keep.removeAll { $0 == next } }
        guard keep.count < columns.count else { return (self, keep) }
        var t = self
        t.columns = keep.map { columns[$0] }
        let join = joinWhenDropped.flatMap { j in keep.contains(j.column) ? nil : keep.firstIndex(of: j.into) }
        t.rows = rows.enumerated().map { index, row in
            var kept = row.keeping(keep)
            if let join, index < joined.count, let text = joined[index] { kept.cells[join] = text }
            return kept
        }
        return (t, keep)
    }

    mutating func append(_ cells: [TableCell], severity: Severity = .normal, target: DrillTarget? = nil, joined text: String? = nil,
                         compact short: String? = nil) {
        rows.append(TableRow(cells, severity: severity))
        targets.append(target)
        joined.append(text)
        compact.append(short)
    }
}
