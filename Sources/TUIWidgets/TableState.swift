/// What the operator did to a table: selection, scroll offset and sort order.
public struct TableState: Sendable, Hashable {
    public var selected: Int?
    public var offset: Int
    public var sortColumn: Int?
    public var sortAscending: Bool

    public init() {
        selected = nil
        offset = 0
        sortColumn = nil
        sortAscending = true
    }

    /// Moves the selection by `by` rows (clamped to the rows), scrolling so it stays visible.
    /// With no selection, moving down selects from the top and moving up from the bottom.
    public mutating func moveSelection(by delta: Int, rowCount: Int, visibleRows: Int) {
        guard rowCount > 0 else {
            selected = nil
            offset = 0
            return
        }
        let target: Int
        if let selected {
            target = selected + delta
        } else {
            target = delta >= 0 ? max(0, delta - 1) : rowCount + delta
        }
        selected = min(max(target, 0), rowCount - 1)
        scrollToSelection(rowCount: rowCount, visibleRows: visibleRows)
    }

    /// Adjusts `offset` so the selected row is visible and no space is wasted past the last row.
    public mutating func scrollToSelection(rowCount: Int, visibleRows: Int) {
        let visible = max(1, visibleRows)
        if let current = selected {
            selected = rowCount > 0 ? min(max(current, 0), rowCount - 1) : nil
        }
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visible { offset = selected - visible + 1 }
        }
        offset = min(max(0, offset), max(0, rowCount - visible))
    }

    /// Rows sorted by `column`, stably: by their values where cells have one (a count, a rate, a time), else by a
    /// diacritic- and case-insensitive compare of their texts; values before texts.
    public static func sorted(_ rows: [TableRow], column: Int, ascending: Bool) -> [TableRow] {
        sortedOrder(rows, column: column, ascending: ascending).map { rows[$0] }
    }

    /// The indices of `rows` in sorted order (what goes with each row, such as where it leads, follows it).
    public static func sortedOrder(_ rows: [TableRow], column: Int, ascending: Bool) -> [Int] {
        let keys = rows.map { TableSortKey($0, column: column) }
        return rows.indices.sorted { a, b in
            let c = TableSortKey.compare(keys[a], keys[b])
            if c == 0 { return a < b }
            return ascending ? c < 0 : c > 0
        }
    }
}
