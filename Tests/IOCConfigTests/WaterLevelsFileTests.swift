import Foundation
import IOCDomain
import IOCScreenConfig
import XCTest
@testable import IOCConfig

/// `water-levels.yaml`: river stations with their official alarm levels, errors located by file, line and key.
final class WaterLevelsFileTests: XCTestCase {
    func errors(_ text: String) -> String {
        do throws(ConfigErrors) {
            let stations = try WaterLevelsFile.parse(text, file: "water-levels.yaml")
            return "parsed: \(stations.count)"
        } catch {
            return error.description
        }
    }

    func testTheShippedFileHasBothCitiesRealStations() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/water-levels.yaml").path
        let stations = try WaterLevelsFile.load(path: path)
        let byKey = Dictionary(uniqueKeysWithValues: stations.map { ($0.seriesKey, $0) })
        XCTAssertEqual(byKey["water.river.long_bien"]?.levels, [.one: 9.5, .two: 10.5, .three: 11.5])
        XCTAssertEqual(byKey["water.river.son_tay"]?.levels, [.one: 12.4, .two: 13.4, .three: 14.4])
        XCTAssertEqual(byKey["water.river.pha_lai"]?.levels, [.one: 4.0, .two: 5.0, .three: 6.0])
        XCTAssertEqual(byKey["water.river.chanh_chu"]?.levels, [.one: 2.5, .two: 3.0])
        XCTAssertEqual(byKey["water.river.cat_khe"]?.levels, [.two: 4.5])
        XCTAssertEqual(byKey["water.river.trung_trang"]?.tidal, true)
        XCTAssertEqual(stations.filter { $0.city == "ha-noi" }.count, 5)
        XCTAssertEqual(stations.filter { $0.city == "hai-phong" }.count, 5)
    }

    func testErrorsAreLocatedAndNamed() {
        let head = "stations:\n  water.river.a:\n    name: \"A\"\n    river: \"Sông A\"\n"
        let table: [(String, String)] = [
            (head + "    levels: { I: 3, II: 2 }\n",
             "water-levels.yaml:5: stations.water.river.a.levels: level II (2.0) must be higher than level I (3.0)"),
            (head + "    levels: { IV: 3 }\n", "water-levels.yaml:5: stations.water.river.a.levels.IV: unknown key"),
            (head + "    levels: { I: high }\n", "water-levels.yaml:5: stations.water.river.a.levels.I:"),
            (head + "    levels: { I: 1 }\n    city: hue\n", "water-levels.yaml:6: stations.water.river.a.city:"),
            (head + "    levels: { I: 1 }\n    tidal: maybe\n", "water-levels.yaml:6: stations.water.river.a.tidal:"),
            (head + "    levels: { I: 1 }\n    colour: red\n", "water-levels.yaml:6: stations.water.river.a.colour: unknown key"),
            ("stations:\n  water.river.*:\n    name: A\n    river: A\n    levels: { I: 1 }\n",
             "water-levels.yaml:3: stations.water.river.*: a station's key is the series key"),
            (head, "water-levels.yaml:3: stations.water.river.a.levels: required key is missing"),
        ]
        for (text, expected) in table {
            XCTAssertTrue(errors(text).hasPrefix(expected), "\(text) → \(errors(text))")
        }
        XCTAssertEqual(errors(head + "    levels: { II: 4.5 }\n"), "parsed: 1", "a station may have level II alone")
    }

    func testPlaysAreParsedOrRefusedWithWhatCanBePlayed() {
        XCTAssertEqual(try SimulatorPlay.parse("flood-river").get(), SimulatorPlay(kind: .floodRiver, level: 2))
        XCTAssertEqual(try SimulatorPlay.parse("flood-river:3").get(), SimulatorPlay(kind: .floodRiver, level: 3))
        XCTAssertEqual(try SimulatorPlay.parse("air-quality").get(), SimulatorPlay(kind: .airQuality))
        for bad in ["flood-river:4", "waterlogging:2", "earthquake", ""] {
            guard case .failure(let error) = SimulatorPlay.parse(bad) else { return XCTFail(bad) }
            XCTAssertFalse(error.message.isEmpty, bad)
        }
        guard case .failure(let error) = SimulatorPlay.parse("earthquake") else { return XCTFail() }
        XCTAssertTrue(error.message.contains("flood-river, waterlogging, air-quality, traffic-accident"), error.message)
    }
}

/// `ioc check` on rules and stations together: a water_level rule that matches no station can raise nothing.
final class WaterLevelCheckTests: XCTestCase {
    func testAWaterLevelRuleWithNoStationIsAWarning() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-wl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temp) }
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        try """
            rules:
              gauges:
                kind: water_level
                priority: 3
                series: "water.gauge.*"
                message: "{name} {difference}"
            """.write(to: temp.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let check = ConfigCheck.run(locator: ConfigLocator(explicitDirectory: temp.path, environment: [:], executablePath: ""))
        XCTAssertEqual(check.errors.map(\.description), [])
        XCTAssertTrue(check.warnings.contains { $0.key == "rules.gauges" && $0.message.contains("matches no station") && $0.line == 2 },
                      check.warnings.map(\.description).joined(separator: "\n"))
        // The shipped rules and stations: the river rule matches the stations.
        let shipped = ConfigCheck.run(locator: ConfigLocator(explicitDirectory: nil, environment: [:], executablePath: ""))
        XCTAssertFalse(shipped.warnings.contains { $0.message.contains("matches no station") })
    }
}
