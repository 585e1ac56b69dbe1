import Foundation
import IOCDomain
import XCTest

/// One access rule filters the dashboard and the handover record: hidden domains' data goes, and how much is said.
final class AccessScopeTests: XCTestCase {
    func snapshot() -> DashboardSnapshot {
        var d = HandoverFixture.snapshot
        d.alarms[0].domain = .feedback
        d.alarms[1].domain = .publicOrder
        d.alarms[2].domain = nil            // kept from before domains: unknown, hidden while anything is
        d.alarms[3].kind = .sourceDown      // the IOC's own: always shown
        d.alarms[4].domain = .government
        d.alarms[5].domain = .socioEconomic
        return d
    }

    func testTheTableOfScopes() {
        let d = snapshot()
        let cases: [(restricted: Set<Pillar>, granted: Set<Pillar>, alarms: Int, feedback: Int, publicOrder: Int, government: Int, directives: Int)] = [
            ([], [], 6, 1, 3, 2, 3),
            ([.feedback], [], 4, 0, 3, 2, 3),
            ([.feedback], [.feedback], 6, 1, 3, 2, 3),
            ([.feedback, .publicOrder], [.publicOrder], 4, 0, 3, 2, 3),
            ([.publicOrder, .government, .directives], [], 3, 1, 0, 0, 0),
        ]
        for c in cases {
            let scope = AccessScope(restricted: c.restricted, granted: c.granted)
            let v = d.visible(to: scope)
            let what = "\(c.restricted) granted \(c.granted)"
            XCTAssertEqual(v.alarms.count, c.alarms, what)
            XCTAssertEqual(v.feedback.count, c.feedback, what)
            XCTAssertEqual(v.publicOrder.count, c.publicOrder, what)
            XCTAssertEqual(v.government.count, c.government, what)
            XCTAssertEqual(v.directives.count, c.directives, what)
            XCTAssertEqual(v.hidden?.alarms ?? 0, 6 - c.alarms, what)
            XCTAssertEqual(v.hidden?.domains ?? [], scope.hidden, what)
        }
        XCTAssertNil(d.visible(to: .everything).hidden, "nothing hidden, nothing said")
    }

    func testTheHandoverRecordAsAnAccountReadsIt() {
        var r = HandoverFixture.record
        for i in r.sections.openAlarms.indices { r.sections.openAlarms[i].domain = .publicOrder }
        for i in r.sections.shelvedAlarms.indices { r.sections.shelvedAlarms[i].alarm.domain = .publicOrder }
        for i in r.sections.staleAlarms.indices { r.sections.staleAlarms[i].domain = .publicOrder }
        r.sections.openAlarms[1].domain = .feedback
        let v = r.visible(to: AccessScope(restricted: [.feedback, .directives], granted: []))
        XCTAssertEqual(v.sections.openAlarms.count, r.sections.openAlarms.count - 1)
        XCTAssertEqual(v.sections.openDirectives, [])
        // Overdue work: the feedback counts go; an agency with nothing else left goes (CA had only feedback).
        XCTAssertEqual(v.sections.overdueByAgency.map(\.agencyCode), ["SXD"])
        XCTAssertEqual(v.sections.overdueByAgency.first?.overdueFeedback, 0)
        XCTAssertEqual(v.sections.hiddenItems, 1 + r.sections.openDirectives.count + 1)
        let en = HandoverMarkdown.render(v, .en)
        XCTAssertTrue(en.contains("- ⊘ \(v.sections.hiddenItems!) items of restricted domains (Citizen feedback, Leaders' directives) not shown to this account"), en)
        XCTAssertFalse(HandoverMarkdown.render(r, .en).contains("⊘"), "the stored record says nothing of hiding")
    }

    func testEventKindsAndPanelsHaveTheirDomains() {
        XCTAssertEqual(EventKind.allCases.map(\.pillar), [.government, .feedback, .publicOrder, .directives, .publicOrder])
    }
}
