import Foundation
import IOCConfig
import IOCDomain
import IOCTestSupport
import XCTest
@testable import IOCEngine

/// Issue 14, item 4: alarms from emergency alerts, as a table of (alert, time) → active or not. Only a real (`Actual`)
/// alert in force raises one, at its own priority; a cancelled, closed or expired alert clears it; exercises and
/// tests never raise one.
final class AlertRuleTests: XCTestCase {
    private let rule = AlarmRule(id: "emergency_alert", kind: .alert, priority: 2, selector: "cap*",
                                 parameters: RuleParameters(),
                                 message: try! RuleMessage.parse("Cảnh báo: {title} – {ward}").get(),
                                 messageEN: try! RuleMessage.parse("Alert: {title}").get())
    private let now = ISO8601DateFormatter().date(from: "2026-12-06T10:00:00Z")!

    private func alert(_ id: String, status: EventStatus = .open, capStatus: String? = "Actual Alert",
                       expires: TimeInterval? = 3600, severity: Int? = 1, source: String = "cap-hp") -> EventSummary {
        let event = CityEvent(kind: .alert, externalID: id, title: "Ngập lụt \(id)", status: status, wardCode: "11311",
                              openedAt: now.addingTimeInterval(-600), dueAt: expires.map { now.addingTimeInterval($0) },
                              updatedAt: now.addingTimeInterval(-600), severity: severity, sourceStatus: capStatus)
        return EventSummary(event: event, sourceID: source, agencyName: nil, wardName: "Phường Hồng Bàng")
    }

    func testWhichAlertsRaiseAnAlarm() {
        let table: [(String, EventSummary, Bool)] = [
            ("an Actual alert in force", alert("a"), true),
            ("an Actual update in force", alert("b", capStatus: "Actual Update"), true),
            ("an alert from a source that writes no CAP status", alert("c", capStatus: nil), true),
            ("an exercise", alert("d", capStatus: "Exercise Alert"), false),
            ("a test", alert("e", capStatus: "Test Alert"), false),
            ("a cancelled alert", alert("f", status: .cancelled, capStatus: "Actual Cancel"), false),
            ("an expired alert not yet closed by a poll", alert("g", expires: -1), false),
            ("an alert with no expiry", alert("h", expires: nil), true),
            ("an alert of a source the rule does not watch", alert("i", source: "pakn"), false),
        ]
        for (what, item, raises) in table {
            let evaluator = RuleEvaluator(rules: [rule])
            let changes = evaluator.evaluate(RuleInputs(now: now, alerts: [item]))
            XCTAssertEqual(changes.filter(\.active).count, raises ? 1 : 0, what)
        }
    }

    func testTheAlarmTakesTheAlertsPriorityAndClearsWhenItExpires() throws {
        let evaluator = RuleEvaluator(rules: [rule])
        let raised = evaluator.evaluate(RuleInputs(now: now, alerts: [alert("x", severity: 1)]))
        let change = try XCTUnwrap(raised.first)
        XCTAssertTrue(change.active)
        XCTAssertEqual(change.priority, 1, "the alert's own priority, not the rule's 2")
        XCTAssertEqual(change.kind, .alert)
        XCTAssertEqual(change.message, "Cảnh báo: Ngập lụt x – Phường Hồng Bàng")
        XCTAssertEqual(change.subject, "cap-hp/x")
        XCTAssertTrue(evaluator.evaluate(RuleInputs(now: now.addingTimeInterval(60), alerts: [alert("x")])).isEmpty,
                      "still in force: no change")
        let cleared = evaluator.evaluate(RuleInputs(now: now.addingTimeInterval(3601), alerts: [alert("x")]))
        XCTAssertEqual(cleared.map(\.active), [false], "expires returns the alarm to normal")
    }
}
