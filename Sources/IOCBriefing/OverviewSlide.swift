import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// The city at a glance: the handful of headline KPIs against their targets, with status and trend.
enum OverviewSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        TileBand.render(Array(headlines(c).prefix(c.top(6))), area: area, styles: c.styles, gap: c.gap, into: &buffer)
    }

    /// In order: dossiers on time, citizen feedback, GRDP growth, budget revenue against plan, worst VN_AQI, open
    /// alarms, overdue directives, open incidents (the slide shows the first `top`, default 6).
    static func headlines(_ c: SlideContext) -> [Headline] {
        var result = [GovernmentSlide.onTime(c), FeedbackSlide.routed(c)]
        for key in ["kt.grdp_growth", "kt.budget_revenue_ytd"] {
            if let r = c.data.socioEconomic.first(where: { $0.definition.key == key }) {
                result.append(SocioEconomicSlide.headline(r, c))
            }
        }
        if let worst = EnvironmentSlide.worstAQI(c) { result.append(worst) }
        result.append(AlarmsSlide.openAlarms(c))
        result.append(DirectivesSlide.overdue(c))
        result.append(PublicOrderSlide.openIncidents(c))
        return result
    }
}
