import Foundation
@testable import IOCConsole
import IOCDomain
import XCTest

/// An alarm's message in the console's language (`Alarm.message(_:)`): English where the rule gave one, else the
/// Vietnamese text, in rows, group titles, the detail screen and the load screen.
final class AlarmLanguageTests: XCTestCase {
    static let aqiEN = "VN_AQI Le Chan station 183 (Bad) above 150"

    /// The fixture's alarms, the air-quality one and the first dossier one with an English message.
    private func model(_ language: Language, expanded: Bool = false) throws -> ConsoleModel {
        var m = ConsoleFixture.modelWithAlarmGroup()
        var d = try XCTUnwrap(m.dashboard)
        d.alarms[0].messageEN = Self.aqiEN
        d.alarms[1].messageEN = "Dossier HS-001 due soon (5 h left)"
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        m.language = language
        if expanded { m.expandedAlarmGroups = ["SXD|deadline"] }
        return m
    }

    func testMessagePicksEnglishAndFallsBackToVietnamese() {
        var a = ConsoleFixture.alarm("x", state: .unacknowledged, priority: .high, message: "Mất kết nối nguồn dữ liệu")
        XCTAssertEqual(a.message(.en), "Mất kết nối nguồn dữ liệu", "no English text: the Vietnamese one")
        a.messageEN = ""
        XCTAssertEqual(a.message(.en), "Mất kết nối nguồn dữ liệu", "an empty English text never shows as an empty cell")
        a.messageEN = "Data source down"
        XCTAssertEqual(a.message(.en), "Data source down")
        XCTAssertEqual(a.message(.vi), "Mất kết nối nguồn dữ liệu")
    }

    func testEnglishRowsShowTheEnglishTextAndVietnameseWhereThereIsNone() throws {
        let en = try model(.en, expanded: true)
        let t = AlarmListContent.table(try XCTUnwrap(en.dashboard), model: en)
        XCTAssertEqual(t.rows.map { $0.cells[2] }, [
            Self.aqiEN,
            "▾ 3 deadline alarms — Dossier HS-001 due soon (5 h left)",
            "  ├ Dossier HS-001 due soon (5 h left)",
            "  ├ Hồ sơ HS-003 sắp trễ hạn (còn 20 giờ)",
            "  └ Hồ sơ HS-002 sắp trễ hạn (còn 9 giờ)",
            "Mực nước Cầu Rào 182 cm vượt báo động",
        ])
        let vi = try model(.vi, expanded: true)
        let viRows = AlarmListContent.table(try XCTUnwrap(vi.dashboard), model: vi).rows.map { $0.cells[2] }
        XCTAssertEqual(viRows.first, "VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150", "Vietnamese stays the default")
        XCTAssertEqual(viRows[2], "  ├ Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)")
    }

    func testTheFilterFindsAnAlarmByItsEnglishText() throws {
        var m = try model(.en)
        m.alarmFilter = "above 150"
        XCTAssertEqual(AlarmListContent.visibleAlarms(try XCTUnwrap(m.dashboard), model: m).map(\.id), ["aqi-high|s"])
    }

    func testTheDetailScreenTitleAndLinesSpeakEnglish() throws {
        var m = try model(.en)
        let a = try XCTUnwrap(m.dashboard?.alarms.first)
        XCTAssertEqual(AlarmListContent.detailLines(a, m.dashboard, model: m).first, "Alarm: " + Self.aqiEN)
        m.screens.append(.alarmDetail(AlarmDetailScreen(alarm: a, loading: false)))
        let frame = ConsoleView.render(m)
        let text = (0..<frame.height).map { y in (0..<frame.width).map { frame[$0, y].grapheme }.joined() }
            .joined(separator: "\n")
        XCTAssertTrue(text.contains(a.state.glyph + " " + Self.aqiEN), text)
        XCTAssertFalse(text.contains("vượt ngưỡng 150"), "no Vietnamese text of this alarm on the English screen")
    }
}
