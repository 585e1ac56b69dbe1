import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import IOCStore
import IOCTestSupport
import XCTest

/// The alarm cycle reads each series only as far as its rules look (`RuleEvaluator.readPlan`): the conditions it
/// raises and clears must be the ones a read of the whole window gives, cycle by cycle, for far fewer rows.
final class RuleReadPlanTests: XCTestCase {
    func testPlannedReadsGiveTheChangesOfWholeWindowReads() throws {
        let rules = try RulesFile.load(path: RuleEvaluatorTests.packageRoot.appendingPathComponent("Rules/alarms.yaml").path)
        let whole = RuleEvaluator(rules: rules)
        let planned = RuleEvaluator(rules: rules)
        let database = TemporaryDatabase()
        let store = try database.openStore()
        let simulator = SimulatorConnector(city: .haiphong, seed: 11, model: try CityModel.load(.haiphong))
        // Wednesday 2025-11-19 06:00 UTC+7, through the morning rush: jams, falling speeds, bad air.
        let start = Date(timeIntervalSince1970: 1_763_506_800)
        var cursor: String?
        var now = start
        var wholeRows = 0, plannedRows = 0, changes = 0
        var previous: Date?
        // Polls a minute apart for three hours, then every 5 s for seven and a half minutes (many values per window).
        let steps: [TimeInterval] = Array(repeating: 60, count: 180) + Array(repeating: 5, count: 90)
        for (cycle, step) in steps.enumerated() {
            now += step
            var batch = simulator.batch(cursor: cursor, now: now)
            cursor = batch.cursor
            // Runs of speeds of bad quality: a rate rule's oldest good value within its window is then further on,
            // and a thinned read must find the same one.
            for i in batch.observations.indices where batch.observations[i].seriesKey.hasPrefix("traffic.speed.")
                && (cycle / 3 + i) % 4 == 0 {
                batch.observations[i].quality = .bad
            }
            try store.recordSuccess(sourceID: simulator.sourceID, batch: batch, at: now, durationMs: 1)
            let since = previous.map { now.timeIntervalSince($0) } ?? 0
            previous = now
            let all: RuleInputs
            if cycle == 0 {
                // A first read is the same either way: the window, and a model rule's series from its warm-up days
                // on (the simulator's three days of history fit and try the forecasters, as the console's first
                // cycle does). The whole evaluator then judges whole windows again.
                all = try store.ruleInputs(now: now, warningWindow: whole.requiredWarningWindow,
                                           plan: whole.readPlan(now: now, window: whole.requiredWindow))
                whole.memory.withLock { $0.windowStart = nil }
            } else {
                all = try store.ruleInputs(now: now, window: whole.requiredWindow + since, warningWindow: whole.requiredWarningWindow)
            }
            let some = try store.ruleInputs(now: now, warningWindow: planned.requiredWarningWindow,
                                            plan: planned.readPlan(now: now, window: planned.requiredWindow + since))
            XCTAssertEqual(some.series.map(\.definition.key), all.series.map(\.definition.key))
            XCTAssertEqual(some.series.map(\.latestAt), all.series.map(\.latestAt), "cycle \(cycle): newest times")
            let expected = whole.evaluate(all)
            XCTAssertEqual(planned.evaluate(some), expected, "cycle \(cycle) at \(now)")
            changes += expected.count
            if cycle > 0 {
                wholeRows += all.series.reduce(0) { $0 + $1.observations.count }
                plannedRows += some.series.reduce(0) { $0 + $1.observations.count }
            }
        }
        XCTAssertEqual(Set(planned.activeAlarmIDs), Set(whole.activeAlarmIDs))
        XCTAssertGreaterThan(changes, 5, "the morning should raise and clear something, or the comparison says little")
        XCTAssertLessThan(plannedRows * 5, wholeRows, "planned \(plannedRows) rows against \(wholeRows)")
    }

    /// The plan itself: no observations for a series no value rule matches; the window for one not yet evaluated;
    /// after that the values since the newest evaluated, and a rate rule's window before them; baselines only
    /// for an anomaly rule's series.
    func testThePlanFollowsTheRules() throws {
        let rules = try RulesFile.load(path: RuleEvaluatorTests.packageRoot.appendingPathComponent("Rules/alarms.yaml").path)
        let evaluator = RuleEvaluator(rules: rules)
        let now = Date(timeIntervalSince1970: 1_763_506_800)
        let plan = evaluator.readPlan(now: now, window: 1000)
        XCTAssertEqual(plan("gov.dossiers_received_today"), SeriesReadPlan(from: nil, baselines: false))
        XCTAssertEqual(plan("traffic.speed.lach_tray"), SeriesReadPlan(from: now - 1000, baselines: false))
        XCTAssertEqual(plan("weather.rainfall"), SeriesReadPlan(from: now - 1000, baselines: true))
        let seen = now - 30
        evaluator.memory.withLock { $0.lastSeen = ["traffic.speed.lach_tray": seen, "aqi.station.le_chan": seen] }
        let later = evaluator.readPlan(now: now, window: 600)
        XCTAssertEqual(later("aqi.station.le_chan"), SeriesReadPlan(from: seen, baselines: false))
        // speed_falling looks 15 minutes back, but never before the window; of the values already evaluated it needs
        // those where the new values' windows start and the first good one after them.
        XCTAssertEqual(later("traffic.speed.lach_tray"),
                       SeriesReadPlan(from: now - 600, baselines: false, thinned: (now - 600)...seen))
        let wide = evaluator.readPlan(now: now, window: 3600)
        XCTAssertEqual(wide("traffic.speed.lach_tray"),
                       SeriesReadPlan(from: seen - 900, baselines: false, thinned: (now - 900)...seen))
        // Evaluated longer ago than the rule looks back: every row since.
        evaluator.memory.withLock { $0.lastSeen["traffic.speed.lach_tray"] = now - 1200 }
        XCTAssertEqual(evaluator.readPlan(now: now, window: 3600)("traffic.speed.lach_tray"),
                       SeriesReadPlan(from: now - 2100, baselines: false))
    }
}
