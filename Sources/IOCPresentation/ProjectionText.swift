import Foundation
import IOCDomain
import TUIWidgets

/// A series' projection as the screens state it (issue 18), the console's and the wall's alike: the expected value
/// some hours ahead with its 80 % interval ("≈182 (150–210) lúc 17:15"), its severity as the reading's own limits
/// would judge it, and for a count of the day (dossiers, reports received today) the day's expected total.
public enum ProjectionText {
    /// How far ahead a panel's column and the wall's look.
    public static let panelAhead: TimeInterval = 3 * 3600

    /// The projected step `ahead` after the reading's newest value; nil without a current projection or when it does
    /// not reach that far (`projections.ahead` shorter).
    public static func value(_ r: KPIReading, ahead: TimeInterval = panelAhead) -> ProjectedValue? {
        guard let p = r.projection, let latest = r.latestAt, p.isCurrent(latest: latest) else { return nil }
        return p.value(at: latest.addingTimeInterval(ahead))
    }

    /// A projected reading hour by hour on one axis: its values two hours and one hour before the newest and the
    /// newest (from its history), then the point forecasts one, two and three hours after; nil without a current
    /// projection or a history step.
    public static func hourlyValues(_ r: KPIReading, hoursBack: Int = 2, hoursAhead: Int = 3) -> (past: [Double], ahead: [Double])? {
        guard let latest = r.latestAt, let p = r.projection, p.isCurrent(latest: latest),
              let step = r.historyStep, step > 0, step <= 3600, !r.history.isEmpty else { return nil }
        let perHour = max(1, Int((3600 / step).rounded()))
        let past = (0...hoursBack).reversed().compactMap { h -> Double? in
            let i = r.history.count - 1 - h * perHour
            return i >= 0 ? r.history[i] : nil
        }
        let ahead = (1...max(1, hoursAhead)).compactMap { p.value(at: latest.addingTimeInterval(Double($0) * 3600))?.mean }
        guard ahead.count == max(1, hoursAhead) else { return nil }
        return (past, ahead)
    }

    /// The count of the day received of a pillar (`gov.dossiers_received_today`, `feedback.received_today`: a key
    /// ending in `received_today`), whose projection says where today's intake is heading.
    public static func intake(_ d: DashboardSnapshot, _ pillar: Pillar) -> KPIReading? {
        d.intake.first { $0.definition.pillar == pillar && $0.definition.key.hasSuffix("received_today") }
    }

    /// "≈182" — the point forecast as the reading's values are written (`decimals`, else by magnitude).
    public static func mean(_ v: ProjectedValue, _ lang: Language, decimals: Int? = nil) -> String {
        "≈" + figure(v.mean, lang, decimals)
    }

    /// "150–210" — the 80 % interval.
    public static func interval(_ v: ProjectedValue, _ lang: Language, decimals: Int? = nil) -> String {
        figure(v.lower, lang, decimals) + "–" + figure(v.upper, lang, decimals)
    }

    /// "≈182 (150–210)".
    public static func meanAndInterval(_ v: ProjectedValue, _ lang: Language, decimals: Int? = nil) -> String {
        mean(v, lang, decimals: decimals) + " (" + interval(v, lang, decimals: decimals) + ")"
    }

    private static func figure(_ x: Double, _ lang: Language, _ decimals: Int?) -> String {
        decimals.map { lang.numberStyle.format(x, decimals: $0) } ?? lang.numberStyle.auto(x)
    }

    /// "≈182 (150–210) lúc 17:15" / "≈182 (150–210) at 17:15".
    public static func full(_ v: ProjectedValue, _ lang: Language) -> String {
        meanAndInterval(v, lang) + lang.pick(" lúc ", " at ") + String(VietnamTime.clock(v.at).prefix(5))
    }

    /// The severity the reading's limits give the projected value (never stale: it is a statement about the future).
    public static func severity(_ r: KPIReading, _ v: ProjectedValue) -> Severity {
        var projected = r
        projected.latest = v.mean
        return ReadingAssessment.severity(projected, stale: false)
    }

    /// For a count of the day (dossiers received today): the last projected step of the same Vietnam day, i.e. the
    /// day's expected total if the projection reaches its end, else the furthest step of the day it reaches.
    public static func dayEnd(_ r: KPIReading) -> ProjectedValue? {
        guard let p = r.projection, let latest = r.latestAt, p.isCurrent(latest: latest) else { return nil }
        let day = VietnamTime.startOfDay(latest)
        return p.values.last { VietnamTime.startOfDay($0.at) == day }
    }

    /// A count of the day and where it is heading: "Hôm nay 124, dự kiến cả ngày ≈180 (160–200)" when the projection
    /// reaches the day's end, else "Hôm nay 124, dự kiến ≈150 (140–160) lúc 15:00"; nil without a current projection.
    public static func dayTotal(_ r: KPIReading, _ lang: Language) -> String? {
        guard let latest = r.latest, let expected = dayExpected(r, lang) else { return nil }
        return lang.pick("Hôm nay ", "Today ") + lang.numberStyle.format(latest, decimals: 0) + ", " + expected
    }

    /// "dự kiến cả ngày ≈180 (160–200)" / "dự kiến ≈150 (140–160) lúc 15:00", in whole numbers (counts of a day).
    public static func dayExpected(_ r: KPIReading, _ lang: Language) -> String? {
        guard let v = dayEnd(r) else { return nil }
        let figure = meanAndInterval(v, lang, decimals: 0)
        let nextDay = VietnamTime.startOfDay(v.at).addingTimeInterval(86_400)
        if let step = r.projection?.step, v.at.addingTimeInterval(step) >= nextDay {
            return lang.pick("dự kiến cả ngày ", "expected by midnight ") + figure
        }
        return lang.pick("dự kiến ", "expected ") + figure + lang.pick(" lúc ", " at ") + String(VietnamTime.clock(v.at).prefix(5))
    }

    /// The projection's legend on a chart: "vẽ 6 giờ tới với khoảng 80%".
    public static func legend(_ p: SeriesProjection, _ lang: Language) -> String {
        let hours = lang.numberStyle.format((p.horizon / 3600).rounded(), decimals: 0)
        let level = lang.numberStyle.format(p.level * 100, decimals: 0) + "%"
        return lang.pick("vẽ \(hours) giờ tới với khoảng \(level)", "the next \(hours) h drawn with the \(level) interval")
    }
}
