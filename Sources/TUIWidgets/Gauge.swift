import TUICore

/// A one-row progress gauge: "label [██████░░░░] 62%".
public struct Gauge: Sendable {
    public var ratio: Double
    public var label: String
    public var style: Style
    public var styles: WidgetStyles

    public init(ratio: Double, label: String, style: Style, styles: WidgetStyles) {
        self.ratio = ratio
        self.label = label
        self.style = style
        self.styles = styles
    }

    /// The percentage text: the ratio rounded (may exceed 100%), or "--%" when not a number.
    public var percentText: String {
        guard ratio.isFinite else { return "--%" }
        return "\(Int((ratio * 100).rounded()))%"
    }

    /// Draws on the area's first row. When narrow, the label is cut (then dropped) before the bar shrinks
    /// below 8 columns, then the bar goes; the bar is filled for the ratio clamped to 0…1.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let percent = percentText
        let percentWidth = TextWidth.of(percent)
        let labelText = TextWidth.sanitize(label)
        let labelRoom = area.width - (2 + 8 + 1 + percentWidth) - 1
        let labelWidth = labelText.isEmpty || labelRoom < 4 ? 0 : min(TextWidth.of(labelText), labelRoom)
        var x = area.x
        let y = area.y
        if labelWidth > 0 {
            x += buffer.write(TextWidth.truncate(labelText, to: labelWidth), x: x, y: y, style: styles.text)
            x += buffer.write(" ", x: x, y: y, style: styles.text)
        }
        let inner = area.maxX - x - percentWidth - 1 - 2
        if inner >= 3 {
            let clamped = ratio.isFinite ? min(max(ratio, 0), 1) : 0
            let filled = Int((clamped * Double(inner)).rounded())
            x += buffer.write("[", x: x, y: y, style: styles.muted)
            x += buffer.write(String(repeating: "█", count: filled), x: x, y: y, style: style)
            x += buffer.write(String(repeating: "░", count: inner - filled), x: x, y: y, style: styles.muted)
            x += buffer.write("]", x: x, y: y, style: styles.muted)
            x += buffer.write(" ", x: x, y: y, style: styles.text)
        }
        buffer.write(percent, x: x, y: y, style: styles.text, maxWidth: area.maxX - x)
    }
}
