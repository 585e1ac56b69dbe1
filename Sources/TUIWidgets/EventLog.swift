import TUICore

/// A scrolling log of events: the newest at the bottom, older ones clipped off the top.
public struct EventLog: Sendable {
    public var lines: [EventLogLine]
    public var styles: WidgetStyles

    public init(lines: [EventLogLine], styles: WidgetStyles) {
        self.lines = lines
        self.styles = styles
    }

    /// Each row: severity glyph, time (muted), text in the severity style, cut with "…".
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let shown = lines.suffix(area.height)
        var y = area.maxY - shown.count
        for line in shown {
            let style = styles.style(for: line.severity)
            var x = area.x
            x += buffer.write(line.severity.glyph, x: x, y: y, style: style.patched(with: Style(attributes: .bold)),
                              maxWidth: area.maxX - x)
            if area.maxX - x > 1 {
                x += buffer.write(" ", x: x, y: y, style: styles.text)
                let time = TextWidth.truncate(line.time, to: area.maxX - x)
                x += buffer.write(time, x: x, y: y, style: styles.muted)
                if area.maxX - x > 1 {
                    x += buffer.write(" ", x: x, y: y, style: styles.text)
                    buffer.write(TextWidth.truncate(line.text, to: area.maxX - x), x: x, y: y, style: style)
                }
            }
            y += 1
        }
    }
}
