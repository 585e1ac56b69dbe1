import Foundation
import IOCDomain

/// A report's charts as inline SVG: text is real text (searchable, sharp in print), every figure is written as well
/// as drawn, and nothing is told by colour alone. Widths fit A4's printable width (680 user units ≈ 180 mm).
enum ReportSVG {
    static let width = 680.0

    static func render(_ chart: ReportChart) -> String {
        switch chart {
        case .bars(let c): return bars(c)
        case .trend(let c): return trend(c)
        case .calendar(let c): return calendar(c)
        }
    }

    /// One bar per item, the target a dashed line; a bar that misses it is orange and its label starts with "✗".
    static func bars(_ c: ReportBarChart) -> String {
        let left = 230.0, right = width - 62, row = 20.0, top = 34.0
        let height = top + Double(c.items.count) * row + 8
        func x(_ v: Double) -> Double { left + (right - left) * min(1, max(0, v / max(c.maximum, 1e-9))) }
        var out = open(height: height, title: c.title)
        out += text(0, 14, c.title, weight: "bold", size: 12)
        for (i, item) in c.items.enumerated() {
            let y = top + Double(i) * row
            let missed = item.value.map { !c.meets($0) } ?? false
            out += text(left - 6, y + 13, (missed ? "✗ " : "") + truncated(item.label, 34), anchor: "end")
            if let v = item.value {
                out += "<rect x=\"\(n(left))\" y=\"\(n(y + 3))\" width=\"\(n(x(v) - left))\" height=\"\(n(row - 6))\" fill=\"\(missed ? "#dd6b20" : "#2b6cb0")\"/>"
            }
            // Values in a column of their own, right of the scale: never under the target line.
            out += text(width - 2, y + 13, item.text, anchor: "end")
        }
        if let target = c.target {
            out += "<line x1=\"\(n(x(target)))\" y1=\"\(n(top - 4))\" x2=\"\(n(x(target)))\" y2=\"\(n(height - 6))\" stroke=\"#111\" stroke-dasharray=\"4 3\"/>"
            out += text(x(target), top - 8, c.targetText, anchor: "middle", size: 9)
        }
        return out + "</svg>"
    }

