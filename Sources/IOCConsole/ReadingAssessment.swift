import Foundation
import IOCDomain
import TUIWidgets

/// Judges a reading for display: severity (never by colour alone), a word for it, its trend and staleness.
enum ReadingAssessment {
    /// Severity of the latest value against its thresholds; VN_AQI uses the official bands.
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

    /// The word shown beside a value: the VN_AQI label, "vượt ngưỡng", or "" when normal.
    static func word(_ r: KPIReading, severity: Severity, language: Language) -> String {
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

    static func trend(_ history: [Double]) -> Trend {
        guard history.count >= 2, let last = history.last else { return .flat }
        let previous = history[history.count - 2]
        let tolerance = max(abs(previous) * 0.002, 1e-9)
        if last > previous + tolerance { return .up }
        if last < previous - tolerance { return .down }
        return .flat
    }

    /// A reading is stale when its source is down or it is older than three of its source's intervals (min 2 min):
    /// `DataFreshness`, the rule the wall uses too.
    static func isStale(_ r: KPIReading, sources: [SourceHealth], now: Date) -> Bool {
        DataFreshness.isStale(r, sources: sources, now: now)
    }

    /// The value with its unit, formatted for the language.
    static func valueText(_ r: KPIReading, language: Language) -> String {
        guard let v = r.latest else { return "–" }
        return language.numberStyle.auto(v)
    }
}
