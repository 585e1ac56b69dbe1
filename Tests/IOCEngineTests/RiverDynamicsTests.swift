import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// The simulated rivers: around their official levels, the tide staying below báo động I on tidal stations, and a
/// played flood reaching the level asked for a minute after the play, seen rising over the three hours before.
final class RiverDynamicsTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let stations = try! WaterLevelsFile.load(path: root.appendingPathComponent("Config/water-levels.yaml").path)
    let play = Date(timeIntervalSince1970: 1_796_000_000)

    func testAPlayedFloodReachesTheLevelAskedForAMinuteAfterThePlay() throws {
        let haiphong = Self.stations.filter { $0.city == "hai-phong" }
        for level in 1...3 {
            let river = RiverDynamics(seed: 7, stations: haiphong, plays: [SimulatorPlay(kind: .floodRiver, level: level, at: play)])
            let index = try XCTUnwrap(haiphong.firstIndex { $0.seriesKey == "water.river.pha_lai" }, "the first non-tidal station")
            let station = haiphong[index]
            let wanted = try XCTUnwrap(WaterAlarmLevel(rawValue: level))
            XCTAssertLessThan(river.stage(index, at: play - 3 * 3600, recentRain: 0), try XCTUnwrap(station.levels[.one]),
                              "below level I before the rise")
            XCTAssertEqual(station.levelReached(river.stage(index, at: play + 90, recentRain: 0)), wanted, "level \(level)")
            let before = river.stage(index, at: play - 3600, recentRain: 0), after = river.stage(index, at: play, recentRain: 0)
            XCTAssertGreaterThan(after, before + 0.3, "rising over the hours before")
            XCTAssertEqual(station.levelReached(river.stage(index, at: play + 4 * 3600, recentRain: 0)), wanted, "held for hours")
            XCTAssertNil(station.levelReached(river.stage(index, at: play + 30 * 3600, recentRain: 0)), "gone a day later")
        }
    }

    func testTidesFollowTheMoonAndStayBelowLevelOneWithoutAFlood() {
        let stations = Self.stations.filter { $0.city == "hai-phong" }
        let river = RiverDynamics(seed: 7, stations: stations)
        for (index, station) in stations.enumerated() {
            var lowest = Double.infinity, highest = -Double.infinity
            for step in 0..<(30 * 144) {
                let v = river.stage(index, at: play + Double(step) * 600, recentRain: 0)
                lowest = min(lowest, v); highest = max(highest, v)
            }
            XCTAssertNil(station.levelReached(highest), "\(station.seriesKey) reached a level with no flood: \(highest)")
            if station.tidal {
                XCTAssertGreaterThan(highest - lowest, 1.0, "\(station.seriesKey): a tide of more than a metre")
            }
        }
    }

    func testTheSimulatorWritesItsCitysRiversInMetres() throws {
        let connector = SimulatorConnector(city: .hanoi, seed: 7, model: try CityModel.load(.hanoi), rivers: Self.stations)
        let batch = connector.batch(cursor: nil, now: play)
        let rivers = Set(batch.observations.map(\.seriesKey).filter { $0.hasPrefix("water.river.") })
        XCTAssertEqual(rivers, ["water.river.long_bien", "water.river.son_tay", "water.river.trung_ha", "water.river.thuong_cat",
                                "water.river.ba_tha"])
        let definition = try XCTUnwrap(batch.seriesDefinitions.first { $0.key == "water.river.long_bien" })
        XCTAssertEqual(definition.unit, "m")
        XCTAssertEqual(definition.warnAbove, 9.5)
    }
}