    /// The values joined by a line, each point labelled below; the plan a dashed line with its value.
    static func trend(_ c: ReportTrendChart) -> String {
        let left = 60.0, right = width - 110, top = 30.0, bottom = 190.0, height = 225.0
        let values = c.points.map(\.value) + [c.plan].compactMap { $0 }
        var low = values.min() ?? 0, high = values.max() ?? 1
        if low > 0, low < high * 0.6 { low = 0 }
        if high == low { high = low + 1 }
        let pad = (high - low) * 0.08
        low -= low == 0 ? 0 : pad
        high += pad
        func y(_ v: Double) -> Double { bottom - (bottom - top) * (v - low) / (high - low) }
        func x(_ i: Int) -> Double { c.points.count < 2 ? (left + right) / 2 : left + (right - left) * Double(i) / Double(c.points.count - 1) }
        var out = open(height: height, title: c.title)
        out += text(0, 14, c.title + (c.unit.isEmpty ? "" : " (\(c.unit))"), weight: "bold", size: 12)
        out += "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#999\"/>"
        for v in [low, high] { out += text(left - 6, y(v) + 4, number(v, c.style), anchor: "end", size: 9) }
        if let plan = c.plan {
            out += "<line x1=\"\(n(left))\" y1=\"\(n(y(plan)))\" x2=\"\(n(right))\" y2=\"\(n(y(plan)))\" stroke=\"#111\" stroke-dasharray=\"5 4\"/>"
            out += text(right + 6, y(plan) + 4, c.planText, size: 9)
        }
        let points = c.points.indices.map { "\(n(x($0))),\(n(y(c.points[$0].value)))" }.joined(separator: " ")
        if c.points.count > 1 { out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\"/>" }
        let every = max(1, Int((Double(c.points.count) / 12).rounded(.up)))
        for (i, p) in c.points.enumerated() {
            out += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(p.value)))\" r=\"3\" fill=\"#2b6cb0\"><title>\(ReportHTML.escape(p.label + ": " + number(p.value, c.style)))</title></circle>"
            if i % every == 0 || i == c.points.count - 1 {
                out += text(x(i), bottom + 14, p.label, anchor: "middle", size: 9)
            }
        }
        if let last = c.points.last {
            out += text(x(c.points.count - 1) + 6, y(last.value) - 6, number(last.value, c.style), weight: "bold", size: 10)
        }
        return out + "</svg>"
    }

    /// For each row a grid of days (a column per week, Monday on top) filled with its band's colour and its band's
    /// number (1 Good … 6 Hazardous) written in it; then the legend.
    static func calendar(_ c: ReportCalendarChart) -> String {
        let cell = 11.0, step = 12.5, left = 34.0
        let days = c.rows.map { $0.days.map(\.index).max() ?? 0 }.max() ?? 0
        let weeks = (c.firstWeekday + days) / 7 + 1
        let gridWidth = left + Double(weeks) * step
        let scale = gridWidth > width ? width / gridWidth : 1
        let block = 18 + 7 * step + 8
        let head = 38.0
        let height = head + Double(c.rows.count) * block + 30
        var out = open(height: height, title: c.title)
        out += text(0, 14, c.title, weight: "bold", size: 12)
        // The months over the first week of each, once, above every station.
        out += "<g transform=\"translate(0 32) scale(\(n(scale)))\">"
        for start in c.monthStarts {
            out += text(left + Double((c.firstWeekday + start.day) / 7) * step, 0, start.label, size: 8)
        }
        out += "</g>"
        for (r, row) in c.rows.enumerated() {
            let top = head + Double(r) * block
            out += text(0, top + 12, row.label, weight: "bold", size: 10)
            out += "<g transform=\"translate(0 \(n(top + 18))) scale(\(n(scale)))\">"
            for (w, label) in c.weekdayLabels.enumerated() where w % 2 == 0 {
                out += text(left - 4, Double(w) * step + 9, label, anchor: "end", size: 8)
            }
            for d in row.days {
                let week = (c.firstWeekday + d.index) / 7
                let x = left + Double(week) * step, y = Double(d.weekday) * step
                let fill = d.band.map { rgb($0.rgb) } ?? "#ffffff"
                out += "<g><title>\(ReportHTML.escape(d.tooltip))</title>"
                out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(cell))\" height=\"\(n(cell))\" fill=\"\(fill)\" stroke=\"#bbb\" stroke-width=\"0.5\"/>"
                if let band = d.band {
                    let ink = band.rawValue >= AQICategory.bad.rawValue ? "#fff" : "#000"
                    out += "<text x=\"\(n(x + cell / 2))\" y=\"\(n(y + 8.5))\" font-size=\"7\" text-anchor=\"middle\" fill=\"\(ink)\">\(band.rawValue + 1)</text>"
                }
                out += "</g>"
            }
            out += "</g>"
        }
        var x = 0.0
        let legendY = height - 18
        for (band, label) in c.bandLabels {
            out += "<rect x=\"\(n(x))\" y=\"\(n(legendY - 9))\" width=\"11\" height=\"11\" fill=\"\(rgb(band.rgb))\" stroke=\"#bbb\" stroke-width=\"0.5\"/>"
            out += text(x + 15, legendY, "\(band.rawValue + 1) \(label)", size: 9)
            x += 22 + Double(label.count + 2) * 5.5
        }
        out += "<rect x=\"\(n(x))\" y=\"\(n(legendY - 9))\" width=\"11\" height=\"11\" fill=\"#fff\" stroke=\"#bbb\" stroke-width=\"0.5\"/>"
        out += text(x + 15, legendY, c.noDataLabel, size: 9)
        return out + "</svg>"
    }

    private static func open(height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(ReportHTML.escape(title))\" font-family=\"Noto Sans, DejaVu Sans, Arial, sans-serif\" font-size=\"10\">"
    }

    private static func text(_ x: Double, _ y: Double, _ s: String, anchor: String = "start", weight: String = "normal",
                             size: Double = 10) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\"\(weight == "normal" ? "" : " font-weight=\"\(weight)\"")>\(ReportHTML.escape(s))</text>"
    }

    private static func truncated(_ s: String, _ limit: Int) -> String {
        s.count > limit ? String(s.prefix(limit - 1)) + "…" : s
    }

    /// A coordinate with at most one decimal.
    private static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    private static func number(_ v: Double, _ style: NumberStyle) -> String {
        style.format(v, decimals: abs(v) >= 100 ? 0 : 1)
    }

    private static func rgb(_ c: (UInt8, UInt8, UInt8)) -> String { String(format: "#%02x%02x%02x", c.0, c.1, c.2) }
}
