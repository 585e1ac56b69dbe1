import TUICore

/// A line chart drawn with braille dots (U+2800): 2×4 dots per cell, the newest point at the right.
public struct BrailleChart: Sendable {
    public var series: [[Double]]
    public var styles: [Style]
    public var yRange: ClosedRange<Double>?

    public init(series: [[Double]], styles: [Style], yRange: ClosedRange<Double>? = nil) {
        self.series = series
        self.styles = styles
        self.yRange = yRange
    }

    /// Dot bits by [column][row] inside one braille cell.
    private static let bits: [[UInt32]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Draws every series over the area (one dot column per point, consecutive points joined vertically).
    /// Without `yRange` the scale spans all shown values; a flat scale is widened by 1 each way. A cell
    /// takes the style of the last series that put a dot in it.
    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let dotColumns = area.width * 2
        let dotRows = area.height * 4
        let shown = series.map { Array($0.suffix(dotColumns)) }
        let finite = shown.flatMap { $0.filter(\.isFinite) }
        var range: ClosedRange<Double>
        if let yRange {
            range = yRange
        } else {
            guard let low = finite.min(), let high = finite.max() else { return }
            range = low...high
        }
        if range.upperBound <= range.lowerBound {
            range = (range.lowerBound - 1)...(range.lowerBound + 1)
        }
        var dots = Array(repeating: UInt32(0), count: area.width * area.height)
        var owner = Array(repeating: -1, count: area.width * area.height)
        func dotRow(_ v: Double) -> Int {
            let clamped = min(max(v, range.lowerBound), range.upperBound)
            let t = (range.upperBound - clamped) / (range.upperBound - range.lowerBound)
            return Int((t * Double(dotRows - 1)).rounded())
        }
        func set(_ dx: Int, _ dy: Int, _ s: Int) {
            guard dx >= 0, dx < dotColumns, dy >= 0, dy < dotRows else { return }
            let cell = (dy / 4) * area.width + dx / 2
            dots[cell] |= BrailleChart.bits[dx % 2][dy % 4]
            owner[cell] = s
        }
        for (s, values) in shown.enumerated() {
            let start = dotColumns - values.count
            var previous: Int?
            for (i, value) in values.enumerated() {
                guard value.isFinite else { previous = nil; continue }
                let dy = dotRow(value)
                let dx = start + i
                if let previous {
                    // Join to the previous point with a vertical run in this column.
                    let step = dy > previous ? 1 : -1
                    var y = previous
                    while y != dy { y += step; set(dx, y, s) }
                }
                set(dx, dy, s)
                previous = dy
            }
        }
        for cy in 0..<area.height {
            for cx in 0..<area.width {
                let i = cy * area.width + cx
                guard dots[i] != 0, let scalar = Unicode.Scalar(0x2800 + dots[i]) else { continue }
                let style = owner[i] >= 0 && owner[i] < styles.count ? styles[owner[i]] : (styles.last ?? .plain)
                buffer.write(String(Character(scalar)), x: area.x + cx, y: area.y + cy, style: style)
            }
        }
    }
}
