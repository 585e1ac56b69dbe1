import TUIWidgets

/// A panel table with the operator's sort applied to rows and their drill targets together.
struct SortedTable {
    var table: PanelTable

    init(_ table: PanelTable, state: TableState) {
        var t = table
        if let column = state.sortColumn, column < t.columns.count, !t.rows.isEmpty {
            // The order of the rows, so that what goes with each (where it leads, its other texts) follows it.
            let order = TableState.sortedOrder(t.rows, column: column, ascending: state.sortAscending)
            t.rows = order.map { t.rows[$0] }
            t.targets = order.map { $0 < t.targets.count ? t.targets[$0] : nil }
            t.joined = order.map { $0 < t.joined.count ? t.joined[$0] : nil }
            t.compact = order.map { $0 < t.compact.count ? t.compact[$0] : nil }
        }
        self.table = t
    }

    func target(at index: Int?) -> DrillTarget? {
        guard let i = index, i >= 0, i < table.targets.count else { return nil }
        return table.targets[i]
    }
}
