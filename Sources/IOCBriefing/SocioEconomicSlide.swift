import Foundation
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Socio-economic indicators against the annual plan: one tile per indicator (value, unit, plan, share of plan,
/// trend).
enum SocioEconomicSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let tiles = c.data.socioEconomic.prefix(c.top(6)).map { headline($0, c) }
        guard !tiles.isEmpty else {
            c.caption(c.pick("Chưa có số liệu kinh tế – xã hội", "No socio-economic figures yet"), area, &buffer)
            return
        }
        TileBand.render(Array(tiles), area: area, styles: c.styles, gap: c.gap, into: &buffer)
    }

    /// One indicator as a tile: a cumulative figure with an annual plan shows its share of the plan as the big
    /// number; a rate shows itself, with its target.
    static func headline(_ r: KPIReading, _ c: SlideContext) -> Headline {
        let d = r.definition
        let unit = UnitName.text(d.unit, c.language)
        let label = ReadingAssessment.name(r, c.language)
        let stale = ReadingAssessment.isStale(r, sources: c.data.sources, now: c.now)
        let trend = ReadingAssessment.trendText(r.history, c.language)
        guard let v = r.latest else {
            return Headline(label: label, value: "–", detail: unit, severity: .stale,
                            status: c.pick("? Chưa có số liệu", "? No data"))
        }
        let asOf = r.latestAt.map { c.pick("cập nhật ", "as of ") + VietnamTime.dateTime($0).prefix(10) } ?? ""
        let isRate = d.unit == "%"
        let valueText = isRate ? c.numbers.format(v, decimals: 1) + "%" : c.numbers.auto(v)
        if stale {
            return Headline(label: label, value: valueText, detail: isRate ? asOf : unit + " · " + asOf, severity: .stale,
                            status: c.pick("? Số liệu cũ", "? Stale"), trend: trend)
        }
        guard let target = d.target, target != 0 else {
            return Headline(label: label, value: valueText, detail: isRate ? asOf : unit + " · " + asOf,
                            severity: .normal, status: c.pick("● so cùng kỳ", "● year on year"), trend: trend)
        }
        let targetText = isRate ? c.numbers.format(target, decimals: 1) + "%" : c.numbers.auto(target) + " " + unit
        if d.direction == .lowerIsBetter {
            let ok = v <= target
            return Headline(label: label, value: valueText, detail: c.pick("mục tiêu ≤ ", "target ≤ ") + targetText,
                            severity: ok ? .normal : .warning,
                            status: ok ? c.pick("✓ Trong mục tiêu", "✓ Within target") : c.pick("! Vượt mục tiêu", "! Above target"),
                            trend: trend)
        }
        if isRate {
            let ok = v >= target
            return Headline(label: label, value: valueText, detail: c.pick("kế hoạch ", "plan ") + targetText,
                            severity: ok ? .normal : .warning,
                            status: ok ? c.pick("✓ Đạt kế hoạch", "✓ On plan") : c.pick("! Dưới kế hoạch", "! Below plan"),
                            trend: trend)
        }
        let share = v / target * 100
        let shareText = c.numbers.format(share, decimals: 0) + "%"
        return Headline(label: label, value: shareText,
                        detail: c.numbers.auto(v) + " / " + c.pick("KH năm ", "plan ") + targetText,
                        severity: .normal,
                        status: share >= 100 ? c.pick("✓ Vượt kế hoạch năm", "✓ Above the annual plan")
                            : c.pick("● đạt \(shareText) kế hoạch năm", "● \(shareText) of the annual plan"),
                        trend: trend)
    }
}
