import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// `water_level` rules: one alarm per gauge, its priority following the official level reached (III 1, II 2, I 3).
extension RuleEvaluatorTests {
    static let longBien = WaterLevelStation(seriesKey: "aqi.le_chan", name: "Sông Hồng tại Long Biên", nameEN: "Red River at Long Biên",
                                            river: "Sông Hồng", levels: [.one: 9.5, .two: 10.5, .three: 11.5])

    /// Each value fed as its own evaluation one minute apart: "+N" raised (or raised again) at priority N, "-" cleared, "."
    /// nothing.
    func waterTrace(_ evaluator: RuleEvaluator, _ values: [Double]) -> String {
        values.enumerated().map { index, value in
            let changes = evaluator.evaluate(inputs([value], startMinute: index))
            XCTAssertLessThanOrEqual(changes.count, 1)
            guard let change = changes.first else { return "." }
            return change.active ? "+\(change.priority)" : "-"
        }.joined(separator: " ")
    }

    func testWaterLevelPriorityFollowsTheOfficialLevelAsATable() {
        let cases: [(String, RuleParameters, [Double], String)] = [
            ("below I: nothing", RuleParameters(), [8.0, 9.49], ". ."),
            ("I, II, III one after the other, each raised at its priority", RuleParameters(),
             [9.5, 10.5, 11.6], "+3 +2 +1"),
            ("straight to II", RuleParameters(), [9.0, 10.7], ". +2"),
            ("falling: lowered, then cleared below I", RuleParameters(), [10.6, 10.2, 9.0], "+2 +3 -"),
            ("deadband: held at II within 0.1 m below it", RuleParameters(deadband: 0.1), [10.6, 10.45, 10.41, 10.39],
             "+2 . . +3"),
            ("deadband below I before clearing", RuleParameters(deadband: 0.1), [9.6, 9.45, 9.39], "+3 . -"),
            ("falling from III to just under II stands for II, not I", RuleParameters(deadband: 0.05),
             [11.6, 10.48, 10.52, 10.44], "+1 +2 . +3"),
            ("falling from II to just under I is not cleared", RuleParameters(deadband: 0.05), [10.6, 9.47, 9.51], "+2 +3 ."),
            ("on-delay: two minutes at the level", RuleParameters(onDelay: 120), [9.6, 9.7, 9.8, 9.0], ". . +3 -"),
            ("on-delay for a higher level too", RuleParameters(onDelay: 60), [9.6, 9.7, 10.6, 10.7], ". +3 . +2"),
        ]
        for (name, parameters, values, expected) in cases {
            let evaluator = RuleEvaluator(rules: [rule("river", .waterLevel, parameters)], waterLevels: [Self.longBien])
            XCTAssertEqual(waterTrace(evaluator, values), expected, name)
        }
    }

    func testWaterLevelMessageSaysTheLevelAndTheSignedDifference() throws {
        let message = "{name} {value} {unit}, {difference} (báo động {level}: {limit} {unit})"
        guard case .success(let en) = RuleMessage.parse("{name} {value} {unit}, {difference} (alarm level {level}: {limit} {unit})")
        else { return XCTFail("bad message") }
        var r = rule("river", .waterLevel, message: message)
        r.messageEN = en
        let evaluator = RuleEvaluator(rules: [r], waterLevels: [Self.longBien])
        let change = try XCTUnwrap(evaluator.evaluate(inputs([10.62])).first)
        XCTAssertEqual(change.kind, .waterLevel)
        XCTAssertEqual(change.message, "Sông Hồng tại Long Biên 10,62 VN_AQI, trên báo động II 0,12 m (báo động II: 10,50 VN_AQI)")
        XCTAssertEqual(change.messageEN, "Red River at Long Biên 10.62 VN_AQI, 0.12 m above alarm level II (alarm level II: 10.50 VN_AQI)")
    }

    func testAWaterLevelAlarmHeldAtARestartIsNotRaisedAgainAndClears() {
        let raised = ConditionChange(ruleID: "river", subject: "aqi.le_chan", kind: .waterLevel, active: true, priority: 2,
                                     message: "II", at: t0)
        let evaluator = RuleEvaluator(rules: [rule("river", .waterLevel)], waterLevels: [Self.longBien], active: [raised])
        XCTAssertEqual(waterTrace(evaluator, [10.6, 11.6, 8.0]), ". +1 -", "held at II: only III and the clear are news")
    }

    func testAGaugeWithoutAStationIsNotJudged() {
        let evaluator = RuleEvaluator(rules: [rule("river", .waterLevel)], waterLevels: [])
        XCTAssertEqual(waterTrace(evaluator, [100, 200]), ". .")
    }
}
