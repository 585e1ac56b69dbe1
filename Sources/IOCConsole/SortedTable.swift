import TUIWidgets

/// A panel table with the operator's sort applied to rows and their drill targets together.
struct SortedTable {
    var table: PanelTable

    init(_ table: PanelTable, state: TableState) {
        var t = table
        if let column = state.sortColumn, column < t.columns.count, !t.rows.isEmpty {
            // Tag each row with its index in a hidden last cell so targets follow the sorted rows.
            let tagged = t.rows.enumerated().map { TableRow(cells: $0.element.cells + [String($0.offset)], severity: $0.element.severity) }
            let sorted = TableState.sorted(tagged, column: column, ascending: state.sortAscending)
            let order = sorted.map { Int($0.cells.last ?? "") ?? 0 }
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
