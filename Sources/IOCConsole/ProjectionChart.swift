import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// A series' history and its projection on one time axis (the series screen): the history up to its newest value,
/// then the point forecast and the band of its 80 % interval to the projection's end, so the part that is a forecast
/// is where it falls in time and drawn apart (band muted, forecast in the text colour, history in the accent).
enum ProjectionChart {
    /// The chart's series, one value per dot column (`columns`), NaN where a series has nothing: band's lower and upper
    /// ends, the history, the point forecast — in drawing order.
    static func series(_ r: KPIReading, columns: Int) -> [[Double]] {
        guard columns >= 2, let historyStep = r.historyStep, historyStep > 0, let latest = r.latestAt, !r.history.isEmpty, let p = r.projection,
              p.isCurrent(latest: latest), let last = p.values.last else { return [] }
        let start = latest.addingTimeInterval(-Double(r.history.count - 1) * historyStep)
        let end = last.at.addingTimeInterval(p.step)
        let span = end.timeIntervalSince(start)
        guard span > 0 else { return [] }
        var lower = [Double](repeating: .nan, count: columns), upper = lower, history = lower, mean = lower
        for x in 0..<columns {
            let t = start.addingTimeInterval(span * Double(x) / Double(columns - 1))
            if t <= latest {
                let back = Int((latest.timeIntervalSince(t) / historyStep).rounded())
                let i = r.history.count - 1 - back
                if i >= 0 { history[x] = r.history[i] }
            } else if let v = p.value(at: t) ?? (t < p.values[0].at ? p.values.first : nil) {
                lower[x] = v.lower
                upper[x] = v.upper
                mean[x] = v.mean
            }
        }
        return [lower, upper, history, mean]
    }

    /// Draws it, or only the history when there is no current projection; under a projection, a time axis: the
    /// history's first time at the left, "▲ now" under the newest value, the projection's end at the right.
    static func render(_ r: KPIReading, language: Language, styles s: WidgetStyles, area: Rect, into b: inout Buffer) {
        let projected = area.height >= 3 ? series(r, columns: area.width * 2) : []
        guard !projected.isEmpty, let latest = r.latestAt, let step = r.historyStep, let p = r.projection,
              let last = p.values.last else {
            BrailleChart(series: [ConsoleView.stretched(r.history, to: area.width * 2)], styles: [s.accent]).render(into: &b, area: area)
            return
        }
        let chart = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        BrailleChart(series: projected, styles: [s.muted, s.muted, s.accent, s.text]).render(into: &b, area: chart)
        let start = latest.addingTimeInterval(-Double(r.history.count - 1) * step)
        let end = last.at.addingTimeInterval(p.step)
        let span = end.timeIntervalSince(start)
        func clock(_ d: Date) -> String { String(VietnamTime.clock(d).prefix(5)) }
        let y = area.maxY - 1
        b.write(clock(start), x: area.x, y: y, style: s.muted, maxWidth: area.width)
        let endText = clock(end)
        b.write(endText, x: area.maxX - TextWidth.of(endText), y: y, style: s.muted)
        let nowText = "▲ " + language.pick("bây giờ ", "now ") + clock(latest)
        let nowX = area.x + Int((Double(area.width - 1) * latest.timeIntervalSince(start) / span).rounded())
        let x = min(max(area.x + 6, nowX), area.maxX - TextWidth.of(endText) - TextWidth.of(nowText) - 1)
        if x > area.x + 5 { b.write(nowText, x: x, y: y, style: s.text) }
    }
}
