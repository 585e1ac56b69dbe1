import Foundation
@testable import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// A series name is a metric and a place ("Chỉ số ùn tắc – Đường Lạch Tray"): where the indicator column is narrow,
/// the metric is shortened and the place, the part that tells rows apart, stays whole.
final class SeriesNameTests: XCTestCase {
    private let corridors = ["Đường Lạch Tray", "Đường Tô Hiệu", "Đường Lê Lợi", "Đường Trần Phú", "Cầu Bính",
                             "Đường Hùng Vương", "Đường Lê Thánh Tông"]
    private let stations = ["Trạm Lê Chân", "Trạm An Dương", "Trạm Kiến An"]

    private func model(width: Int, height: Int, language: Language) -> ConsoleModel {
        var m = ConsoleFixture.model(width: width, height: height, language: language)
        var d = ConsoleFixture.dashboard
        let now = ConsoleFixture.now
        d.publicOrder = corridors.enumerated().map { i, place in
            KPIReading(definition: SeriesDefinition(key: "traffic.congestion.\(i)", pillar: .publicOrder, name: "Chỉ số ùn tắc – \(place)",
                                                    nameEN: "Congestion index – \(place)", unit: "/10"),
                       latest: Double(3 + i % 4), latestAt: now, history: [3, 4], sourceID: "simulator")
        } + stations.enumerated().map { i, place in
            KPIReading(definition: SeriesDefinition(key: "aqi.\(i)", pillar: .publicOrder, name: "VN_AQI – \(place)",
                                                    nameEN: "VN_AQI – \(place)", unit: "VN_AQI", warnAbove: 100),
                       latest: 80, latestAt: now, history: [80], sourceID: "simulator")
        }
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        return m
    }

    /// Every row the panel shows says its place whole, at every size below 300 columns, in both languages.
    func testThePlaceStaysWholeBelow300Columns() {
        for (width, height) in [(80, 24), (132, 40), (200, 60)] {
            for language in [Language.vi, .en] {
                let frame = SnapshotText.render(ConsoleView.render(model(width: width, height: height, language: language)))
                let rows = frame.split(separator: "\n").map(String.init).filter { $0.contains(" /10 ") || $0.contains(" VN_AQI ") }
                XCTAssertFalse(rows.isEmpty, frame)
                var seen: Set<String> = []
                for row in rows {
                    let places = (corridors + stations).filter { row.contains($0) }
                    XCTAssertEqual(places.count, 1, "\(width)x\(height) \(language): a row without its place: \(row)\n\(frame)")
                    seen.formUnion(places)
                }
                XCTAssertEqual(seen.count, rows.count, "no two rows read the same: \(width)x\(height) \(language)")
            }
        }
    }

}
