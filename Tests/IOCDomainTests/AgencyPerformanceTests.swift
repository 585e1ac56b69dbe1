import IOCDomain
import XCTest

/// The official one-stop formula: late rate = (late in progress + late done) / workload; on time = 100 − late.
final class AgencyPerformanceTests: XCTestCase {
    func testOnTimeRateFollowsTheOfficialFormula() {
        let a = AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 200, inProgress: 50,
                                  doneEarly: 60, doneOnTime: 80, doneLate: 10, lateInProgress: 6, dueSoon: 4)
        XCTAssertEqual(a.lateRate!, 8.0, accuracy: 1e-9)
        XCTAssertEqual(a.onTimeRate!, 92.0, accuracy: 1e-9)
        XCTAssertEqual(a.done, 150)
    }

    func testNoWorkloadHasNoRate() {
        XCTAssertNil(AgencyPerformance(agencyCode: "X", agencyName: "X").onTimeRate)
    }

    func testDashboardTotalsAddUpAgencies() {
        let d = DashboardSnapshot(readAt: .init(timeIntervalSince1970: 0), government: [
            AgencyPerformance(agencyCode: "A", agencyName: "A", workload: 100, doneLate: 5, lateInProgress: 5),
            AgencyPerformance(agencyCode: "B", agencyName: "B", workload: 300, doneLate: 2, lateInProgress: 0),
        ], feedback: [
            FeedbackSummary(agencyCode: "A", agencyName: "A", received: 10, routed: 9, overdue: 1),
            FeedbackSummary(agencyCode: "B", agencyName: "B", received: 30, routed: 30, overdue: 2),
        ])
        XCTAssertEqual(d.governmentTotal.workload, 400)
        XCTAssertEqual(d.governmentTotal.onTimeRate!, 100 - 12.0 / 400 * 100, accuracy: 1e-9)
        XCTAssertEqual(d.feedbackTotal.routedRate!, 97.5, accuracy: 1e-9)
        XCTAssertEqual(d.feedbackTotal.overdue, 3)
    }
}
