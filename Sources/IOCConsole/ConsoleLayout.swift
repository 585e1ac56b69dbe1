import IOCConfig
import IOCScreenConfig
import TUICore

/// Where each part of the screen goes for a model's size: the panels of the active arrangement, the status bar
/// (top row) and the help bar (bottom row). Shared by update (selection paging) and view (drawing).
struct ConsoleLayout {
    var statusBar: Rect
    var body: Rect
    var helpBar: Rect
    var panels: [(spec: PanelSpec, rect: Rect)]

    init(model: ConsoleModel) {
        let full = Rect(x: 0, y: 0, width: max(0, model.width), height: max(0, model.height))
        let parts = Layout.split(full, .vertical, [.fixed(1), .fill(1), .fixed(1)])
        statusBar = parts[0]
        body = parts[1]
        helpBar = parts[2]
        let rows = model.activeRows
        let rowRects = Layout.split(body, .vertical, rows.map(\.height))
        var result: [(PanelSpec, Rect)] = []
        for (row, rowRect) in zip(rows, rowRects) {
            let cells = Layout.split(rowRect, .horizontal, row.panels.map(\.width))
            for (spec, rect) in zip(row.panels, cells) { result.append((spec, rect)) }
        }
        panels = result
    }

    /// Rows of a table that fit in a panel: minus borders, summary line and header.
    static func visibleRows(in rect: Rect, hasSummary: Bool) -> Int {
        max(1, rect.height - 2 - 1 - (hasSummary ? 1 : 0))
    }
}
