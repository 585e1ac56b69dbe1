import Foundation
import IOCDomain
import XCTest

/// The lifecycle's rules one by one: episodes, re-alarms, shelving, overlays, timers and refusals.
final class AlarmStateMachineTests: XCTestCase {
    typealias F = AlarmFixture

    func testNewAlarmIsNormalWithAStableID() {
        let alarm = F.normal
        XCTAssertEqual(alarm.id, "aqi-high|aqi.le_chan")
        XCTAssertEqual(alarm.state, .normal)
        XCTAssertFalse(alarm.conditionActive)
        XCTAssertEqual(alarm.lastChangeAt, F.t0)
        XCTAssertEqual(AlarmStateMachine.newAlarm(id: "x", ruleID: "r", subject: "s", kind: .stale, priority: .low,
                                                  message: "m", at: F.t0).id, "x")
    }

    func testFullEpisodeRaiseAckClearAndItsTimeline() {
        var alarm = F.normal
        var actions: [String] = []
        for input in [F.raise(1), F.ack(3), F.clear(9)] {
            guard case .applied(let next, let entry) = AlarmStateMachine.apply(input, to: alarm) else {
                return XCTFail("\(input.name) refused")
            }
            alarm = next
            actions.append("\(entry.action):\(entry.fromState.rawValue)>\(entry.toState.rawValue)")
        }
        XCTAssertEqual(actions, ["raised:normal>unack", "acknowledged:unack>ack", "cleared:ack>normal"])
        XCTAssertEqual(alarm.activeSince, F.t0 + 60)
        XCTAssertEqual(alarm.acknowledgedAt, F.t0 + 180)
        XCTAssertEqual(alarm.acknowledgedBy, "lan")
        XCTAssertEqual(alarm.lastChangeAt, F.t0 + 540)
        XCTAssertFalse(alarm.conditionActive)
    }

    func testAcknowledgingTwiceIsRefusedAndChangesNothing() {
        let acked = F.after([F.raise(1), F.ack(2)])
        let second = AlarmStateMachine.apply(F.ack(3, by: F.supervisor), to: acked)
        XCTAssertEqual(second.rejection, "Cảnh báo đã xác nhận")
        XCTAssertEqual(second.rejection(.en), "The alarm is already acknowledged")
        XCTAssertEqual(acked.acknowledgedBy, "lan")
    }

    func testARepeatedRaiseIsRefusedALessUrgentOneUpdatesAMoreUrgentOneReAlarms() {
        let acked = F.after([F.raise(1), F.ack(2)])
        XCTAssertEqual(AlarmStateMachine.apply(F.raise(1), to: acked).rejection, "Điều kiện không đổi")

        let updated = AlarmStateMachine.apply(F.raise(5, priority: .low, value: 155), to: acked)
        XCTAssertEqual(updated.entry?.action, "updated")
        XCTAssertEqual(updated.alarm?.state, .acknowledged, "a new value does not bounce an acknowledged alarm")
        XCTAssertEqual(updated.alarm?.value, 155)
        XCTAssertEqual(updated.alarm?.priority, .low)

        let worse = AlarmStateMachine.apply(F.raise(6, priority: .emergency, value: 320), to: acked)
        XCTAssertEqual(worse.entry?.action, "re-alarmed")
        XCTAssertEqual(worse.alarm?.state, .unacknowledged)
        XCTAssertNil(worse.alarm?.acknowledgedAt)
        XCTAssertEqual(worse.alarm?.activeSince, F.t0 + 60, "a re-alarm continues the same episode")
    }

    func testReturnedUnacknowledgedThenRaisedStartsANewEpisode() {
        let rtn = F.after([F.raise(1), F.clear(2)])
        XCTAssertEqual(rtn.state, .returnedUnacknowledged)
        let again = F.after([F.raise(10)], from: rtn)
        XCTAssertEqual(again.state, .unacknowledged)
        XCTAssertEqual(again.activeSince, F.t0 + 600)
    }

    func testShelveNeedsAReasonAndRespectsTheMaximumAndDefault() {
        let unack = F.after([F.raise(1)])
        let at = F.t0 + 120
        XCTAssertEqual(AlarmStateMachine.apply(.shelve(by: F.op, at: at, duration: nil, reason: " ", oneShot: false),
                                               to: unack).rejection, "Phải ghi lý do tạm gác")
        XCTAssertNotNil(AlarmStateMachine.apply(.shelve(by: F.op, at: at, duration: 9 * 3600, reason: "x",
                                                        oneShot: false), to: unack).rejection)
        XCTAssertNotNil(AlarmStateMachine.apply(.shelve(by: F.op, at: at, duration: 0, reason: "x", oneShot: false),
                                                to: unack).rejection)
        let shelved = AlarmStateMachine.apply(.shelve(by: F.op, at: at, duration: nil, reason: "Bảo trì",
                                                      oneShot: false), to: unack).alarm
        XCTAssertEqual(shelved?.shelvedUntil, at + 3600, "default 1 h")
        XCTAssertEqual(shelved?.shelveReason, "Bảo trì")
        XCTAssertEqual(shelved?.stateBeforeOverlay, .unacknowledged)
        let eight = AlarmStateMachine.apply(.shelve(by: F.op, at: at, duration: 8 * 3600, reason: "x", oneShot: false),
                                            to: unack)
        XCTAssertEqual(eight.alarm?.shelvedUntil, at + 8 * 3600, "exactly the maximum is allowed")
    }

