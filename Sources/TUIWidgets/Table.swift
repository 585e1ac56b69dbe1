import TUICore

/// A table with a header, a severity gutter, scrolling and a highlighted selected row.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [TableRow]
    public var state: TableState
    public var styles: WidgetStyles
    public var showHeader: Bool

    public init(columns: [TableColumn], rows: [TableRow], state: TableState, styles: WidgetStyles,
                showHeader: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.styles = styles
        self.showHeader = showHeader
    }

    /// The columns with each identifier column fixed at its longest cell (or title) and the separating space, so no
    /// code is cut; other columns keep their constraints and share what is left.
    public static func identifierWidths(_ columns: [TableColumn], rows: [TableRow]) -> [TableColumn] {
        columns.enumerated().map { i, column in
            guard column.isIdentifier else { return column }
            let widest = rows.reduce(TextWidth.of(column.title)) { max($0, TextWidth.of($1.cell(i))) }
            var fixed = column
            fixed.width = .fixed(widest + (i == columns.count - 1 ? 0 : 1))
            return fixed
        }
    }

    /// How many data rows fit in an area of the given height.
    public func visibleRows(inHeight height: Int) -> Int {
        max(0, height - (showHeader ? 1 : 0))
    }

    /// Header row (with ▲/▼ on the sort column), rows scrolled by `state.offset`, the selected row in
    /// `styles.selected`, and each row's severity glyph in a 1-column gutter with the severity style.
    /// Columns are separated by one space; cells are cut with "…".
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        let gutter = 1
        let content = Rect(x: area.x + gutter, y: area.y, width: area.width - gutter, height: area.height)
        let slots = Layout.split(content, .horizontal, Self.identifierWidths(columns, rows: rows).map(\.width))
        var y = area.y
        if showHeader {
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: styles.header)
            for (i, column) in columns.enumerated() {
                var title = column.title
                if state.sortColumn == i { title += state.sortAscending ? " ▲" : " ▼" }
                draw(title, in: slots[i], y: y, last: i == columns.count - 1, alignment: column.alignment,
                     style: styles.header, into: &buffer)
            }
            y += 1
        }
        let visible = area.maxY - y
        guard visible > 0 else { return }
        let offset = min(max(0, state.offset), max(0, rows.count - visible))
        for (index, row) in rows.enumerated().dropFirst(offset).prefix(visible) {
            let rowStyle = styles.style(for: row.severity)
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            buffer.fill(line, style: rowStyle)
            if row.severity != .normal {
                buffer.write(row.severity.glyph, x: area.x, y: y, style: rowStyle.patched(with: Style(attributes: .bold)))
            }
            for (i, column) in columns.enumerated() {
                let cellWidth = i == columns.count - 1 ? slots[i].width : slots[i].width - 1
                draw(column.fit(row.cell(i), width: cellWidth), in: slots[i], y: y, last: i == columns.count - 1,
                     alignment: column.alignment, style: rowStyle, into: &buffer)
            }
            if state.selected == index {
                buffer.patchStyle(line, styles.selected)
            }
            y += 1
        }
    }

    private func draw(_ text: String, in slot: Rect, y: Int, last: Bool, alignment: Alignment, style: Style,
                      into buffer: inout Buffer) {
        let width = last ? slot.width : slot.width - 1
        guard width > 0 else { return }
        buffer.write(TextWidth.pad(text, to: width, alignment: alignment), x: slot.x, y: y, style: style,
                     maxWidth: width)
    }
}
