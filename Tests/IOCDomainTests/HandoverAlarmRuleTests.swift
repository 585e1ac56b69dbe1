import Foundation
import IOCDomain
import XCTest

final class HandoverAlarmRuleTests: XCTestCase {
    let start = HandoverFixture.now

    func pending(state: HandoverState = .started) -> HandoverRecord {
        var r = HandoverFixture.record
        r.state = state
        return r
    }

    /// The rule's alarm, active, as raised for handover `id` (by default the fixture's).
    func active(forHandover id: Int64? = nil) -> Alarm {
        var a = HandoverAlarmRule.template(at: start)
        a.conditionActive = true
        a.state = .unacknowledged
        var raisedFor = HandoverFixture.record
        if let id { raisedFor.id = id }
        a.message = HandoverAlarmRule.message(raisedFor, minutes: 15)
        return a
    }

    func testTable() {
        let table: [(String, HandoverRecord?, Alarm?, TimeInterval, String?)] = [
            ("no handover, no alarm", nil, nil, 3600, nil),
            ("pending 14:59", pending(), nil, 899, nil),
            ("pending 15:00 raises", pending(), nil, 900, "conditionRaised"),
            ("pending, already raised", pending(), active(), 1800, nil),
            ("pending, raised for the handover it replaced", pending(), active(forHandover: HandoverFixture.record.id + 1), 1800,
             "conditionRaised"),
            ("accepted clears", nil, active(), 1800, "conditionCleared"),
            ("accepted record clears", pending(state: .accepted), active(), 1800, "conditionCleared"),
            ("accepted, alarm already clear", nil, HandoverAlarmRule.template(at: start), 1800, nil),
        ]
        for (name, p, current, after, expected) in table {
            let inputs = HandoverAlarmRule.inputs(pending: p, current: current, now: start.addingTimeInterval(after))
            XCTAssertEqual(inputs.first?.name, expected, name)
            XCTAssertLessThanOrEqual(inputs.count, 1, name)
        }
    }

    func testRaiseSaysWhichHandoverAndHowLong() {
        let inputs = HandoverAlarmRule.inputs(pending: pending(), current: nil, now: start.addingTimeInterval(16 * 60))
        guard case .conditionRaised(let value, let message, let messageEN, let priority, _)? = inputs.first else {
            return XCTFail("\(inputs)")
        }
        XCTAssertEqual(value, 16)
        XCTAssertEqual(priority, .high)
        XCTAssertEqual(message, "Biên bản giao ca #4 (Lan) chưa được tiếp nhận sau 16 phút")
        XCTAssertEqual(messageEN, "Handover #4 (Lan) not accepted after 16 minutes")
    }
}
