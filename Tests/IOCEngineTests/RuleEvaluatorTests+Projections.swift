import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// Projections (issue 18): the series the rules file's `projections:` names get a seasonal forecast with its 80 %
/// interval once they have a record of their own errors, made once a step (not at every value), shared with the forecast
/// rules of the series; daily refits run off the cycle.
extension RuleEvaluatorTests {
    func testAProjectedSeriesGetsItsForecastOnceAStepAndOthersNone() throws {
        let evaluator = RuleEvaluator(rules: [], projections: ProjectionSettings(series: "aqi.*", ahead: 3 * 3600))
        let midnight = Date(timeIntervalSince1970: 1_767_139_200)
        // A first day only: the model is fitted, but has no record of its errors yet — nothing is projected.
        let first = daily(from: midnight - 5 * 86_400, hours: 26, base: 60, peak: 260)
        _ = evaluator.evaluate(window(first, now: first.last!.time))
        XCTAssertEqual(evaluator.takeProjections().count, 0, "no interval it cannot back with its own errors")
        // Four more days: projected, 12 steps of 15 minutes, intervals around the point forecast.
        let more = daily(from: first.last!.time + 300, hours: 4 * 24, base: 60, peak: 260)
        _ = evaluator.evaluate(window(more, now: more.last!.time))
        let taken = evaluator.takeProjections()
        XCTAssertEqual(taken.map(\.key), ["aqi.le_chan"])
        let p = try XCTUnwrap(taken.first?.projection)
        XCTAssertEqual(p.values.count, 12)
        XCTAssertEqual(p.step, 900)
        XCTAssertEqual(p.level, 0.8)
        XCTAssertTrue(p.values.allSatisfy { $0.lower <= $0.mean && $0.mean <= $0.upper && $0.upper > $0.lower }, "\(p.values)")
        XCTAssertEqual(p.values.first!.at.timeIntervalSince(p.origin), 900)
        // The peak (260 at 07:00 UTC) is forecast within the band of a day's values.
        XCTAssertTrue(p.values.allSatisfy { $0.mean > 20 && $0.mean < 320 })
        XCTAssertEqual(evaluator.takeProjections().count, 0, "nothing new until a step completes")
        // Values within the same step: still nothing; the next step: a new one.
        let t = more.last!.time
        _ = evaluator.evaluate(window([Observation(seriesKey: "aqi.le_chan", time: t + 60, value: 70)], now: t + 60))
        let next = (1...4).map { Observation(seriesKey: "aqi.le_chan", time: t + 60 + Double($0) * 300, value: 70) }
        _ = evaluator.evaluate(window(next, now: next.last!.time))
        XCTAssertEqual(evaluator.takeProjections().count, 1)
        // A series the pattern does not name is not forecast at all.
        let other = RuleEvaluator(rules: [], projections: ProjectionSettings(series: "traffic.*"))
        _ = other.evaluate(window(first + more, now: more.last!.time))
        XCTAssertEqual(other.takeProjections().count, 0)
        XCTAssertFalse(other.valueRules(of: "aqi.le_chan").forecaster)
        XCTAssertTrue(evaluator.valueRules(of: "aqi.le_chan").forecaster)
        XCTAssertEqual(evaluator.valueRules(of: "aqi.le_chan").warmUp, SeriesModelState.forecastWarmUp, "read a week back when first seen")
    }

    func testDailyRefitsAreLeftToTheRefitJobAndOneForecasterServesRulesAndProjections() {
        let rule = rule("aqi_forecast", .forecast, priority: 2, RuleParameters(limit: .value(200)))
        let evaluator = RuleEvaluator(rules: [rule], projections: ProjectionSettings(series: "aqi.*"))
        let start = Date(timeIntervalSince1970: 1_767_139_200) - 5 * 86_400
        let history = daily(from: start, hours: 3 * 24, base: 60, peak: 160)
        _ = evaluator.evaluate(window(history, now: history.last!.time))
        let fits = evaluator.memory.withLock { $0.forecasters["aqi.le_chan"]?.fitCount }
        XCTAssertEqual(fits, 1, "the first fit in the cycle, the daily ones not")
        XCTAssertEqual(evaluator.memory.withLock { $0.forecasters.count }, 1, "one forecaster for the rule and the projection")
        XCTAssertTrue(evaluator.memory.withLock { $0.forecasters["aqi.le_chan"]!.refitDue })
        XCTAssertEqual(evaluator.refitModels().refitted, 1)
        XCTAssertEqual(evaluator.memory.withLock { $0.forecasters["aqi.le_chan"]?.fitCount }, 2)
        XCTAssertFalse(evaluator.memory.withLock { $0.forecasters["aqi.le_chan"]!.refitDue })
        XCTAssertEqual(evaluator.refitModels().refitted, 0, "nothing due until its next day")
    }
}
