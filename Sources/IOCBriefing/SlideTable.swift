import TUICore
import TUIWidgets

/// A table for the wall: a header, then rows spaced one blank line apart when there is room, so rows read at a
/// distance. Each row's state shows as its glyph in the first column as well as its style.
struct SlideTable {
    var columns: [TableColumn]
    var rows: [TableRow]
    var styles: BriefingStyles
    /// Styles laid over the last column of each row (e.g. a VN_AQI bar in its band's colour).
    var lastColumnStyles: [Style] = []

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        Table(columns: columns, rows: [], state: TableState(), styles: styles.widget)
            .render(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        let room = area.height - 1
        let step = room >= rows.count * 2 ? 2 : 1
        for (i, row) in rows.prefix(room / step).enumerated() {
            let y = area.y + 1 + (step == 2 ? 1 : 0) + i * step
            guard y < area.maxY else { break }
            Table(columns: columns, rows: [row], state: TableState(), styles: styles.widget, showHeader: false)
                .render(into: &buffer, area: Rect(x: area.x, y: y, width: area.width, height: 1))
            if i < lastColumnStyles.count, case .fixed(let w) = columns[columns.count - 1].width {
                buffer.setStyle(Rect(x: area.maxX - w, y: y, width: w, height: 1), lastColumnStyles[i])
            }
        }
    }

    /// Rows a caption (and the blank row under it) and a table of `rows` rows take, spaced apart or not.
    static func captionedHeight(rows: Int, spaced: Bool) -> Int { 2 + 1 + (spaced ? 2 : 1) * max(1, rows) }

    /// A bar of `width` cells filled to `ratio` (0…1) with `█`, the rest `░`.
    static func bar(_ ratio: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let r = ratio.isFinite ? min(max(ratio, 0), 1) : 0
        let filled = Int((r * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
