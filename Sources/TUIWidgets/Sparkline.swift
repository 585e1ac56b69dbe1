import TUICore

/// A small bar graph of recent values with ▁▂▃▄▅▆▇█, the newest at the right, scaled from min to max.
public struct Sparkline: Sendable {
    public var values: [Double]
    public var style: Style

    static let levels = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public init(values: [Double], style: Style) {
        self.values = values
        self.style = style
    }

    /// Draws the last `area.width` values, bottom-aligned over the area's height (8 steps per row), scaled
    /// over all values so the newest keeps its place in the whole history.
    /// The lowest value still shows ▁; equal values show a half-height line; non-finite values are gaps.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !values.isEmpty else { return }
        let shown = Array(values.suffix(area.width))
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return }
        let steps = area.height * 8
        let startX = area.maxX - shown.count
        for (i, value) in shown.enumerated() where value.isFinite {
            let level: Int
            if high > low {
                level = 1 + Int(((value - low) / (high - low) * Double(steps - 1)).rounded())
            } else {
                level = max(1, steps / 2)
            }
            for row in 0..<area.height {
                let fill = min(8, max(0, level - row * 8))
                guard fill > 0 else { break }
                buffer.write(Sparkline.levels[fill], x: startX + i, y: area.maxY - 1 - row, style: style)
            }
        }
    }
}
