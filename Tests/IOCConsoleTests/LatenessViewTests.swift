import Foundation
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest
@testable import IOCConsole

/// Dossiers at risk of lateness on the console (issue 18): a column of the government panel (agencies with estimates;
/// "–" without), a column of an agency's dossier list with each one's probability, and its basis on the detail screen.
final class LatenessViewTests: XCTestCase {
    func testTheGovernmentPanelCountsThemAndSaysWhenItCannot() throws {
        var m = ConsoleFixture.model(width: 200, height: 60)
        var d = ConsoleFixture.dashboard
        d.government[0].atRisk = 7   // SXD
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let table = PanelContent.table(for: .government, model: m)
        XCTAssertEqual(table.columns.last?.title, "Nguy cơ trễ")
        XCTAssertEqual(table.rows.map { $0.cells.last }, ["7", "–"], "Sở Xây dựng first (lowest on-time rate); Sở Tư pháp has no estimate")
        XCTAssertTrue(table.summary?.contains(" · Nguy cơ trễ 7") == true, table.summary ?? "")
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Nguy cơ trễ"), text)
    }

    func testAnAgencysDossierListShowsEachOnesRiskAndItsBasis() throws {
        var m = ConsoleFixture.model(width: 160, height: 48, language: .en)
        m.screens.append(.eventList(EventListScreen(kind: .dossier, agencyCode: "SXD", title: "Sở Xây dựng")))
        let now = ConsoleFixture.now
        func dossier(_ id: String) -> EventSummary {
            EventSummary(event: CityEvent(kind: .dossier, externalID: id, title: "Cấp giấy phép xây dựng", status: .inProgress,
                                          agencyCode: "SXD", openedAt: now - 86_400, dueAt: now + 5 * 86_400, updatedAt: now),
                         sourceID: "simulator", agencyName: "Sở Xây dựng")
        }
        let a = dossier("HS-1"), b = dossier("HS-2")
        let estimate = LatenessEstimate(probability: 0.834, basis: .procedure, finished: 412)
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .dossier, agencyCode: "SXD", events: [a, b],
                                                  risks: [EventListScreen.riskKey(a): estimate]))
        guard case .eventList(let list)? = m.screens.last else { return XCTFail("no list") }
        let table = EventListContent.table(list, model: m)
        XCTAssertEqual(table.columns.last?.title, "Late risk")
        XCTAssertEqual(table.rows.map { $0.cells.last }, ["83%", ""])
        XCTAssertEqual(table.rows.map(\.severity), [.warning, .normal], "more likely late than not: a warning")
        let lines = EventListContent.detailLines(a, model: m)
        XCTAssertTrue(lines.contains("Risk of lateness: 83% (same procedure, 412 finished dossiers)"), "\(lines)")
        XCTAssertFalse(EventListContent.detailLines(b, model: m).contains { $0.hasPrefix("Risk of lateness") })
        // Feedback lists have no such column.
        let feedback = EventListScreen(kind: .feedback, agencyCode: "SXD", title: "x", events: [a], loading: false)
        XCTAssertNotEqual(EventListContent.table(feedback, model: m).columns.last?.title, "Late risk")
    }
}
