import Foundation
@testable import IOCConsole
import IOCDomain
import TUIWidgets
import XCTest

/// The console judges the dossier target by the same table as the wall, and names incident categories as it does.
final class KPITargetConsoleTests: XCTestCase {
    func testExactly95PercentWarns() {
        XCTAssertEqual(PanelContent.severity(onTime: 95.0), .warning)
        XCTAssertEqual(PanelContent.severity(onTime: 95.1), .normal)
        XCTAssertEqual(PanelContent.severity(onTime: 89.9), .critical)
    }

    /// The public-order panel's summary says the categories' full names, as the wall does.
    func testTheSummaryNamesCategoriesAsTheWallDoes() {
        for (language, words) in [(Language.vi, ["Tai nạn giao thông 2", "Ngập úng 1"]), (.en, ["Traffic accidents 2", "Flooding 1"])] {
            let m = ConsoleFixture.model(width: 200, height: 60, language: language)
            let summary = PanelContent.publicOrder(m.dashboard!, model: m).summary ?? ""
            for w in words { XCTAssertTrue(summary.contains(w), "\(language): \(summary)") }
        }
    }
}

/// A river gauge on the public-order panel: the nearest official level and the signed difference, ranked by the level
/// it has reached (báo động III before a normal reading listed before it), in both languages.
final class WaterLevelPanelTests: XCTestCase {
    func testAGaugeAtLevelThreeLeadsThePanelWithItsDifference() throws {
        for (language, cell) in [(Language.vi, "BĐ III +0,17"), (.en, "AL III +0.17")] {
            var m = ConsoleFixture.model(width: 200, height: 60, language: language)
            let station = WaterLevelStation(seriesKey: "water.river.pha_lai", name: "Sông Thái Bình tại Phả Lại",
                                            nameEN: "Thái Bình River at Phả Lại", river: "Sông Thái Bình",
                                            levels: [.one: 4.0, .two: 5.0, .three: 6.0])
            let definition = SeriesDefinition(key: station.seriesKey, pillar: .publicOrder, name: "Mực nước – Sông Thái Bình tại Phả Lại",
                                              nameEN: "Water level – Thái Bình River at Phả Lại", unit: "m", direction: .lowerIsBetter,
                                              warnAbove: 4.0)
            var d = try XCTUnwrap(m.dashboard)
            d.publicOrder.append(KPIReading(definition: definition, latest: 6.17, latestAt: m.now, history: [5.9, 6.0, 6.17],
                                            sourceID: "simulator"))
            d.waterLevels = [WaterLevelStatus(station: station, value: 6.17, at: m.now, direction: .rising)]
            m.dashboard = d
            let table = PanelContent.publicOrder(d, model: m)
            let index = try XCTUnwrap(table.rows.firstIndex { $0.cells[0].contains("Phả Lại") })
            let speed = try XCTUnwrap(table.rows.firstIndex { $0.cells[0].contains("Lạch Tray") })
            XCTAssertLessThan(index, speed, "\(language): ranked by its level (critical), above a normal reading listed before it")
            let first = table.rows[index]
            XCTAssertEqual(first.cells[3], cell)
            XCTAssertEqual(first.severity, .critical)
            XCTAssertTrue(first.cells[4].hasPrefix("↑"), first.cells[4])
        }
    }
}
