import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// Model rules: the streaming anomaly score and the forecast's probability of crossing a limit, warmed up on the days
/// read the first time a series is seen, judging only the usual window.
extension RuleEvaluatorTests {
    /// A VN_AQI-like daily cycle every 5 minutes: `base` at night, `peak` at 14:00 UTC+7 (07:00 UTC).
    func daily(from start: Date, hours: Double, base: Double, peak: Double, key: String = "aqi.le_chan",
               spikeAt: Date? = nil) -> [Observation] {
        (0..<Int(hours * 12)).map { i in
            let t = start + Double(i) * 300
            let hour = (t.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400)) / 3600
            let shape = exp(-pow((hour - 7) / 3, 2))
            var v = base + (peak - base) * shape + Double((i * 7919) % 11) / 5.5
            if let spikeAt, abs(t.timeIntervalSince(spikeAt)) < 1 { v += 400 }
            return Observation(seriesKey: key, time: t, value: v)
        }
    }

    func window(_ observations: [Observation], now: Date) -> RuleInputs {
        RuleInputs(now: now, series: [SeriesWindow(definition: definition(), observations: observations, sourceID: "simulator",
                                                   wardName: "Phường Lê Chân")])
    }

    func testAForecastRuleWarnsBeforeTheDailyPeakAndClearsAfterIt() throws {
        let rule = rule("aqi_forecast", .forecast, priority: 2, message: "{name}: dự báo vượt {limit} ({probability})",
                        RuleParameters(limit: .value(200)))
        let evaluator = RuleEvaluator(rules: [rule])
        let midnight = Date(timeIntervalSince1970: 1_767_139_200)  // 2025-12-31 00:00 UTC (07:00 UTC+7)
        // Five days whose afternoon peak reaches 260, read once as the warm-up, ending at 14:00 UTC the day before: the
        // days' peaks are not judged, and the next is 17 hours away.
        let history = daily(from: midnight - 5 * 86_400, hours: 4 * 24 + 14, base: 60, peak: 260)
        XCTAssertEqual(evaluator.evaluate(window(history, now: history.last!.time)), [], "the warm-up raises nothing")
        // Every half hour to 14:00 UTC: a warning at the rule's priority hours before the 07:00 UTC peak, cleared after.
        var raised: [ConditionChange] = []
        var cleared: [ConditionChange] = []
        for hour in stride(from: -9.5, through: 14.0, by: 0.5) {
            let now = midnight + hour * 3600
            let fresh = daily(from: midnight + (hour - 0.5) * 3600, hours: 0.5, base: 60, peak: 260)
            for change in evaluator.evaluate(window(fresh, now: now)) {
                if change.active { raised.append(change) } else { cleared.append(change) }
            }
        }
        let warning = try XCTUnwrap(raised.first { $0.priority == 2 }, "\(raised)")
        XCTAssertLessThan(warning.at, midnight + 7 * 3600, "before the peak at 07:00 UTC")
        // 200 is crossed near 05:15 UTC: the warning comes within about six hours of that, not a day ahead.
        XCTAssertGreaterThan(warning.at, midnight - 2 * 3600)
        XCTAssertEqual(warning.kind, .forecast)
        XCTAssertTrue(warning.message.hasPrefix("VN_AQI – Trạm Lê Chân: dự báo vượt 200 ("), warning.message)
        XCTAssertFalse(cleared.isEmpty, "cleared once the afternoon is past")
        XCTAssertGreaterThan(cleared.last!.at, midnight + 8 * 3600)
    }

    func testAForecastRuleStaysQuietBelowItsLimit() {
        let evaluator = RuleEvaluator(rules: [rule("aqi_forecast", .forecast, priority: 2, RuleParameters(limit: .value(200)))])
        let start = Date(timeIntervalSince1970: 1_767_139_200) - 5 * 86_400
        let history = daily(from: start, hours: 6 * 24, base: 40, peak: 120)
        var changes = evaluator.evaluate(window(Array(history.prefix(5 * 288)), now: history[5 * 288 - 1].time))
        for chunk in stride(from: 5 * 288, to: history.count, by: 6) {
            let part = Array(history[chunk..<min(chunk + 6, history.count)])
            changes += evaluator.evaluate(window(part, now: part.last!.time))
        }
        XCTAssertEqual(changes, [], "a peak of 120 never comes near 200")
    }

    func testForecastLevelsHoldWithinTheirHysteresisAsATable() {
        let p = RuleParameters()
        let cases: [(Double, Int, Int)] = [(0.1, 0, 0), (0.3, 0, 1), (0.69, 0, 1), (0.7, 0, 2), (0.65, 2, 2), (0.59, 2, 1),
                                           (0.25, 1, 1), (0.19, 1, 0), (0.95, 1, 2)]
        for (probability, held, expected) in cases {
            XCTAssertEqual(RuleEvaluator.forecastLevel(probability, held: held, parameters: p), expected, "p \(probability) held \(held)")
        }
    }

    func testAnAnomalyScoreRuleRaisesOnASpikeButNotOnAnOldOne() throws {
        let rule = rule("odd", .anomaly, message: "{name} {value}", RuleParameters(limit: .value(0.9), deadband: 0.3,
                                                                                  anomalyMeasure: .score))
        let evaluator = RuleEvaluator(rules: [rule])
        let start = Date(timeIntervalSince1970: 1_767_139_200) - 6 * 86_400
        // Six days of the daily cycle with a spike two days ago: learnt, not raised.
        let history = daily(from: start, hours: 6 * 24, base: 60, peak: 160, spikeAt: start + 4 * 86_400 + 3000)
        XCTAssertEqual(evaluator.evaluate(window(history, now: history.last!.time)), [], "an old spike is not raised at a restart")
        // The cycle goes on quietly, then a spike now.
        let next = history.last!.time
        var quiet = daily(from: next + 300, hours: 2, base: 60, peak: 160)
        XCTAssertEqual(evaluator.evaluate(window(quiet, now: quiet.last!.time)), [], "the daily cycle is learnt")
        let spike = quiet.last!.time + 1200
        quiet = daily(from: quiet.last!.time + 300, hours: 0.5, base: 60, peak: 160, spikeAt: spike)
        let changes = evaluator.evaluate(window(quiet, now: quiet.last!.time))
        XCTAssertEqual(changes.first?.active, true, "\(changes)")
        XCTAssertEqual(changes.first?.kind, .anomaly)
        XCTAssertEqual(changes.first?.at, spike)
    }

    func testModelRulesReadTheirSeriesFurtherBackTheFirstTime() {
        let evaluator = RuleEvaluator(rules: [rule("f", .forecast, RuleParameters(limit: .value(200))),
                                              rule("t", .threshold, selector: "traffic.*", RuleParameters(limit: .value(8)))])
        let plan = evaluator.readPlan(now: t0, window: 900)
        XCTAssertEqual(plan("aqi.le_chan").from, t0 - 7 * 86_400, "the raw week the cache keeps")
        XCTAssertEqual(plan("traffic.x").from, t0 - 900, "a threshold's usual window")
    }
}
