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

    /// CAP-event and risk-level triggers against alert alarms with the alert's facts, as a table.
    func testAlertTriggersAsATable() {
        let storm = AlertFacts(event: "Bão", text: "TIN BÃO KHẨN CẤP: Bão số 3\nGió cấp 10–11. Cấp độ rủi ro thiên tai do bão: cấp 4.")
        let typhoon = AlertFacts(event: "Typhoon", text: "Typhoon WIPHA. Disaster risk level: 3")
        let flood = AlertFacts(event: "Lũ", text: "Lũ trên sông Thái Bình. Cấp độ rủi ro thiên tai do lũ: cấp 2")
        let noLevel = AlertFacts(event: "Bão", text: "Tin bão gần Biển Đông")
        let decomposed = AlertFacts(event: "BÃO".decomposedStringWithCanonicalMapping, text: "")
        let cases: [(ScenarioTrigger, String, AlertFacts?, Bool)] = [
            (.capEvent("Bão*"), "alert", storm, true),
            (.capEvent("bão*"), "alert", decomposed, true),                    // letter case and Unicode form aside
            (.capEvent("Bão*"), "alert", flood, false),
            (.capEvent("Typhoon*"), "alert", typhoon, true),
            (.capEvent("Bão*"), "threshold", storm, false),                    // only alerts' alarms
            (.capEvent("Bão*"), "alert", nil, false),                          // no alert found: nothing
            (.riskLevel(hazard: "storm", atLeast: 3), "alert", storm, true),   // level 4 ≥ 3
            (.riskLevel(hazard: "storm", atLeast: 3), "alert", typhoon, true), // level 3, in English
            (.riskLevel(hazard: "storm", atLeast: 5), "alert", storm, false),
            (.riskLevel(hazard: "storm", atLeast: 1), "alert", flood, false),  // another hazard
            (.riskLevel(hazard: "flood", atLeast: 2), "alert", flood, true),
            (.riskLevel(hazard: "storm", atLeast: 1), "alert", noLevel, false), // no level stated
        ]
        for (trigger, kind, alert, expected) in cases {
            XCTAssertEqual(trigger.matches(ruleID: "emergency_alert", kind: kind, subject: "cap/1", priority: 2, alert: alert), expected,
                           "\(trigger) on \(kind) \(alert?.event ?? "-")")
        }
        XCTAssertEqual(storm.riskLevel, 4)
        XCTAssertEqual(storm.hazard, "storm")
        XCTAssertNil(AlertFacts(event: "Thông báo", text: "rủi ro thiên tai cấp 9").riskLevel, "levels are 1 to 5")
        // The number after "cấp", not the storm's own number; one digit standing alone; ASCII digits only.
        XCTAssertEqual(AlertFacts(event: "Bão", text: "Cấp độ rủi ro thiên tai do bão số 3: cấp 4").riskLevel, 4)
        XCTAssertNil(AlertFacts(event: "Typhoon", text: "Disaster risk level 10").riskLevel)
        XCTAssertNil(AlertFacts(event: "Bão", text: "rủi ro thiên tai cấp ٣").riskLevel)
        // The event type first: a flood bulletin mentioning a storm's remnants is a flood bulletin.
        XCTAssertEqual(AlertFacts(event: "Lũ", text: "Do ảnh hưởng của hoàn lưu bão số 3, lũ trên sông…").hazard, "flood")
        XCTAssertEqual(AlertFacts(event: "Lũ quét, sạt lở đất", text: "").hazard, "flood")
        XCTAssertEqual(AlertFacts(event: "Cảnh báo", text: "Mưa lớn gây ngập úng").hazard, "waterlogging")
        XCTAssertNil(AlertFacts(event: "Thông báo", text: "Họp giao ban").hazard)
        // An at-risk alarm is a deadline rule's: a trigger on the deadline kind names it.
        XCTAssertTrue(ScenarioTrigger.alarmKind("deadline").matches(ruleID: "dossiers_at_risk", kind: "at_risk"))
        XCTAssertFalse(ScenarioTrigger.alarmKind("forecast").matches(ruleID: "dossiers_at_risk", kind: "at_risk"))
    }
}
