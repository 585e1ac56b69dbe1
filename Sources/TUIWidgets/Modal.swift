import TUICore

/// A centred box over everything else, for prompts, notes and confirmations.
public struct Modal: Sendable {
    public var title: String
    public var lines: [String]
    public var styles: WidgetStyles

    public init(title: String, lines: [String], styles: WidgetStyles) {
        self.title = title
        self.lines = lines
        self.styles = styles
    }

    /// Clears a box sized to the title and lines (clipped to `area`), draws a focused panel border and the
    /// lines inside with one column of padding. Returns the box.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        guard !area.isEmpty else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let contentWidth = max(TextWidth.of(title) + 4, lines.map(TextWidth.of).max() ?? 0)
        let box = area.centered(width: contentWidth + 4, height: lines.count + 2)
        let inner = Panel(title: title, focused: true, styles: styles).render(into: &buffer, area: box)
        let textArea = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        guard !textArea.isEmpty else { return box }
        for (i, line) in lines.prefix(textArea.height).enumerated() {
            buffer.write(TextWidth.truncate(line, to: textArea.width), x: textArea.x, y: textArea.y + i,
                         style: styles.text)
        }
        return box
    }
}
