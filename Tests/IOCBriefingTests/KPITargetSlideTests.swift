import Foundation
@testable import IOCBriefing
import IOCDomain
import TUIWidgets
import XCTest

/// The wall judges the dossier target as the console does ("trên 95 %": 95.0 % exactly misses it) and names incident
/// categories with the console's words.
final class KPITargetSlideTests: XCTestCase {
    private func context(rate late: Int, language: Language = .vi) -> SlideContext {
        var d = BriefingFixture.dashboard
        d.government = [AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 200, inProgress: 20,
                                          doneEarly: 90, doneOnTime: 80, doneLate: late, lateInProgress: 0, dueSoon: 0)]
        return SlideContext(data: d, spec: BriefingFixture.layout.slides[2], styles: BriefingStyles(theme: BriefingFixture.theme),
                            language: language, now: BriefingFixture.now, roomy: false, gap: 2)
    }

    func testExactly95PercentMissesTheTarget() {
        let exactly = GovernmentSlide.onTime(context(rate: 10))
        XCTAssertEqual(exactly.value, "95,0%")
        XCTAssertEqual(exactly.severity, .warning, "95.0 % is not more than 95 %")
        XCTAssertFalse(exactly.status.contains("Đạt mục tiêu"), exactly.status)
        let above = GovernmentSlide.onTime(context(rate: 9))
        XCTAssertEqual(above.severity, .normal)
        XCTAssertTrue(above.status.contains("Đạt mục tiêu"), above.status)
        XCTAssertEqual(GovernmentSlide.onTime(context(rate: 21)).severity, .critical, "89.5 % is seriously below")
    }

    func testCategoriesAreNamedAsOnTheConsole() {
        XCTAssertEqual(PublicOrderSlide.category("traffic_accident", .vi), "Tai nạn giao thông")
        XCTAssertEqual(PublicOrderSlide.category("public_order", .vi), "An ninh trật tự")
        XCTAssertEqual(PublicOrderSlide.category("traffic_accident", .en), "Traffic accidents")
    }
}
