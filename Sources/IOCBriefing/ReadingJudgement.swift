import Foundation
import IOCDomain
import TUIWidgets

/// Judges a reading for the wall: its state (VN_AQI by the official bands, else by its display thresholds), its
/// trend in words, whether it is stale, and its value as text.
enum ReadingJudgement {
    static func severity(_ r: KPIReading, stale: Bool) -> Severity {
        if stale { return .stale }
        guard let v = r.latest else { return .stale }
        if r.definition.unit == "VN_AQI" {
            let c = AQICategory(aqi: v)
            return c.rawValue >= AQICategory.bad.rawValue ? .critical : (c == .poor ? .warning : .normal)
        }
        if let hi = r.definition.warnAbove, v > hi { return .warning }
        if let lo = r.definition.warnBelow, v < lo { return .warning }
        return .normal
    }

    static func trend(_ history: [Double]) -> Trend? {
        guard history.count >= 2, let last = history.last else { return nil }
        let previous = history[history.count - 2]
        let tolerance = max(abs(previous) * 0.002, 1e-9)
        if last > previous + tolerance { return .up }
        if last < previous - tolerance { return .down }
        return .flat
    }

    /// "▲ tăng", "▼ giảm", "▶ ổn định".
    static func trendText(_ history: [Double], _ lang: Language) -> String? {
        guard let t = trend(history) else { return nil }
        switch t {
        case .up: return t.glyph + lang.pick(" tăng", " rising")
        case .down: return t.glyph + lang.pick(" giảm", " falling")
        case .flat: return t.glyph + lang.pick(" ổn định", " steady")
        }
    }

    /// Stale when its source is down or late, or (live measurements) older than three of its source's intervals (≥ 2 min):
    /// `DataFreshness`, the console's rule too.
    static func isStale(_ r: KPIReading, sources: [SourceHealth], now: Date) -> Bool {
        DataFreshness.isStale(r, sources: sources, now: now)
    }

    /// The value as a headline figure: three significant digits at most ("4,3", "93,0", "147"), since every further
    /// digit makes the big type smaller (four tiles at 160×48 drew "147,5" 3 rows tall, "147" 5).
    static func value(_ r: KPIReading, _ lang: Language) -> String {
        guard let v = r.latest else { return "–" }
        return lang.numberStyle.format(v, decimals: abs(v) < 100 ? 1 : 0)
    }

    static func name(_ r: KPIReading, _ lang: Language) -> String {
        lang == .vi ? r.definition.name : r.definition.nameEN
    }

    /// The part of a series name after " – " ("VN_AQI – Trạm Lê Chân" → "Trạm Lê Chân").
    static func place(_ r: KPIReading, _ lang: Language) -> String {
        let n = name(r, lang)
        guard let range = n.range(of: SeriesDefinition.placeSeparator) else { return n }
        return String(n[range.upperBound...])
    }
}
