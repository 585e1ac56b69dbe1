import Foundation
import IOCDomain
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class RulesFileTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rules")

    private func text(_ relative: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(relative), encoding: .utf8)
    }

    func testInvalidFixturesProduceTheirExactErrors() throws {
        let folder = Self.fixtures.appendingPathComponent("invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let expected = try text("invalid/" + (name as NSString).deletingPathExtension + ".errors")
                .trimmingCharacters(in: .newlines)
            let source = try text("invalid/" + name)
            do throws(ConfigErrors) {
                _ = try RulesFile.parse(source, file: name)
                XCTFail("\(name) parsed without errors")
            } catch {
                XCTAssertEqual(error.description, expected, "errors of \(name)")
            }
        }
    }

    func testEveryKindWithEverySetting() throws {
        let rules = try RulesFile.parse(try text("valid/rules-every-kind.yaml"), file: "r.yaml")
        XCTAssertEqual(rules.map(\.id), ["aqi_bad", "flood", "speed", "silent", "down", "dossiers", "directives", "rain"])
        XCTAssertEqual(rules.map(\.kind), [.threshold, .threshold, .rateOfChange, .stale, .sourceDown, .deadline,
                                           .deadline, .anomaly])
        XCTAssertEqual(rules.map(\.conditionKind.rawValue), ["threshold", "threshold", "rate", "stale", "source_down",
                                                    "deadline_soon", "overdue", "anomaly"])
        XCTAssertEqual(rules[0].parameters, RuleParameters(comparison: .above, limit: .value(150), deadband: 10,
                                                           onDelay: 600))
        XCTAssertEqual(rules[0].priority, 2)
        XCTAssertEqual(rules[0].selector, "aqi.station.*")
        XCTAssertEqual(rules[0].message.description, "{name} {value} ({aqi}) vượt ngưỡng {limit}")
        XCTAssertEqual(rules[1].parameters.comparison, .atOrAbove)
        XCTAssertEqual(rules[1].parameters.limit, .seriesWarnAbove)
        XCTAssertEqual(rules[2].parameters, RuleParameters(limit: .value(1.5), deadband: 0.5, onDelay: 0,
                                                           direction: .down, ratePer: 60, rateWindow: 1200))
        XCTAssertEqual(rules[3].parameters.staleAfter, 1800)
        XCTAssertEqual(rules[4].selector, "*", "source_down watches every source by default")
        XCTAssertEqual(rules[5].selector, "dossier")
        XCTAssertEqual(rules[5].parameters, RuleParameters(deadline: .dueSoon, warningWindow: 12 * 3600,
                                                           grouping: .agency, minimumCount: 10))
        XCTAssertEqual(rules[6].parameters.grouping, .item, "per item by default")
        XCTAssertEqual(rules[6].parameters.deadline, .overdue)
        XCTAssertEqual(rules[7].parameters.anomalyMeasure, .sigma)
        XCTAssertEqual(rules[7].parameters.limit, .value(3))
        XCTAssertEqual(rules[7].parameters.direction, .up)
    }

    func testShippedDefaultRulesAreValidAndCoverEveryKind() throws {
        let path = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Rules/alarms.yaml").path
        let rules = try RulesFile.load(path: path)
        XCTAssertEqual(Set(rules.map(\.kind)), Set(AlarmRule.Kind.allCases))
        let deadlines = rules.filter { $0.kind == .deadline }
        XCTAssertTrue(deadlines.filter { $0.selector != "directive" }.allSatisfy { $0.parameters.grouping == .agency },
                      "dossiers and feedback are counted per agency")
        XCTAssertTrue(deadlines.filter { $0.selector == "directive" }.allSatisfy { $0.parameters.grouping == .item })
        XCTAssertEqual(rules.first { $0.id == "aqi_very_bad" }?.priority, 1)
    }

    func testMessagesAreNFCAndRenderPlaceholders() throws {
        let decomposed = "Ve\u{0302}\u{0323}t {name}"
        guard case .success(let message) = RuleMessage.parse(decomposed) else { return XCTFail("should parse") }
        XCTAssertEqual(message.render { $0 == .name ? "x" : "?" }, "Vệt x")
        XCTAssertEqual(message.render { _ in "x" }.unicodeScalars.count, 5, "ệ is one scalar in NFC")
        XCTAssertEqual(RuleMessage.parse("{a}{"), .failure(.unknownPlaceholder("a")))
        XCTAssertEqual(RuleMessage.parse("a}"), .failure(.unbalancedBraces))
        XCTAssertEqual(RuleMessage.parse("{na{me}"), .failure(.unbalancedBraces))
    }

    func testGlobsAsATable() {
        let cases: [(String, String, Bool)] = [
            ("aqi.*", "aqi.station.le_chan", true), ("aqi.*", "aqi", false), ("aqi*", "aqi", true),
            ("*.level.*", "water.level.tam_bac", true), ("water.?", "water.a", true), ("water.?", "water.ab", false),
            ("aqi.*|water.*", "water.x", true), ("aqi.*|water.*", "traffic.x", false), ("*", "", true),
            ("a*b*c", "axxbyyc", true), ("a*b*c", "axxbyy", false), ("simulator", "simulator", true),
        ]
        for (pattern, text, expected) in cases {
            XCTAssertEqual(RuleGlob.matches(pattern, text), expected, "\(pattern) ~ \(text)")
        }
    }

    func testComparisonsAsATable() {
        let cases: [(RuleComparison, Double, Bool, Bool)] = [
            // comparison, value (limit 10, deadband 2), beyond, clear
            (.above, 10, false, false), (.above, 10.1, true, false), (.above, 8, false, true),
            (.atOrAbove, 10, true, false), (.atOrAbove, 8, false, false), (.atOrAbove, 7.9, false, true),
            (.below, 10, false, false), (.below, 9.9, true, false), (.below, 12, false, true),
            (.atOrBelow, 10, true, false), (.atOrBelow, 12, false, false), (.atOrBelow, 12.1, false, true),
        ]
        for (comparison, value, beyond, clear) in cases {
            XCTAssertEqual(comparison.isBeyond(value, limit: 10), beyond, "\(comparison) \(value) beyond")
            XCTAssertEqual(comparison.isClear(value, limit: 10, deadband: 2), clear, "\(comparison) \(value) clear")
        }
    }

    func testRulesFileIsFoundInTheConfigDirectoryElseThePackage() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temp) }
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        let shipped = ConfigLocator(explicitDirectory: temp.path, environment: [:], executablePath: "")
        XCTAssertEqual(shipped.rulesPath().map { ($0 as NSString).lastPathComponent }, "alarms.yaml")
        XCTAssertEqual(shipped.rulesPath().map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent },
                       "Rules")
        let own = temp.appendingPathComponent("rules.yaml")
        try "rules:\n  x: { kind: source_down, priority: 9, message: m }\n".write(to: own, atomically: true, encoding: .utf8)
        let configured = ConfigLocator(explicitDirectory: temp.path, environment: [:], executablePath: "")
        XCTAssertEqual(configured.rulesPath(), own.standardizedFileURL.resolvingSymlinksInPath().path)
        let check = ConfigCheck.run(locator: configured)
        XCTAssertTrue(check.checked.contains(own.standardizedFileURL.resolvingSymlinksInPath().path))
        XCTAssertEqual(check.errors.map(\.description),
                       ["\(own.standardizedFileURL.resolvingSymlinksInPath().path):2: x.priority: 9 is out of range 1…4"
                            .replacingOccurrences(of: ": x.", with: ": rules.x.")])
    }
}
