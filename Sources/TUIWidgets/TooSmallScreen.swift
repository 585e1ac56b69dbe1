import TUICore

/// Shown instead of panels when the terminal is smaller than the layout needs.
public struct TooSmallScreen: Sendable {
    public var needWidth: Int
    public var needHeight: Int
    public var message: String

    public init(needWidth: Int, needHeight: Int, message: String) {
        self.needWidth = needWidth
        self.needHeight = needHeight
        self.message = message
    }

    /// Clears the area and centres the wrapped message, then "have W×H → need W×H" (numbers are language-free).
    /// At 20×5 everything fits; smaller areas show what fits from the top.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: .plain)
        let sizeLine = "\(area.width)×\(area.height) → \(needWidth)×\(needHeight)"
        var lines = TextWidth.wrap(message, width: area.width)
        let maxMessageLines = max(0, area.height - 1)
        if lines.count > maxMessageLines {
            lines = Array(lines.prefix(maxMessageLines))
            if let last = lines.popLast() { lines.append(TextWidth.truncate(last + " …", to: area.width)) }
        }
        lines.append(sizeLine)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < area.maxY {
            let isSize = i == lines.count - 1
            let text = TextWidth.truncate(line, to: area.width)
            let x = area.x + max(0, (area.width - TextWidth.of(text)) / 2)
            buffer.write(text, x: x, y: top + i, style: isSize ? Style(attributes: .bold) : .plain,
                         maxWidth: area.maxX - x)
        }
    }
}
