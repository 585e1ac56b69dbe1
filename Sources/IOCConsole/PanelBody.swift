import TUICore
import TUIWidgets

/// What a table body inside a panel draws (its summary line, then the table fitted to the width), and everything
/// that decides its cells: two equal bodies draw the same cells, so a body drawn once can be pasted again
/// (`PanelBodies`). The drill targets are not part of it: they decide where Enter leads, not what is drawn.
struct PanelBody: Hashable {
    var summary: String?
    var summarySeverity: Severity
    var columns: [TableColumn]
    var rows: [TableRow]
    var dropOrder: [Int]
    var joinColumn: Int?
    var joinInto: Int?
    var joined: [String?]
    var compactColumn: Int?
    var compact: [String?]
    var minFill: Int
    var state: TableState
    var width: Int
    var height: Int
    var styles: WidgetStyles

    init(_ content: PanelTable, state: TableState, width: Int, height: Int, styles: WidgetStyles) {
        summary = content.summary
        summarySeverity = content.summarySeverity
        columns = content.columns
        rows = content.rows
        dropOrder = content.dropOrder
        joinColumn = content.joinWhenDropped?.column
        joinInto = content.joinWhenDropped?.into
        joined = content.joined
        compactColumn = content.compactColumn
        compact = content.compact
        minFill = content.minFill
        self.state = state
        self.width = width
        self.height = height
        self.styles = styles
    }

    /// The table these fields came from, without its drill targets.
    var table: PanelTable {
        var t = PanelTable(summary: summary, summarySeverity: summarySeverity, columns: columns, rows: rows)
        t.dropOrder = dropOrder
        t.joinWhenDropped = joinColumn.flatMap { column in joinInto.map { (column: column, into: $0) } }
        t.joined = joined
        t.compactColumn = compactColumn
        t.compact = compact
        t.minFill = minFill
        return t
    }

    /// Draws the summary line (from 3 rows up) and the table into `inner`, which must be `width`×`height`.
    func render(into b: inout Buffer, inner: Rect) {
        let content = table
        var tableArea = inner
        if let summary = content.summary, inner.height >= 3 {
            let glyph = content.summarySeverity == .normal ? "" : content.summarySeverity.glyph + " "
            b.write(SummaryFitting.fit(glyph + summary, width: inner.width), x: inner.x, y: inner.y,
                    style: styles.style(for: content.summarySeverity), maxWidth: inner.width)
            tableArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let (fitted, kept) = content.fitted(width: tableArea.width)
        var visibleState = state
        visibleState.sortColumn = state.sortColumn.flatMap { kept.firstIndex(of: $0) }
        let visible = max(1, tableArea.height - 1)
        if let sel = visibleState.selected {
            if sel < visibleState.offset { visibleState.offset = sel }
            if sel >= visibleState.offset + visible { visibleState.offset = sel - visible + 1 }
        }
        visibleState.offset = max(0, min(visibleState.offset, max(0, fitted.rows.count - visible)))
        Table(columns: fitted.columns, rows: fitted.rows, state: visibleState, styles: styles).render(into: &b, area: tableArea)
    }
}
