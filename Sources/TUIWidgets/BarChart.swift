import TUICore

/// Horizontal bars, one per row: a label column, a bar in eighths (▏▎▍▌▋▊▉█) and the value at its end.
public struct BarChart: Sendable {
    public typealias Bar = (label: String, value: Double, style: Style)

    public var bars: [Bar]
    public var maxValue: Double?
    public var valueFormat: @Sendable (Double) -> String

    public init(bars: [Bar], maxValue: Double? = nil,
                valueFormat: @escaping @Sendable (Double) -> String = BarChart.defaultFormat) {
        self.bars = bars
        self.maxValue = maxValue
        self.valueFormat = valueFormat
    }

    /// Whole numbers without decimals, others with one decimal ("1234", "95.5").
    public static let defaultFormat: @Sendable (Double) -> String = { value in
        guard value.isFinite else { return "–" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Draws as many bars as there are rows. The label column takes up to a third of the width; the scale runs
    /// from 0 to `maxValue` (default: the largest value); negative values draw no bar.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let shown = bars.prefix(area.height)
        let labels = shown.map { TextWidth.sanitize($0.label) }
        let values = shown.map { valueFormat($0.value) }
        let labelWidth = min(labels.map(TextWidth.of).max() ?? 0, area.width / 3)
        let valueWidth = values.map(TextWidth.of).max() ?? 0
        let barWidth = area.width - labelWidth - (labelWidth > 0 ? 1 : 0) - valueWidth - 1
        let top = maxValue ?? shown.map(\.value).filter(\.isFinite).max() ?? 0
        for (row, bar) in shown.enumerated() {
            let y = area.y + row
            var x = area.x
            if labelWidth > 0 {
                buffer.write(TextWidth.pad(labels[row], to: labelWidth), x: x, y: y, style: .plain,
                             maxWidth: area.maxX - x)
                x += labelWidth + 1
            }
            var drawn = 0
            if barWidth > 0, top > 0, bar.value.isFinite, bar.value > 0 {
                let total = min(barWidth * 8, Int((bar.value / top * Double(barWidth * 8)).rounded()))
                let full = total / 8
                let part = total % 8
                let text = String(repeating: "█", count: full) + BarChart.eighths[part]
                drawn = buffer.write(text, x: x, y: y, style: bar.style, maxWidth: barWidth)
            }
            let valueX = barWidth > 0 ? x + drawn + 1 : x
            buffer.write(values[row], x: valueX, y: y, style: .plain, maxWidth: area.maxX - valueX)
        }
    }
}
