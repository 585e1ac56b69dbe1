import Foundation
import XCTest
@testable import IOCConfig

/// `message_en`: the English text of a rule's message, read and validated like `message`.
extension RulesFileTests {
    private static let twoRules = """
        rules:
          aqi_bad:
            kind: threshold
            priority: 3
            series: "aqi.station.*"
            above: 150
            message: "{name}: VN_AQI {value} ({aqi}) vượt ngưỡng {limit}"
            message_en: "{name}: VN_AQI {value} ({aqi}) above {limit}"
          down:
            kind: source_down
            priority: 2
            message: "Mất kết nối nguồn dữ liệu {name}"
        """

    func testMessageENIsReadBesideTheVietnameseMessage() throws {
        let rules = try RulesFile.parse(Self.twoRules, file: "r.yaml")
        XCTAssertEqual(rules.map(\.id), ["aqi_bad", "down"])
        XCTAssertEqual(rules[0].message.description, "{name}: VN_AQI {value} ({aqi}) vượt ngưỡng {limit}")
        XCTAssertEqual(rules[0].messageEN?.description, "{name}: VN_AQI {value} ({aqi}) above {limit}")
        XCTAssertEqual(rules[0].messageEN?.placeholders, [.name, .value, .aqi, .limit])
        XCTAssertNil(rules[1].messageEN, "a rule without message_en has none")
        XCTAssertEqual(rules[1].message.description, "Mất kết nối nguồn dữ liệu {name}")
    }

    func testABadMessageENIsALocatedError() {
        let text = Self.twoRules.replacingOccurrences(of: "above {limit}\"", with: "above {limit} ({due})\"")
        do throws(ConfigErrors) {
            _ = try RulesFile.parse(text, file: "r.yaml")
            XCTFail("a {due} in a threshold rule's message_en parsed")
        } catch {
            XCTAssertEqual(error.description, "r.yaml:8: rules.aqi_bad.message_en: {due} is not available in a threshold "
                           + "rule; it can use {name} {value} {unit} {limit} {ward} {agency} {aqi} {source}")
        }
    }

    func testEveryShippedRuleSaysItInEnglishWithTheSamePlaceholders() throws {
        let path = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Rules/alarms.yaml").path
        let rules = try RulesFile.load(path: path)
        XCTAssertGreaterThan(rules.count, 10)
        for rule in rules {
            guard let english = rule.messageEN else {
                XCTFail("\(rule.id) has no message_en")
                continue
            }
            XCTAssertEqual(Set(english.placeholders), Set(rule.message.placeholders), rule.id)
            XCTAssertNotEqual(english.description, rule.message.description, rule.id)
        }
        XCTAssertEqual(rules.first { $0.id == "aqi_bad" }?.messageEN?.description,
                       "{name}: VN_AQI {value} ({aqi}) above {limit}")
        XCTAssertEqual(rules.first { $0.id == "aqi_bad" }?.message.description,
                       "{name}: VN_AQI {value} ({aqi}) vượt ngưỡng {limit}", "the Vietnamese stays as it was")
    }
}
