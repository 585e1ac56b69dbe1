import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

final class RuleEvaluatorTests: XCTestCase {
    /// Wednesday 2025-11-19 10:00 UTC+7.
    let t0 = Date(timeIntervalSince1970: 1_763_521_200)

    func rule(_ id: String, _ kind: AlarmRule.Kind, selector: String = "aqi.*", priority: Int = 3,
              message: String = "{name} {value}", _ parameters: RuleParameters = RuleParameters()) -> AlarmRule {
        guard case .success(let text) = RuleMessage.parse(message) else { fatalError("bad message in test") }
        return AlarmRule(id: id, kind: kind, priority: priority, selector: selector, parameters: parameters,
                         message: text)
    }

    func definition(_ key: String = "aqi.le_chan", warnAbove: Double? = nil) -> SeriesDefinition {
        SeriesDefinition(key: key, pillar: .publicOrder, name: "VN_AQI – Trạm Lê Chân", nameEN: "AQI", unit: "VN_AQI",
                         agencyCode: "STNMT", wardCode: "11311", warnAbove: warnAbove)
    }

    /// Inputs at the last value's time with these values one minute apart from `t0` (offset by `startMinute`).
    func inputs(_ values: [Double], key: String = "aqi.le_chan", startMinute: Int = 0, warnAbove: Double? = nil)
        -> RuleInputs {
        let observations = values.enumerated().map {
            Observation(seriesKey: key, time: t0 + Double(startMinute + $0.offset) * 60, value: $0.element)
        }
        return RuleInputs(now: observations.last?.time ?? t0,
                          series: [SeriesWindow(definition: definition(key, warnAbove: warnAbove),
                                                observations: observations, sourceID: "simulator",
                                                wardName: "Phường Lê Chân")])
    }

    /// Feeds each value as its own evaluation, one minute apart; returns "+" for a raise, "-" for a clear, "."
    /// for nothing, per value.
    func trace(_ evaluator: RuleEvaluator, _ values: [Double], warnAbove: Double? = nil) -> String {
        values.enumerated().map { index, value in
            let changes = evaluator.evaluate(inputs([value], startMinute: index, warnAbove: warnAbove))
            XCTAssertLessThanOrEqual(changes.count, 1)
            return changes.first.map { $0.active ? "+" : "-" } ?? "."
        }.joined()
    }

    func testThresholdBoundariesDeadbandAndOnDelayAsATable() {
        let cases: [(String, RuleParameters, [Double], String)] = [
            ("above is strict", RuleParameters(comparison: .above, limit: .value(150)), [150, 151, 150, 149], ".+-."),
            ("at or above includes the limit", RuleParameters(comparison: .atOrAbove, limit: .value(150)),
             [149, 150, 149.9], ".+-"),
            ("below", RuleParameters(comparison: .below, limit: .value(15)), [15, 14.9, 15], ".+-"),
            ("at or below", RuleParameters(comparison: .atOrBelow, limit: .value(15)), [15.1, 15, 15.1], ".+-"),
            ("deadband holds until back inside by 10", RuleParameters(limit: .value(150), deadband: 10),
             [151, 145, 141, 140, 151], "+..-+"),
            ("deadband below", RuleParameters(comparison: .below, limit: .value(15), deadband: 5),
             [14, 19, 20], "+.-"),
            ("on-delay: 2 minutes beyond before raising", RuleParameters(limit: .value(150), onDelay: 120),
             [151, 152, 153, 149], "..+-"),
            ("on-delay restarts when the value dips", RuleParameters(limit: .value(150), onDelay: 120),
             [151, 152, 150, 151, 152, 153], ".....+"),
            ("on-delay restarts in the deadband too",
             RuleParameters(limit: .value(150), deadband: 10, onDelay: 60), [151, 145, 151, 152], "...+"),
        ]
        for (name, parameters, values, expected) in cases {
            let evaluator = RuleEvaluator(rules: [rule("r", .threshold, parameters)])
            XCTAssertEqual(trace(evaluator, values), expected, name)
        }
    }

    func testThresholdFromTheSeriesWarnLevelAndSkipsSeriesWithoutOne() {
        let evaluator = RuleEvaluator(rules: [rule("flood", .threshold, RuleParameters(limit: .seriesWarnAbove))])
        XCTAssertEqual(trace(evaluator, [120, 131, 129], warnAbove: 130), ".+-")
        let without = RuleEvaluator(rules: [rule("flood", .threshold, RuleParameters(limit: .seriesWarnAbove))])
        XCTAssertEqual(trace(without, [120, 500, 10]), "...")
    }

