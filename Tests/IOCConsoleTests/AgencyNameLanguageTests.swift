import Foundation
@testable import IOCConsole
import IOCDomain
import XCTest

/// Agency names in the console's language: the store's English name (`agency.name_en`) in English, the Vietnamese
/// name where there is none, and the same row order in both languages.
final class AgencyNameLanguageTests: XCTestCase {
    static let construction = "Department of Construction"
    /// As a table cell shows it (`AgencyShortName`: "Department of X" is "X Dept.").
    static let constructionCell = "Construction Dept."

    /// The fixture city with Sở Xây dựng named in English everywhere; Sở Tư pháp has no English name.
    private func model(_ language: Language) throws -> ConsoleModel {
        var m = ConsoleFixture.modelWithAlarms()
        var d = try XCTUnwrap(m.dashboard)
        d.government[0].agencyNameEN = Self.construction
        d.feedback[1].agencyNameEN = Self.construction
        d.directives[0].agencyNameEN = Self.construction
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        m.language = language
        return m
    }

    func testTheSummariesPickEnglishAndFallBackToVietnamese() {
        var a = AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng")
        XCTAssertEqual(a.agencyName(.en), "Sở Xây dựng", "no English name: the Vietnamese one")
        a.agencyNameEN = Self.construction
        XCTAssertEqual(a.agencyName(.en), Self.construction)
        XCTAssertEqual(a.agencyName(.vi), "Sở Xây dựng")
        let f = FeedbackSummary(agencyCode: "SXD", agencyName: "Sở Xây dựng", agencyNameEN: Self.construction)
        XCTAssertEqual(f.agencyName(.en), Self.construction)
        XCTAssertEqual(f.agencyName(.vi), "Sở Xây dựng")
        var e = ConsoleFixture.feedbackCase("PA-1", dueInHours: 3)
        XCTAssertEqual(e.agencyName(.en), "Sở Xây dựng")
        e.agencyNameEN = Self.construction
        XCTAssertEqual(e.agencyName(.en), Self.construction)
        XCTAssertNil(EventSummary(event: e.event, sourceID: "pakn").agencyName(.en), "no agency name at all stays nil")
    }

    func testGovernmentRowsShowEnglishNamesInTheSameOrder() throws {
        let en = try model(.en)
        let vi = try model(.vi)
        let enTable = PanelContent.government(try XCTUnwrap(en.dashboard), lang: .en)
        let enRows = enTable.rows
        let viRows = PanelContent.government(try XCTUnwrap(vi.dashboard), lang: .vi).rows
        XCTAssertEqual(viRows.map { $0.cells[0] }, ["Sở Xây dựng", "Sở Tư pháp"])
        XCTAssertEqual(enRows.map { $0.cells[0] }, [Self.constructionCell, "Sở Tư pháp"], "Sở Tư pháp has no English name")
        guard case .events(_, let code, let title)? = enTable.targets.first else { return XCTFail("no drill-down target") }
        XCTAssertEqual(code, "SXD")
        XCTAssertEqual(title, Self.construction, "the drill-down screen is titled in English too")
    }

    func testFeedbackRowsShowEnglishNamesInTheSameOrder() throws {
        let en = try model(.en)
        let vi = try model(.vi)
        let enNames = PanelContent.feedback(try XCTUnwrap(en.dashboard), lang: .en).rows.map { $0.cells[0] }
        let viNames = PanelContent.feedback(try XCTUnwrap(vi.dashboard), lang: .vi).rows.map { $0.cells[0] }
        XCTAssertEqual(viNames, ["Sở Xây dựng", "Sở Tư pháp"])
        XCTAssertEqual(enNames, [Self.constructionCell, "Sở Tư pháp"])
    }

    func testAlarmAgencyColumnAndDetailSpeakEnglish() throws {
        let en = try model(.en)
        let d = try XCTUnwrap(en.dashboard)
        let table = AlarmListContent.table(d, model: en)
        let byID = Dictionary(uniqueKeysWithValues: zip(table.rows, table.targets).compactMap { row, target -> (String, String)? in
            guard case .alarm(let a)? = target else { return nil }
            return (a.ruleID, row.cells[3])
        })
        XCTAssertEqual(byID["aqi-high"], Self.constructionCell)
        XCTAssertEqual(byID["flood"], "SNNMT", "an agency the dashboard does not name shows its code")
        let aqi = try XCTUnwrap(d.alarms.first { $0.ruleID == "aqi-high" })
        XCTAssertTrue(AlarmListContent.detailLines(aqi, d, model: en).contains { $0.hasPrefix("Agency: \(Self.construction) (SXD)") })
        let vi = try model(.vi)
        let viRows = AlarmListContent.table(try XCTUnwrap(vi.dashboard), model: vi).rows
        XCTAssertTrue(viRows.contains { $0.cells[3] == "Sở Xây dựng" })
        XCTAssertFalse(viRows.contains { $0.cells[3] == Self.construction })
    }

    func testAlarmAgencyFallsBackToVietnameseWithoutAnEnglishName() throws {
        var m = ConsoleFixture.modelWithAlarms()
        var d = try XCTUnwrap(m.dashboard)
        d.alarms = [ConsoleFixture.alarm("late", agency: "STP", state: .unacknowledged, priority: .high, message: "Hồ sơ trễ hạn")]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        m.language = .en
        XCTAssertEqual(AlarmListContent.table(try XCTUnwrap(m.dashboard), model: m).rows.first?.cells[3], "Sở Tư pháp")
    }

    func testGroupTitleAndDirectiveOwnerInEnglish() throws {
        var m = try model(.en)
        var d = try XCTUnwrap(m.dashboard)
        d.alarms = ConsoleFixture.deadlineAlarms
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let rows = AlarmListContent.table(try XCTUnwrap(m.dashboard), model: m).rows
        XCTAssertEqual(rows.first?.cells[2].hasPrefix("▸ 3 deadline alarms"), true, rows.first?.cells[2] ?? "")
        XCTAssertEqual(rows.first?.cells[3], Self.constructionCell)
        let directives = PanelContent.directives(try XCTUnwrap(m.dashboard), model: m).rows
        XCTAssertEqual(directives.first?.cells[1], Self.constructionCell)
        let event = try XCTUnwrap(m.dashboard?.directives.first)
        XCTAssertTrue(EventListContent.detailLines(event, model: m).contains("Agency: \(Self.construction)"))
    }
}
