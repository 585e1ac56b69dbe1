import TUICore

/// A one-row list of key hints: "Tab Chuyển  ↵ Chi tiết  ? Trợ giúp  q Thoát".
public struct HelpBar: Sendable {
    public var hints: [KeyHint]
    public var styles: WidgetStyles

    public init(hints: [KeyHint], styles: WidgetStyles) {
        self.hints = hints
        self.styles = styles
    }

    /// Keys in the accent style (bold), labels muted, two spaces between hints. Hints that do not fit are
    /// dropped whole (never cut), keeping the order of those shown.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var x = area.x
        let y = area.y
        for hint in hints {
            let key = TextWidth.sanitize(hint.key)
            let label = TextWidth.sanitize(hint.label)
            let gap = x == area.x ? 0 : 2
            let width = TextWidth.of(key) + (label.isEmpty ? 0 : 1 + TextWidth.of(label))
            guard x + gap + width <= area.maxX else { continue }
            x += gap
            x += buffer.write(key, x: x, y: y, style: styles.accent.patched(with: Style(attributes: .bold)))
            if !label.isEmpty {
                x += buffer.write(" ", x: x, y: y, style: styles.muted)
                x += buffer.write(label, x: x, y: y, style: styles.muted)
            }
        }
    }
}
