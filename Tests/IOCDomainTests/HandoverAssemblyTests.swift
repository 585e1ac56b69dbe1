import Foundation
import IOCDomain
import XCTest

final class HandoverAssemblyTests: XCTestCase {
    let s = HandoverFixture.record.sections

    func testOpenAlarmsAreTheMainListByPriority() {
        XCTAssertEqual(s.openAlarms.map(\.ruleID), ["rtn", "high-unack", "old", "low-ack"])
    }

    func testShelvedAndOutOfServiceCarryTheirReasonsAndExpiry() {
        // Same priority and age: by id.
        XCTAssertEqual(s.shelvedAlarms.map(\.alarm.ruleID), ["oos", "shelved"])
        XCTAssertEqual(s.shelvedAlarms.map(\.reason), ["Cảm biến hỏng", "Bảo trì trạm đo"])
        XCTAssertNil(s.shelvedAlarms[0].until)
        XCTAssertEqual(s.shelvedAlarms[1].until, HandoverFixture.now.addingTimeInterval(1800))
    }

    func testStaleAlarmsAreActiveForMoreThanADay() {
        XCTAssertEqual(s.staleAlarms.map(\.ruleID), ["old"])
    }

    func testSourcesDownFirstThenDegradedNeverOK() {
        XCTAssertEqual(s.sourcesNotOK.map(\.sourceID), ["down", "deg"])
    }

    func testKPIBreachesAboveAndBelowTheirLimits() {
        XCTAssertEqual(s.kpiBreaches.map(\.key), ["aqi.a", "speed"])
        XCTAssertEqual(s.kpiBreaches.map(\.above), [true, false])
        XCTAssertEqual(s.kpiBreaches.map(\.limit), [150, 15])
    }

    func testKPIBreachesAreNamedInTheReadersLanguage() throws {
        XCTAssertEqual(s.kpiBreaches.map { $0.name(.vi) }, ["VN_AQI An Dương", "Tốc độ Lạch Tray"])
        XCTAssertEqual(s.kpiBreaches.map { $0.name(.en) }, ["AQI", "Speed"])
        let en = HandoverMarkdown.render(HandoverFixture.record, .en)
        XCTAssertTrue(en.contains("- AQI: "), en)
        XCTAssertFalse(en.contains("VN_AQI An Dương"), en)
        // A record written before the English name was kept still reads, in Vietnamese.
        var old = try JSONSerialization.jsonObject(with: JSONEncoder().encode(s.kpiBreaches[0])) as! [String: Any]
        old["nameEN"] = nil
        let decoded = try JSONDecoder().decode(HandoverKPIBreach.self, from: JSONSerialization.data(withJSONObject: old))
        XCTAssertEqual(decoded.name(.en), "VN_AQI An Dương")
    }

    func testOverdueWorkIsMergedPerAgencyMostOverdueFirst() {
        XCTAssertEqual(s.overdueByAgency.map(\.agencyCode), ["CA", "SXD"])
        XCTAssertEqual(s.overdueByAgency[0].overdueFeedback, 4)
        XCTAssertEqual(s.overdueByAgency[1].lateDossiers, 2)
        XCTAssertEqual(s.overdueByAgency[1].dueSoonDossiers, 1)
    }

    func testOpenDirectivesOverdueFirstClosedLeftOut() {
        XCTAssertEqual(s.openDirectives.map(\.externalID), ["CD-1", "CD-2"])
        XCTAssertEqual(s.openDirectives.map(\.overdue), [true, false])
    }

    func testLogEntriesInWritingOrderCorrectionsIncluded() {
        XCTAssertEqual(s.logEntries.map(\.id), [1, 2, 3])
        XCTAssertEqual(s.logEntries[2].corrects, 2)
    }

    func testAnEmptyCityGivesEmptySections() {
        let empty = HandoverAssembly.sections(from: DashboardSnapshot(readAt: HandoverFixture.now), entries: [], now: HandoverFixture.now)
        XCTAssertEqual(empty, HandoverSections())
    }
}
