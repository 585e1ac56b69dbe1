import Foundation
import XCTest
@testable import IOCConfig

/// `forecast` rules and `anomaly` rules scored by the streaming detector: read, and their mistakes located.
extension RulesFileTests {
    func rulesText(_ body: String) -> String { "rules:\n  r:\n" + body.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n" }

    func testForecastAndScoreRulesAreRead() throws {
        let forecast = try RulesFile.parse(rulesText("""
            kind: forecast
            priority: 2
            series: "aqi.station.*"
            above: 200
            within: 6h
            watch: 0.3
            warning: 0.7
            message: "{name}: VN_AQI có thể vượt {limit} trong 6 giờ (xác suất {probability})"
            """), file: "r.yaml")[0]
        XCTAssertEqual(forecast.kind, .forecast)
        XCTAssertEqual(forecast.parameters.limit, .value(200))
        XCTAssertEqual(forecast.parameters.forecastWithin, 6 * 3600)
        XCTAssertEqual(forecast.parameters.warningProbability, 0.7)
        let score = try RulesFile.parse(rulesText("""
            kind: anomaly
            priority: 4
            series: "traffic.speed.*"
            score: 0.95
            deadband: 0.3
            message: "{name} {value} {unit} bất thường"
            """), file: "r.yaml")[0]
        XCTAssertEqual(score.parameters.anomalyMeasure, .score)
        XCTAssertEqual(score.parameters.limit, .value(0.95))
    }

    func testForecastAndScoreMistakesAreLocated() {
        let cases: [(String, String)] = [
            ("kind: forecast\npriority: 2\nseries: a.*\nwithin: 6h\nmessage: x", "r.yaml:3: rules.r.above: required key is missing"),
            ("kind: forecast\npriority: 2\nseries: a.*\nabove: 200\nwithin: 12h\nmessage: x", "r.yaml:7: rules.r.within: a forecast looks at most 6h ahead"),
            ("kind: forecast\npriority: 2\nseries: a.*\nabove: 200\nwatch: 0.8\nmessage: x", "r.yaml:7: rules.r.watch: the watch (0.8) must be below the warning (0.7)"),
            ("kind: forecast\npriority: 2\nseries: a.*\nabove: 200\nwarning: 1.5\nmessage: x", "r.yaml:7: rules.r.warning: a probability between 0 and 1"),
            ("kind: forecast\npriority: 2\nseries: a.*\nabove: 200\nmessage: \"{baseline}\"", "r.yaml:7: rules.r.message: {baseline} is not available in a forecast rule"),
            ("kind: anomaly\npriority: 4\nseries: a.*\nscore: 2\nmessage: x", "r.yaml:6: rules.r.score: a score is between 0 and 1"),
            ("kind: forecast\npriority: 4\nseries: a.*\nabove: 200\nmessage: x", "r.yaml:4: rules.r.priority: a forecast rule's priority is its warning's"),
        ]
        assertMistakes(cases) { (text: String) throws(ConfigErrors) in try RulesFile.parse(rulesText(text), file: "r.yaml") }
    }

    func testProjectionsAreReadAndTheirMistakesLocated() throws {
        let rule = "rules:\n  r:\n    kind: stale\n    priority: 3\n    series: a.*\n    stale_after: 10m\n    message: x\n"
        XCTAssertNil(try RulesFile.parseContents(rule, file: "r.yaml").projections, "optional")
        let read = try RulesFile.parseContents(rule + "projections:\n  series: \"traffic.*|aqi.*\"\n  ahead: 3h\n", file: "r.yaml")
        XCTAssertEqual(read.projections, ProjectionSettings(series: "traffic.*|aqi.*", ahead: 3 * 3600))
        XCTAssertEqual(read.rules.count, 1)
        XCTAssertEqual(try RulesFile.parseContents(rule + "projections:\n  series: a.*\n", file: "r.yaml").projections?.ahead, 6 * 3600)
        let cases: [(String, String)] = [
            ("projections:\n  ahead: 3h\n", "r.yaml:9: projections.series: required key is missing"),
            ("projections:\n  series: a.*\n  ahead: 12h\n", "r.yaml:10: projections.ahead: a projection reaches 15m to 6h ahead, found 720 minutes"),
            ("projections:\n  series: a.*\n  ahead: soon\n", "r.yaml:10: projections.ahead:"),
            ("projections:\n  series: a.*\n  horizon: 3h\n", "r.yaml:10: projections.horizon:"),
        ]
        assertMistakes(cases) { (text: String) throws(ConfigErrors) in try RulesFile.parseContents(rule + text, file: "r.yaml") }
    }

    func testAtRiskDeadlineRulesAreReadAndTheirMistakesLocated() throws {
        let rule = try RulesFile.parse(rulesText("kind: deadline\npriority: 4\nevents: dossier\nwhen: at_risk\nprobability: 0.8\ngroup: agency\nat_least: 5\nmessage: \"{agency}: {count}\""), file: "r.yaml")[0]
        XCTAssertEqual(rule.parameters.deadline, .atRisk)
        XCTAssertEqual(rule.parameters.warningProbability, 0.8)
        XCTAssertEqual(rule.conditionKind, .atRisk)
        let cases: [(String, String)] = [
            ("kind: deadline\npriority: 4\nevents: feedback\nwhen: at_risk\nmessage: x", "r.yaml:6: rules.r.when: only dossiers have a lateness estimate"),
            ("kind: deadline\npriority: 4\nevents: dossier\nwhen: overdue\nprobability: 0.8\nmessage: x", "r.yaml:7: rules.r.probability: only a 'when: at_risk' rule has a probability"),
            ("kind: deadline\npriority: 4\nevents: dossier\nwhen: at_risk\nprobability: 1\nmessage: x", "r.yaml:7: rules.r.probability: a probability between 0 and 1, found '1'"),
        ]
        assertMistakes(cases) { (text: String) throws(ConfigErrors) in try RulesFile.parse(rulesText(text), file: "r.yaml") }
    }

    func testSurgeRulesAreReadAndTheirMistakesLocated() throws {
        let rule = try RulesFile.parse(rulesText("kind: surge\npriority: 3\nevents: feedback\nwithin: 30m\nat_least: 6\nmessage: \"{ward}: {count} — {title}\""), file: "r.yaml")[0]
        XCTAssertEqual(rule.kind, .surge)
        XCTAssertEqual(rule.selector, "feedback")
        XCTAssertEqual(rule.parameters.surgeWindow, 1800)
        XCTAssertEqual(rule.parameters.minimumCount, 6)
        XCTAssertEqual(rule.parameters.grouping, .topic, "per topic unless told")
        XCTAssertEqual(rule.conditionKind, .surge)
        let cases: [(String, String)] = [
            ("kind: surge\npriority: 3\nmessage: x", "r.yaml:3: rules.r.events: required key is missing"),
            ("kind: surge\npriority: 3\nevents: feedback\ngroup: item\nmessage: x", "r.yaml:6: rules.r.group: a surge is counted per topic or per agency"),
            ("kind: surge\npriority: 3\nevents: feedback\nwithin: 2d\nmessage: x", "r.yaml:6: rules.r.within: a surge is counted over 10m to 24h"),
            ("kind: surge\npriority: 3\nevents: feedback\nmessage: \"{due}\"", "r.yaml:6: rules.r.message: {due} is not available"),
            ("kind: deadline\npriority: 3\nevents: feedback\nwhen: overdue\ngroup: topic\nmessage: x", "r.yaml:7: rules.r.group: a deadline rule counts per item or per agency"),
        ]
        assertMistakes(cases) { (text: String) throws(ConfigErrors) in try RulesFile.parse(rulesText(text), file: "r.yaml") }
    }

    /// Each (text, expected start of the error) refused by `parse` with that error.
    func assertMistakes<T>(_ cases: [(String, String)], file: StaticString = #filePath, line: UInt = #line,
                           _ parse: (String) throws(ConfigErrors) -> T) {
        for (text, expected) in cases {
            do throws(ConfigErrors) {
                _ = try parse(text)
                XCTFail("accepted: \(text)", file: file, line: line)
            } catch {
                XCTAssertTrue(error.description.hasPrefix(expected), "\(text) → \(error.description)", file: file, line: line)
            }
        }
    }
}
