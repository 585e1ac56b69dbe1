import TUICore

/// A one-row bar: left text, optional centred text, right text. The right side wins when space is short.
public struct StatusBar: Sendable {
    public var left: String
    public var center: String
    public var right: String
    public var styles: WidgetStyles

    public init(left: String, center: String = "", right: String, styles: WidgetStyles) {
        self.left = left
        self.center = center
        self.right = right
        self.styles = styles
    }

    /// Draws on the first row of `area` in the header style; the centre text is shown only when it fits
    /// between the left and right texts with a space on each side: centred when it can be, else moved towards the
    /// shorter side so that it still shows.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        buffer.fill(row, style: styles.header)
        let rightText = TextWidth.truncate(right, to: area.width)
        let rightWidth = TextWidth.of(rightText)
        let leftRoom = area.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        let leftText = leftRoom > 0 ? TextWidth.truncate(left, to: leftRoom) : ""
        let leftWidth = TextWidth.of(leftText)
        buffer.write(leftText, x: area.x, y: area.y, style: styles.header)
        buffer.write(rightText, x: area.maxX - rightWidth, y: area.y, style: styles.header)
        let centerText = TextWidth.sanitize(center)
        let centerWidth = TextWidth.of(centerText)
        guard centerWidth > 0 else { return }
        let lowest = area.x + leftWidth + (leftWidth > 0 ? 1 : 0)
        let highest = area.maxX - rightWidth - (rightWidth > 0 ? 1 : 0) - centerWidth
        let cx = min(max(area.x + (area.width - centerWidth) / 2, lowest), highest)
        if cx >= lowest {
            buffer.write(centerText, x: cx, y: area.y, style: styles.header.patched(with: styles.title))
        }
    }
}
