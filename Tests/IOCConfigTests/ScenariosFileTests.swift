import Foundation
import IOCDomain
import XCTest
@testable import IOCConfig

/// Operating scenario files (`Scenarios/*.yaml`, issue 18): the shipped ones read as written and cover every urgent
/// shipped rule; a bad file names its file, line and key.
final class ScenariosFileTests: XCTestCase {
    static let shipped = ConfigFixtures.packageRoot.appendingPathComponent("Scenarios")

    static func shippedPaths() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: shipped.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { shipped.appendingPathComponent($0).path }
    }

    func testEveryShippedScenarioReadsAndEveryUrgentShippedRuleHasOne() throws {
        let loaded = ScenariosFile.loadAll(paths: try Self.shippedPaths())
        XCTAssertEqual(loaded.errors, [])
        XCTAssertEqual(Set(loaded.scenarios.map(\.id)), ["air-quality", "directive-overdue", "dossier-backlog", "external-alert",
                                                          "feedback-surge", "flood-river", "source-down", "storm",
                                                          "traffic-accident", "waterlogging"])
        for scenario in loaded.scenarios {
            XCTAssertFalse(scenario.stages.isEmpty, scenario.id)
            XCTAssertNotNil(scenario.procedure, "\(scenario.id): the alarm response procedure")
            XCTAssertNotNil(scenario.title.en, "\(scenario.id): an English title")
            for step in scenario.stages.flatMap(\.steps) {
                XCTAssertNotNil(step.title.en, "\(scenario.id).\(step.id): an English title")
                XCTAssertFalse(step.owner.isEmpty)
            }
        }
        let rules = try RulesFile.load(path: ConfigFixtures.packageRoot.appendingPathComponent("Rules/alarms.yaml").path)
        XCTAssertEqual(ScenariosFile.rulesWithoutScenario(rules, scenarios: loaded.scenarios).map(\.id), [],
                       "every shipped rule of priority 1–2 has a scenario")
        XCTAssertEqual(ScenariosFile.rulesWithoutScenario(rules, scenarios: []).map(\.id).sorted(),
                       ["aqi_very_bad", "directive_overdue", "emergency_alert", "flood_alert", "source_down"])
    }

    func testTheShippedFloodAndStormScenariosReadAsWritten() throws {
        let flood = try ScenariosFile.load(path: Self.shipped.appendingPathComponent("flood-river.yaml").path)
        XCTAssertEqual(flood.version, 1)
        XCTAssertEqual(flood.start, .proposed)
        XCTAssertEqual(flood.triggers, [.waterLevel(gauge: "water.river.*", level: 1), .manual])
        XCTAssertEqual(flood.stages.map(\.id), ["level-1", "level-2", "level-3"])
        let confirm = flood.stages[0].steps[0]
        XCTAssertEqual(confirm.due, .after(1800))
        XCTAssertEqual(confirm.evidence, .number(label: BilingualText(vi: "mực nước hiện tại", en: "current water level"), unit: "m"))
        XCTAssertTrue(confirm.required)
        XCTAssertEqual(flood.stages[0].steps[3].decision?.branches.map(\.goTo), ["level-2", nil])
        XCTAssertEqual(flood.procedure?.responseTime, 900)
        let storm = try ScenariosFile.load(path: Self.shipped.appendingPathComponent("storm.yaml").path)
        XCTAssertEqual(storm.city, "hai-phong")
        XCTAssertEqual(storm.stages[0].steps[1].decision?.branches.map(\.goTo), ["near", "at-sea", "landfall"])
        XCTAssertEqual(storm.stages[3].steps[0].due, .at(hour: 18, minute: 0))
        XCTAssertEqual(storm.stages[3].steps[1].due?.written, "20:00")
        XCTAssertTrue(storm.triggers.contains(.riskLevel(hazard: "storm", atLeast: 3)))
    }

    static let minimal = """
        scenario:
          id: test
          version: 1
          approved: { by: "IOC", on: 2026-12-07 }
          title: "Thử"
          hazard: flood
          start: automatic
          triggers:
            - manual
          stages:
            - id: one
              title: "Một"
              steps:
                - id: a
                  title: "Bước A"
                  owner: CATP
        """

    func testAMinimalScenarioTakesItsDefaults() throws {
        let scenario = try ScenariosFile.parse(Self.minimal, file: "test.yaml")
        XCTAssertEqual(scenario.stages[0].steps[0].required, true)
        XCTAssertNil(scenario.stages[0].steps[0].due)
        XCTAssertNil(scenario.procedure)
        XCTAssertNil(scenario.city)
        XCTAssertEqual(scenario.title.text(.en), "Thử", "no English title: the Vietnamese stands in")
    }

    /// Each row: a line of the minimal file replaced (or lines added), and the error expected, as printed.
    func testABadFileNamesItsFileLineAndKey() {
        let cases: [(replace: String, with: String, error: String)] = [
            ("  version: 1", "  version: zero", "s.yaml:3: scenario.version: expected a whole number, found 'zero'"),
            ("  approved: { by: \"IOC\", on: 2026-12-07 }", "  approved: { by: \"IOC\", on: 7/12/2026 }",
             "s.yaml:4: scenario.approved.on: expected a day like 2025-06-15, found '7/12/2026'"),
            ("  hazard: flood", "  hazard: flod", "s.yaml:6: scenario.hazard: unknown value 'flod'"),
            ("  start: automatic", "  start: later", "s.yaml:7: scenario.start: unknown value 'later'"),
            ("    - manual", "    - water_level: { gauge: \"water.river.*\", level: 4 }",
             "s.yaml:9: scenario.triggers[0].water_level.level: 4 is out of range 1…3"),
            ("    - manual", "    - alarm_rule: \"bad pattern!\"", "s.yaml:9: scenario.triggers[0].alarm_rule: 'bad pattern!' is not a key pattern"),
            ("    - manual", "    - alarm_kind: flood", "s.yaml:9: scenario.triggers[0].alarm_kind: unknown value 'flood'"),
            ("          owner: CATP", "          owner: CATP\n          due: 25:00",
             "s.yaml:17: scenario.stages[0].steps[0].due: expected a clock time like 18:00, found '25:00'"),
            ("          owner: CATP", "          owner: CATP\n          due: soon",
             "s.yaml:17: scenario.stages[0].steps[0].due: expected a time after the start like 30m or 2h"),
            ("          owner: CATP", "          owner: CATP\n          evidence: photo",
             "s.yaml:17: scenario.stages[0].steps[0].evidence: expected note, or a mapping"),
            ("          owner: CATP", "          owner: CATP\n          colour: red",
             "s.yaml:17: scenario.stages[0].steps[0].colour: unknown key"),
            ("          owner: CATP", "          owner: CATP\n        - id: a\n          title: \"Lại A\"\n          owner: CATP",
             "s.yaml:17: scenario.stages[0].steps[1].id: step 'a' is defined twice"),
            ("          owner: CATP", """
                          owner: CATP
                          decision:
                            question: "Sơ tán?"
                            branches:
                              - { id: yes, label: "Có", go_to: evacuate }
                              - { id: no, label: "Không", when: { series: water.river.a, at_or_above: level_4 } }
                """, "s.yaml:21: scenario.stages[0].steps[0].decision.branches[1].when.at_or_above: expected a number or level_1"),
            ("          owner: CATP", """
                          owner: CATP
                          decision:
                            question: "Sơ tán?"
                            branches:
                              - { id: yes, label: "Có", go_to: evacuate }
                              - { id: no, label: "Không" }
                """, "s.yaml:20: scenario.stages[0].steps[0].decision.branches[0].go_to: no stage 'evacuate'; stages: one"),
            ("          owner: CATP", "", "s.yaml:14: scenario.stages[0].steps[0].owner: required key is missing"),
            ("          owner: CATP", "          owner: CATP\n          due: 1e300d",
             "s.yaml:17: scenario.stages[0].steps[0].due: 1e300d is longer than 30 days"),
        ]
        for (replace, with, expected) in cases {
            let text = Self.minimal.replacingOccurrences(of: replace, with: with)
            XCTAssertNotEqual(text, Self.minimal, "the row changes the file: \(replace)")
            do {
                _ = try ScenariosFile.parse(text, file: "s.yaml")
                XCTFail("accepted: \(with)")
            } catch {
                let printed = error.errors.map(\.description)
                XCTAssertTrue(printed.contains { $0.hasPrefix(expected) }, "expected \(expected)\nfound \(printed)")
            }
        }
    }

    func testAScenarioIsNamedByItsFileAndOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Self.minimal.write(to: folder.appendingPathComponent("test.yaml"), atomically: true, encoding: .utf8)
        try Self.minimal.write(to: other.appendingPathComponent("test.yaml"), atomically: true, encoding: .utf8)
        try Self.minimal.write(to: folder.appendingPathComponent("renamed.yaml"), atomically: true, encoding: .utf8)
        let loaded = ScenariosFile.loadAll(paths: [folder.appendingPathComponent("test.yaml").path,
                                                   other.appendingPathComponent("test.yaml").path,
                                                   folder.appendingPathComponent("renamed.yaml").path])
        XCTAssertEqual(loaded.scenarios.map(\.id), ["test"])
        XCTAssertEqual(loaded.errors.map { "\(($0.file as NSString).lastPathComponent):\($0.line): \($0.key)" },
                       ["test.yaml:2: scenario.id", "renamed.yaml:2: scenario.id"])
        XCTAssertTrue(loaded.errors[0].message.contains("already the id of"))
        XCTAssertTrue(loaded.errors[1].message.contains("differs from the file name 'renamed'"))
    }
}
