import IOCDomain
import TUICore
import XCTest
@testable import IOCConsole

/// Agency names in narrow table columns keep what tells them apart.
final class AgencyShortNameTests: XCTestCase {
    func testTheLegalFormIsShortenedAndOtherNamesStay() {
        XCTAssertEqual(AgencyShortName.of("Công ty TNHH MTV Thoát nước Hải Phòng"), "Cty Thoát nước Hải Phòng")
        XCTAssertEqual(AgencyShortName.of("Công ty Cổ phần Cấp nước Hải Phòng"), "Cty Cấp nước Hải Phòng")
        XCTAssertEqual(AgencyShortName.of("Tổng công ty Điện lực TP Hà Nội"), "TCty Điện lực TP Hà Nội")
        XCTAssertEqual(AgencyShortName.of("Ban Quản lý Khu kinh tế Hải Phòng"), "BQL Khu kinh tế Hải Phòng")
        XCTAssertEqual(AgencyShortName.of("Sở Xây dựng"), "Sở Xây dựng")
        XCTAssertEqual(AgencyShortName.of("Công ty TNHH MTV Thoát nước Hải Phòng".decomposedStringWithCanonicalMapping),
                       "Cty Thoát nước Hải Phòng", "NFD names too")
    }

    func testTwoCompaniesStayApartInANarrowFeedbackColumn() {
        var m = ConsoleFixture.model(width: 80, height: 24)
        var d = ConsoleFixture.dashboard
        d.feedback = [
            FeedbackSummary(agencyCode: "CTTN", agencyName: "Công ty TNHH MTV Thoát nước Hải Phòng", received: 90, routed: 90,
                            inProgress: 10, resolved: 80, overdue: 3),
            FeedbackSummary(agencyCode: "CTDL", agencyName: "Công ty TNHH MTV Điện lực Hải Phòng", received: 80, routed: 80,
                            inProgress: 8, resolved: 72, overdue: 2),
        ]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Cty Thoát nước"), text)
        XCTAssertTrue(text.contains("Cty Điện lực"), text)
        XCTAssertFalse(text.contains("Công ty TNHH …"), text)
    }

    func testAlarmRowsOpenWithTheShortName() {
        var m = ConsoleFixture.model(width: 80, height: 24)
        var d = ConsoleFixture.dashboard
        d.alarms = [
            ConsoleFixture.alarm("feedback_overdue", subject: "CTMT", kind: .other("feedback_overdue"), agency: "CTMT", state: .unacknowledged,
                                 priority: .medium, message: "Công ty TNHH MTV Môi trường đô thị Hải Phòng: 6 phản ánh quá hạn xử lý"),
            ConsoleFixture.alarm("feedback_overdue", subject: "CTDL", kind: .other("feedback_overdue"), agency: "CTDL", state: .unacknowledged,
                                 priority: .medium, message: "Công ty TNHH MTV Điện lực Hải Phòng: 3 phản ánh quá hạn xử lý"),
        ]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let table = AlarmListContent.table(m.dashboard!, model: m)
        XCTAssertEqual(table.rows.map { $0.cells[2] }.sorted(),
                       ["Cty Môi trường đô thị Hải Phòng: 6 phản ánh quá hạn xử lý", "Cty Điện lực Hải Phòng: 3 phản ánh quá hạn xử lý"].sorted())
    }
}