    func testShelveExpiryIsRefusedEarlyAndReturnsToUnacknowledgedWhileActive() {
        let shelved = F.byState[.shelved]!  // shelved at t0+120 for 1 h, condition active, not acknowledged
        XCTAssertEqual(AlarmStateMachine.apply(.shelveExpired(at: F.t0 + 1800), to: shelved).rejection,
                       "Chưa hết hạn tạm gác")
        let expired = AlarmStateMachine.apply(.shelveExpired(at: F.t0 + 3720), to: shelved)
        XCTAssertEqual(expired.alarm?.state, .unacknowledged)
        XCTAssertNil(expired.alarm?.shelvedUntil)
        XCTAssertNil(expired.alarm?.stateBeforeOverlay)
        XCTAssertEqual(expired.entry?.actor, "system")
        XCTAssertEqual(expired.entry?.note, "Hết thời gian tạm gác")
    }

    func testLeavingAnOverlayRecomputesFromConditionAndAcknowledgement() {
        let acked = F.after([F.raise(1), F.ack(2)])
        let shelveAcked = F.after([.shelve(by: F.op, at: F.t0 + 180, duration: nil, reason: "x", oneShot: false)],
                                  from: acked)
        XCTAssertEqual(F.after([.unshelve(by: F.op, at: F.t0 + 240)], from: shelveAcked).state, .acknowledged)

        let clearedUnder = F.after([F.clear(4), .unshelve(by: F.op, at: F.t0 + 300)], from: shelveAcked)
        XCTAssertEqual(clearedUnder.state, .normal)

        let reAlarmedUnder = F.after([F.raise(4, priority: .high), .unshelve(by: F.op, at: F.t0 + 300)],
                                     from: shelveAcked)
        XCTAssertEqual(reAlarmedUnder.state, .unacknowledged, "a re-alarm while shelved is not lost")

        let suppressedNormal = F.after([.suppress(reason: "nguồn mất", at: F.t0)])
        let raisedUnder = F.after([F.raise(1), .unsuppress(at: F.t0 + 120)], from: suppressedNormal)
        XCTAssertEqual(raisedUnder.state, .unacknowledged, "raised while suppressed, released while active")
        XCTAssertEqual(raisedUnder.lastChangeAt, F.t0 + 120)
    }

    func testOneShotShelveEndsWhenTheConditionClears() {
        let unack = F.after([F.raise(1)])
        let oneShot = F.after([.shelve(by: F.op, at: F.t0 + 120, duration: nil, reason: "Biết rồi", oneShot: true)],
                              from: unack)
        XCTAssertTrue(oneShot.shelveOneShot)
        XCTAssertEqual(oneShot.shelvedUntil, F.t0 + 120 + 8 * 3600, "one-shot ends at the maximum at the latest")
        let decision = AlarmStateMachine.apply(F.clear(5), to: oneShot)
        XCTAssertEqual(decision.alarm?.state, .normal)
        XCTAssertEqual(decision.entry?.action, "cleared")
        XCTAssertEqual(decision.entry?.fromState, .shelved)
        XCTAssertFalse(decision.alarm?.shelveOneShot ?? true)

        let timed = F.byState[.shelved]!
        XCTAssertEqual(AlarmStateMachine.apply(F.clear(5), to: timed).alarm?.state, .shelved,
                       "a timed shelve stays on when the condition clears")
    }

    func testSuppressionReplacesAShelveAndOutOfServiceDominates() {
        let shelved = F.byState[.shelved]!
        let suppressed = F.after([.suppress(reason: "nguồn mất", at: F.t0 + 200)], from: shelved)
        XCTAssertEqual(suppressed.state, .suppressed)
        XCTAssertNil(suppressed.shelvedUntil)
        XCTAssertEqual(suppressed.stateBeforeOverlay, .unacknowledged)
        let oos = F.byState[.outOfService]!
        XCTAssertEqual(AlarmStateMachine.apply(.suppress(reason: "x", at: F.t0 + 200), to: oos).rejection,
                       "Cảnh báo đang ngừng phục vụ")
    }

