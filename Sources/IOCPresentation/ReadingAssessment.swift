import Foundation
import IOCDomain
import TUIWidgets

/// Judges a reading for display, the console's and the wall's alike: its state (never by colour alone: a glyph and
/// a word go with it), the word for it, its trend, whether it is stale, and its value and name as text.
public enum ReadingAssessment {
    /// Severity of the latest value against its thresholds; VN_AQI by the official bands.
    public static func severity(_ r: KPIReading, stale: Bool) -> Severity {
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

    /// The word shown beside a value: the VN_AQI label, "vượt ngưỡng", or "" when normal.
    public static func word(_ r: KPIReading, severity: Severity, language: Language) -> String {
        if severity == .stale { return language.pick("dữ liệu cũ", "stale") }
        if r.definition.unit == "VN_AQI", let v = r.latest {
            let c = AQICategory(aqi: v)
            return language.pick(c.labelVI, c.labelEN)
        }
        switch severity {
        case .warning, .critical:
            if let hi = r.definition.warnAbove, let v = r.latest, v > hi { return language.pick("vượt ngưỡng", "above limit") }
            return language.pick("dưới ngưỡng", "below limit")
        default: return ""
        }
    }

    /// The last step of a history: up, down or flat (within 0.2 % of the value before); nil with fewer than two
    /// values.
    public static func trend(_ history: [Double]) -> Trend? {
        guard history.count >= 2, let last = history.last else { return nil }
        let previous = history[history.count - 2]
        let tolerance = max(abs(previous) * 0.002, 1e-9)
        if last > previous + tolerance { return .up }
        if last < previous - tolerance { return .down }
        return .flat
    }

    /// "▲ tăng", "▼ giảm", "▶ ổn định"; nil with fewer than two values.
    public static func trendText(_ history: [Double], _ lang: Language) -> String? {
        guard let t = trend(history) else { return nil }
        switch t {
        case .up: return t.glyph + lang.pick(" tăng", " rising")
        case .down: return t.glyph + lang.pick(" giảm", " falling")
        case .flat: return t.glyph + lang.pick(" ổn định", " steady")
        }
    }

    /// Stale when its source is down or late, or (live measurements) older than three of its source's intervals
    /// (at least 2 min): `DataFreshness`.
    public static func isStale(_ r: KPIReading, sources: [SourceHealth], now: Date) -> Bool {
        DataFreshness.isStale(r, sources: sources, now: now)
    }

    /// The value formatted for the language, as a table shows it.
    public static func valueText(_ r: KPIReading, language: Language) -> String {
        guard let v = r.latest else { return "–" }
        return language.numberStyle.auto(v)
    }

    /// The value as a headline figure on the wall: three significant digits at most ("4,3", "93,0", "147"), since
    /// every further digit makes the big type smaller (four tiles at 160×48 drew "147,5" 3 rows tall, "147" 5).
    public static func headlineValue(_ r: KPIReading, _ lang: Language) -> String {
        guard let v = r.latest else { return "–" }
        return lang.numberStyle.format(v, decimals: abs(v) < 100 ? 1 : 0)
    }

    /// The series' name in `lang`.
    public static func name(_ r: KPIReading, _ lang: Language) -> String {
        lang == .vi ? r.definition.name : r.definition.nameEN
    }

    /// The part of a series name after " – " ("VN_AQI – Trạm Lê Chân" → "Trạm Lê Chân").
    public static func place(_ r: KPIReading, _ lang: Language) -> String {
        let n = name(r, lang)
        guard let range = n.range(of: SeriesDefinition.placeSeparator) else { return n }
        return String(n[range.upperBound...])
    }
}
