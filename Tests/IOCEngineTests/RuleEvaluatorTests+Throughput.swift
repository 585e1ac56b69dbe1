import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// Evaluation cost: every new observation passes through the matching rules once; old ones are skipped.
extension RuleEvaluatorTests {
    func testThroughputOfManySeriesAndOnlyNewValuesAreEvaluated() {
        let rules = [
            rule("high", .threshold, selector: "s.*", RuleParameters(limit: .value(90), deadband: 5, onDelay: 120)),
            rule("fast", .rateOfChange, selector: "s.*", RuleParameters(limit: .value(50), direction: .both,
                                                                      rateWindow: 600)),
            rule("stale", .stale, selector: "s.*", RuleParameters(staleAfter: 900)),
        ]
        let evaluator = RuleEvaluator(rules: rules)
        let seriesCount = 1000, points = 60
        var series: [SeriesWindow] = []
        for s in 0..<seriesCount {
            let key = "s.\(s)"
            var observations: [Observation] = []
            for i in 0..<points {
                let value = Double((s * 7 + i * 13) % 100)
                observations.append(Observation(seriesKey: key, time: t0 + Double(i) * 60, value: value))
            }
            series.append(SeriesWindow(definition: definition(key), observations: observations, sourceID: "sim"))
        }
        let input = RuleInputs(now: t0 + Double(points - 1) * 60, series: series)
        let started = Date()
        let changes = evaluator.evaluate(input)
        let seconds = Date().timeIntervalSince(started)
        let observations = seriesCount * points
        print("rule evaluation: \(observations) observations × \(rules.count) rules in "
              + "\(String(format: "%.3f", seconds)) s = \(Int(Double(observations) / max(seconds, 1e-9))) observations/s, "
              + "\(changes.count) changes")
        XCTAssertGreaterThan(changes.count, 0)
        let again = Date()
        XCTAssertEqual(evaluator.evaluate(input), [], "nothing new: no transitions")
        let repeatSeconds = Date().timeIntervalSince(again)
        XCTAssertLessThan(repeatSeconds, max(0.05, seconds), "old values are skipped, not re-evaluated")
    }
}