    func testEscalationSetsTheTimeOnceUntilTheStateChanges() {
        let unack = F.after([F.raise(1)])
        let escalated = F.after([.escalate(by: F.op, at: F.t0 + 300, reason: "gấp")], from: unack)
        XCTAssertEqual(escalated.escalatedAt, F.t0 + 300)
        XCTAssertEqual(escalated.state, .unacknowledged)
        XCTAssertEqual(AlarmStateMachine.apply(.escalate(by: F.op, at: F.t0 + 400, reason: ""), to: escalated)
            .rejection, "Cảnh báo đã được chuyển cấp")
        let acked = F.after([F.ack(10)], from: escalated)
        XCTAssertEqual(AlarmStateMachine.apply(.escalate(by: F.op, at: F.t0 + 700, reason: ""), to: acked)
            .alarm?.escalatedAt, F.t0 + 700)
    }

    func testAckTimeoutIsRefusedBeforeItsTime() {
        let acked = F.after([F.raise(1), F.ack(2)])  // medium: 24 h
        XCTAssertEqual(AlarmStateMachine.apply(.ackTimedOut(at: F.t0 + 3600), to: acked).rejection,
                       "Chưa hết hạn xử lý")
        let timedOut = AlarmStateMachine.apply(.ackTimedOut(at: F.t0 + 120 + 24 * 3600), to: acked)
        XCTAssertEqual(timedOut.alarm?.state, .unacknowledged)
        XCTAssertNil(timedOut.alarm?.acknowledgedAt)
    }

    func testNotesAndAssignmentsNeedTextAndKeepTheState() {
        let unack = F.after([F.raise(1)])
        XCTAssertEqual(AlarmStateMachine.apply(.addNote(by: F.op, at: F.t0, text: "  \n"), to: unack).rejection,
                       "Ghi chú trống")
        XCTAssertNotNil(AlarmStateMachine.apply(.assign(by: F.op, at: F.t0, agencyCode: ""), to: unack).rejection)
        let assigned = AlarmStateMachine.apply(.assign(by: F.op, at: F.t0 + 300, agencyCode: "CA"), to: unack)
        XCTAssertEqual(assigned.alarm?.assignedAgency, "CA")
        XCTAssertEqual(assigned.alarm?.state, .unacknowledged)
        XCTAssertEqual(assigned.alarm?.lastChangeAt, unack.lastChangeAt)
        let note = AlarmStateMachine.apply(.addNote(by: F.op, at: F.t0 + 300, text: " Đã gọi phường "), to: unack)
        XCTAssertEqual(note.entry?.note, "Đã gọi phường")
    }

    func testResolveNeedsAnAcknowledgementFirst() {
        let unack = F.after([F.raise(1)])
        XCTAssertEqual(AlarmStateMachine.apply(.resolve(by: F.op, at: F.t0 + 120, note: nil), to: unack).rejection,
                       "Phải xác nhận trước khi đóng cảnh báo")
        let rtn = F.after([F.clear(2)], from: unack)
        let resolved = AlarmStateMachine.apply(.resolve(by: F.op, at: F.t0 + 180, note: "xong"), to: rtn)
        XCTAssertEqual(resolved.alarm?.state, .normal)
        XCTAssertEqual(resolved.alarm?.acknowledgedBy, "lan")
    }

    func testDueInputsForShelveExpiryEscalationAndAckTimeout() {
        let policy = AlarmPolicy.standard
        let shelved = F.byState[.shelved]!
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: shelved, now: F.t0 + 3000, policy: policy), [])
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: shelved, now: F.t0 + 3720, policy: policy),
                       [.shelveExpired(at: F.t0 + 3720)])

        let unack = F.after([F.raise(1)])  // medium: escalate after 60 min
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: unack, now: F.t0 + 60 + 3599, policy: policy), [])
        let due = AlarmStateMachine.dueInputs(for: unack, now: F.t0 + 60 + 3600, policy: policy)
        XCTAssertEqual(due.count, 1)
        XCTAssertEqual(due.first, .escalateUnacknowledged(minutes: 60, at: F.t0 + 60 + 3600))
        XCTAssertEqual(due.first?.actor, .system)
        let escalated = F.after(due, from: unack)
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: escalated, now: F.t0 + 9000, policy: policy), [],
                       "escalated once per unacknowledged spell")

        let acked = F.after([F.ack(2)], from: unack)
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: acked, now: F.t0 + 120 + 24 * 3600, policy: policy),
                       [.ackTimedOut(at: F.t0 + 120 + 24 * 3600)])
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: F.normal, now: F.t0 + 1e6, policy: policy), [])
        let emergency = F.after([F.raise(1, priority: .emergency)])
        XCTAssertEqual(AlarmStateMachine.dueInputs(for: emergency, now: F.t0 + 60 + 300, policy: policy).count, 1)
    }
}
