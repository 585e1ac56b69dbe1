import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import IOCStore
import IOCTestSupport
import XCTest

/// The shipped default rules over a simulated day: the alarm load must stay in the ISA-18.2 range.
extension RuleEvaluatorTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testDefaultRulesOverASimulatedDayRaiseAHandfulPerHour() throws {
        let rules = try RulesFile.load(path: Self.packageRoot.appendingPathComponent("Rules/alarms.yaml").path)
        let evaluator = RuleEvaluator(rules: rules)
        let database = TemporaryDatabase()
        let store = try database.openStore()
        let simulator = SimulatorConnector(city: .haiphong, seed: 7, model: try CityModel.load(.haiphong))
        // Wednesday 2025-11-19 00:00 UTC+7 (dry season: the worst air of the year).
        let start = Date(timeIntervalSince1970: 1_763_485_200)
        let step: TimeInterval = 300
        var cursor: String?
        var first: [ConditionChange] = []
        var later: [ConditionChange] = []
        var byRule: [String: Int] = [:]
        var active = Set<String>()
        for cycle in 0...288 {
            let now = start + Double(cycle) * step
            let batch = simulator.batch(cursor: cursor, now: now)
            cursor = batch.cursor
            try store.recordSuccess(sourceID: simulator.sourceID, batch: batch, at: now, durationMs: 1)
            let inputs = try store.ruleInputs(now: now, window: evaluator.requiredWindow + step,
                                              warningWindow: evaluator.requiredWarningWindow)
            let changes = evaluator.evaluate(inputs)
            for change in changes {
                if change.active {
                    XCTAssertTrue(active.insert(change.alarmID).inserted, "raised twice: \(change.alarmID)")
                    if cycle > 0 { byRule[change.ruleID, default: 0] += 1 }
                } else {
                    XCTAssertNotNil(active.remove(change.alarmID), "cleared while not active: \(change.alarmID)")
                }
                XCTAssertEqual(change.message, change.message.precomposedStringWithCanonicalMapping)
                XCTAssertFalse(change.message.contains("{"), change.message)
            }
            if cycle == 0 { first = changes } else { later += changes }
        }
        let raisesAfterStart = later.filter(\.active).count
        print("simulated day: \(first.count) standing conditions at start, \(raisesAfterStart) raises in 24 h "
              + "(\(String(format: "%.1f", Double(raisesAfterStart) / 24)) per hour), by rule: "
              + byRule.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        for change in later.filter(\.active).prefix(12) { print("  \(VietnamTime.shortDateTime(change.at)) \(change.message)") }
        XCTAssertEqual(Set(evaluator.activeAlarmIDs), active)
        // ISA-18.2: ~1 per 10 minutes acceptable, 2 the maximum: 6–12 per hour; a normal day stays well under.
        XCTAssertGreaterThanOrEqual(raisesAfterStart, 5, "the default rules should notice something in a day")
        XCTAssertLessThanOrEqual(raisesAfterStart, 120, "more than 5 per hour on a normal day")
        XCTAssertLessThanOrEqual(first.count, 40, "standing conditions at start")
        XCTAssertTrue(later.allSatisfy { $0.ruleID != "source_down" && $0.ruleID != "live_data_stale" },
                      "a healthy simulator is never down or stale")
    }
}
