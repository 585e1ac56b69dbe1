import TUICore

/// A bordered box with a title at the top-left, the data age at the top-right and a status glyph.
public struct Panel: Sendable {
    public var title: String
    public var age: String?
    public var focused: Bool
    public var status: Severity
    public var styles: WidgetStyles

    public init(title: String, age: String? = nil, focused: Bool = false, status: Severity = .normal,
                styles: WidgetStyles) {
        self.title = title
        self.age = age
        self.focused = focused
        self.status = status
        self.styles = styles
    }

    /// Draws border (box-drawing ─│┌┐└┘, heavier or styled when focused), title at top-left " Title ", age at the
    /// top-right (" 12s "), status glyph before the title when not normal. Returns the inner area.
    ///
    /// Clears the whole area first; with `clearingInside: false` only the border (for a caller that draws every cell
    /// of the inner area itself, as pasting a body does). The age is dropped when keeping it would cut the title below 12 columns; areas under 2×2 get only the
    /// title on their first row and an empty inner area.
    /// The inner area a panel drawn over `area` leaves for its body (what `render` returns).
    public static func innerArea(_ area: Rect) -> Rect { area.inset(1) }

    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect, clearingInside: Bool = true) -> Rect {
        guard !area.isEmpty else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        if clearingInside || area.width < 2 || area.height < 2 {
            buffer.fill(area, style: styles.text)
        }
        let statusStyle = styles.style(for: status)
        let titleText = status == .normal ? title : title.isEmpty ? status.glyph : status.glyph + " " + title
        guard area.width >= 2, area.height >= 2 else {
            buffer.write(TextWidth.truncate(titleText, to: area.width), x: area.x, y: area.y,
                         style: status == .normal ? styles.title : statusStyle, maxWidth: area.width)
            return Self.innerArea(area)
        }
        let border = focused ? styles.borderFocused : styles.border
        let glyphs = focused ? ["━", "┃", "┏", "┓", "┗", "┛"] : ["─", "│", "┌", "┐", "└", "┘"]
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        buffer.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), style: border, grapheme: glyphs[0])
        buffer.fill(Rect(x: area.x + 1, y: bottom, width: area.width - 2, height: 1), style: border, grapheme: glyphs[0])
        buffer.fill(Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2), style: border, grapheme: glyphs[1])
        buffer.fill(Rect(x: right, y: area.y + 1, width: 1, height: area.height - 2), style: border, grapheme: glyphs[1])
        buffer.write(glyphs[2], x: area.x, y: area.y, style: border)
        buffer.write(glyphs[3], x: right, y: area.y, style: border)
        buffer.write(glyphs[4], x: area.x, y: bottom, style: border)
        buffer.write(glyphs[5], x: right, y: bottom, style: border)

        // Space between the corners: " title " then, if room remains, " age " right-aligned.
        let room = area.width - 2
        var ageText = age.map { " \($0) " } ?? ""
        let ageWidth = TextWidth.of(ageText)
        let titleWidth = TextWidth.of(titleText) + 2
        if ageWidth > 0, titleWidth + ageWidth + 1 > room, room - ageWidth - 1 < min(titleWidth, 12) {
            // The title would be cut to fewer than 12 columns: the age goes first.
            ageText = ""
        }
        let titleRoom = room - (ageText.isEmpty ? 0 : TextWidth.of(ageText) + 1)
        if titleRoom >= 3, !title.isEmpty || status != .normal {
            let shown = TextWidth.truncate(titleText, to: titleRoom - 2)
            var x = area.x + 1
            x += buffer.write(" ", x: x, y: area.y, style: styles.title)
            if status != .normal {
                x += buffer.write(status.glyph, x: x, y: area.y, style: statusStyle.patched(with: Style(attributes: .bold)))
                let rest = String(shown.dropFirst(status.glyph.count))
                x += buffer.write(rest, x: x, y: area.y, style: styles.title)
            } else {
                x += buffer.write(shown, x: x, y: area.y, style: styles.title)
            }
            buffer.write(" ", x: x, y: area.y, style: styles.title)
        }
        if !ageText.isEmpty {
            let ageStyle = status == .stale ? styles.stale : styles.muted
            buffer.write(ageText, x: right - TextWidth.of(ageText), y: area.y, style: ageStyle)
        }
        return Self.innerArea(area)
    }
}
