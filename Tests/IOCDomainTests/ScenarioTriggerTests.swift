import Foundation
@testable import IOCDomain
import XCTest

/// Which alarms fire a scenario's triggers: by rule, by kind, and a river gauge at or above an official level.
final class ScenarioTriggerTests: XCTestCase {
    func testTriggersAgainstAlarmsAsATable() {
        let river = AlarmKind.waterLevel.rawValue
        let cases: [(ScenarioTrigger, String, String, String?, Int?, Bool)] = [
            (.alarmRule("aqi_*"), "aqi_very_bad", "threshold", nil, nil, true),
            (.alarmRule("aqi_*"), "flood_alert", "threshold", nil, nil, false),
            (.alarmKind("deadline"), "late", "deadline_soon", nil, nil, true),
            (.waterLevel(gauge: "water.river.*", level: 2), "river_level", river, "water.river.pha_lai", 2, true),
            (.waterLevel(gauge: "water.river.*", level: 2), "river_level", river, "water.river.pha_lai", 1, true),
            (.waterLevel(gauge: "water.river.*", level: 2), "river_level", river, "water.river.pha_lai", 3, false),
            (.waterLevel(gauge: "water.river.long_bien", level: 1), "river_level", river, "water.river.son_tay", 1, false),
            (.waterLevel(gauge: "water.river.*", level: 1), "flood_alert", "threshold", "water.river.pha_lai", 2, false),
            (.waterLevel(gauge: "water.river.*", level: 3), "river_level", river, nil, nil, true),
            (.manual, "river_level", river, "water.river.pha_lai", 1, false),
            (.capEvent("Bão*"), "emergency_alert", "alert", "cap/1", 1, false),
        ]
        for (trigger, rule, kind, subject, priority, expected) in cases {
            XCTAssertEqual(trigger.matches(ruleID: rule, kind: kind, subject: subject, priority: priority), expected,
                           "\(trigger) on \(rule) \(kind) \(subject ?? "-") p\(priority ?? 0)")
        }
    }
}