    func testOneCallWithManyValuesEqualsOneCallPerValue() {
        let values: [Double] = [140, 151, 152, 160, 145, 139, 151, 151, 151, 120]
        let parameters = RuleParameters(limit: .value(150), deadband: 10, onDelay: 60)
        let batch = RuleEvaluator(rules: [rule("r", .threshold, parameters)]).evaluate(inputs(values))
        let stepwise = RuleEvaluator(rules: [rule("r", .threshold, parameters)])
        var single: [ConditionChange] = []
        for (index, value) in values.enumerated() {
            single += stepwise.evaluate(inputs([value], startMinute: index))
        }
        XCTAssertEqual(batch, single)
        XCTAssertEqual(batch.map(\.active), [true, false, true, false])
        XCTAssertEqual(batch.map(\.at), [t0 + 120, t0 + 300, t0 + 420, t0 + 540])
    }

    func testRepeatedInputsChangeNothingAndTheChangeCarriesEverything() {
        let evaluator = RuleEvaluator(rules: [rule("aqi_bad", .threshold, priority: 2,
                                                   message: "{name} {value} ({aqi}) vượt ngưỡng {limit} – {ward}",
                                                   RuleParameters(limit: .value(150)))])
        let same = inputs([140, 183])
        let changes = evaluator.evaluate(same)
        XCTAssertEqual(changes, [ConditionChange(
            ruleID: "aqi_bad", subject: "aqi.le_chan", kind: .threshold, active: true, priority: 2, value: 183,
            message: "VN_AQI – Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150 – Phường Lê Chân", agencyCode: "STNMT",
            wardCode: "11311", sourceID: "simulator", at: t0 + 60, domain: .publicOrder)], "the change carries its series' domain")
        XCTAssertEqual(changes.first?.alarmID, "aqi_bad|aqi.le_chan")
        XCTAssertEqual(evaluator.evaluate(same), [], "the same inputs again are no transition")
        XCTAssertEqual(evaluator.activeAlarmIDs, ["aqi_bad|aqi.le_chan"])
        let cleared = evaluator.evaluate(inputs([183, 120], startMinute: 1))
        XCTAssertEqual(cleared.map(\.active), [false])
        XCTAssertEqual(cleared.first?.message,
                       "Đã trở lại bình thường: VN_AQI – Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150 – Phường Lê Chân")
        XCTAssertEqual(evaluator.activeAlarmIDs, [])
    }

    func testBadQualityValuesAreIgnored() {
        let evaluator = RuleEvaluator(rules: [rule("r", .threshold, RuleParameters(limit: .value(150)))])
        var bad = inputs([500])
        bad.series[0].observations[0].quality = .bad
        XCTAssertEqual(evaluator.evaluate(bad), [])
        XCTAssertEqual(evaluator.evaluate(inputs([151], startMinute: 1)).map(\.active), [true])
    }

    func testRateOfChangeRiseAndFallOverTheWindow() {
        // Speeds one minute apart; the window is 10 minutes, so a rate needs at least 5 minutes of history.
        let fall = rule("speed", .rateOfChange, selector: "*", RuleParameters(
            limit: .value(30), deadband: 10, direction: .down, ratePer: 3600, rateWindow: 600))
        let evaluator = RuleEvaluator(rules: [fall])
        let steady = Array(repeating: 40.0, count: 6)
        // Falling 2 km/h a minute from minute 6: at minute 6 the window shows 2 km/h in 6 minutes (20/h, inside the
        // deadband), at minute 7 4 km/h in 7 minutes (34.3/h): raised. Once steady, the window slides past the fall.
        let values = steady + [38, 36, 34, 32, 30] + Array(repeating: 30.0, count: 12)
        let changes = evaluator.evaluate(inputs(values, key: "traffic.speed.x"))
        XCTAssertEqual(changes.map(\.active), [true, false])
        XCTAssertEqual(changes.first?.at, t0 + 7 * 60, "first value whose window shows a fast fall")
        XCTAssertEqual(changes.first?.value ?? 0, 4.0 / 420 * 3600, accuracy: 0.001)
        XCTAssertEqual(changes.last?.at, t0 + 19 * 60, "32 → 30 over the 10-minute window is 12/h, under 30 − 10")
        let rise = RuleEvaluator(rules: [rule("rise", .rateOfChange, selector: "*", RuleParameters(
            limit: .value(2), direction: .up, ratePer: 60, rateWindow: 120))])
        XCTAssertEqual(rise.evaluate(inputs([0, 1, 5], key: "k")).map(\.active), [true],
                       "5 in 2 minutes is 2.5 per minute")
        let tooShort = RuleEvaluator(rules: [rule("rise", .rateOfChange, selector: "*", RuleParameters(
            limit: .value(2), direction: .up, ratePer: 60, rateWindow: 600))])
        XCTAssertEqual(tooShort.evaluate(inputs([0, 100], key: "k")), [], "one minute of a 10-minute window")
    }
}
