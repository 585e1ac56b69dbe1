import Foundation
import IOCDomain
import XCTest

/// Thousands of random input sequences: an active unacknowledged alarm is never lost, acknowledging twice changes
/// nothing, and the state's invariants hold after every step.
final class AlarmStateMachinePropertyTests: XCTestCase {
    typealias F = AlarmFixture

    static let actors = [F.op, F.supervisor, F.viewer, F.admin, Actor.system]

    /// A random input of any kind at `at`, by a random actor, with random (sometimes invalid) arguments.
    static func randomInput(at: Date, using random: inout AlarmSequenceRandom) -> AlarmInput {
        let actor = actors.randomElement(using: &random)!
        let priority = AlarmPriority.allCases.randomElement(using: &random)!
        switch Int.random(in: 0..<15, using: &random) {
        case 0: return .conditionRaised(value: Double(Int.random(in: 150...160, using: &random)),
                                        message: "m", priority: priority, at: at)
        case 1: return .conditionCleared(at: at)
        case 2: return .acknowledge(by: actor, at: at, note: nil)
        case 3: return .shelve(by: actor, at: at, duration: [nil, 600, 3600, 9 * 3600].randomElement(using: &random)!,
                               reason: Bool.random(using: &random) ? "lý do" : "", oneShot: Bool.random(using: &random))
        case 4: return .unshelve(by: actor, at: at)
        case 5: return .shelveExpired(at: at)
        case 6: return .suppress(reason: "nguồn mất", at: at)
        case 7: return .unsuppress(at: at)
        case 8: return .removeFromService(by: actor, at: at, reason: "bảo trì")
        case 9: return .returnToService(by: actor, at: at)
        case 10: return .addNote(by: actor, at: at, text: "ghi chú")
        case 11: return .assign(by: actor, at: at, agencyCode: "CA")
        case 12: return .escalate(by: actor, at: at, reason: "gấp")
        case 13: return .ackTimedOut(at: at)
        default: return .resolve(by: actor, at: at, note: nil)
        }
    }

    /// The input that takes an alarm out of its overlay (by an admin), or nil for a non-overlay state.
    static func exit(from alarm: Alarm, at: Date) -> AlarmInput? {
        switch alarm.state {
        case .shelved: return .unshelve(by: F.admin, at: at)
        case .suppressed: return .unsuppress(at: at)
        case .outOfService: return .returnToService(by: F.admin, at: at)
        default: return nil
        }
    }

    func testRandomSequencesNeverLoseAnActiveUnacknowledgedAlarm() {
        let seed: UInt64 = 0x1_0C_2026
        var random = AlarmSequenceRandom(seed: seed)
        var steps = 0
        var applied = 0
        var seenStates = Set<AlarmState>()
        for sequence in 0..<3000 {
            var alarm = F.normal
            var now = F.t0
            for step in 0..<40 {
                now += Double(Int.random(in: 1...7200, using: &random))
                let input = Self.randomInput(at: now, using: &random)
                let decision = AlarmStateMachine.apply(input, to: alarm)
                steps += 1
                let where_ = "seed \(seed) sequence \(sequence) step \(step) \(input.name) on \(alarm.state)"
                guard case .applied(let next, let entry) = decision else { continue }
                applied += 1
                XCTAssertEqual(entry.fromState, alarm.state, where_)
                XCTAssertEqual(entry.toState, next.state, where_)
                if alarm.isActiveUnacknowledged && !next.isActiveUnacknowledged {
                    switch input {
                    case .acknowledge, .conditionCleared: break
                    default: XCTFail("\(where_): an active unacknowledged alarm was dropped"); return
                    }
                }
                alarm = next
                seenStates.insert(alarm.state)
                if !Self.invariantsHold(alarm, where_) { return }
            }
        }
        XCTAssertEqual(seenStates, Set(AlarmState.allCases), "the sequences reach every state")
        XCTAssertGreaterThan(applied, steps / 5)
    }

    func testAcknowledgingTwiceChangesNothingAfterAnyRandomHistory() {
        var random = AlarmSequenceRandom(seed: 42)
        var acknowledgedOnce = 0
        for _ in 0..<3000 {
            var alarm = F.normal
            var now = F.t0
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                now += Double(Int.random(in: 1...7200, using: &random))
                if let next = AlarmStateMachine.apply(Self.randomInput(at: now, using: &random), to: alarm).alarm {
                    alarm = next
                }
            }
            let first = AlarmStateMachine.apply(.acknowledge(by: F.op, at: now + 1, note: nil), to: alarm)
            guard let acked = first.alarm else { continue }
            acknowledgedOnce += 1
            let second = AlarmStateMachine.apply(.acknowledge(by: F.supervisor, at: now + 2, note: nil), to: acked)
            XCTAssertNotNil(second.rejection, "a second acknowledgement after \(alarm.state) must change nothing")
        }
        XCTAssertGreaterThan(acknowledgedOnce, 100)
    }

    /// The invariants every reachable alarm keeps; reports the first failure.
    static func invariantsHold(_ alarm: Alarm, _ where_: String) -> Bool {
        var ok = true
        func check(_ condition: Bool, _ message: String) {
            if !condition { XCTFail("\(where_): \(message)"); ok = false }
        }
        if alarm.isActiveUnacknowledged {
            check([.unacknowledged, .shelved, .suppressed, .outOfService].contains(alarm.state),
                  "active and unacknowledged but \(alarm.state)")
            if let exit = exit(from: alarm, at: alarm.lastChangeAt + 1) {
                check(AlarmStateMachine.apply(exit, to: alarm).alarm?.state == .unacknowledged,
                      "the overlay forgot the active unacknowledged alarm")
            }
        }
        switch alarm.state {
        case .unacknowledged: check(alarm.conditionActive && alarm.acknowledgedAt == nil, "Unack needs active, no ack")
        case .acknowledged: check(alarm.conditionActive && alarm.acknowledgedAt != nil, "Ack needs active and an ack")
        case .returnedUnacknowledged: check(!alarm.conditionActive, "RTN-Unack needs a clear condition")
        case .shelved: check(alarm.shelvedUntil != nil && !(alarm.shelveReason ?? "").isEmpty, "shelve needs until+reason")
        case .normal, .suppressed, .outOfService: break
        }
        check(alarm.state.isOverlay == (alarm.stateBeforeOverlay != nil), "overlay ⇔ stateBeforeOverlay")
        check((alarm.state == .shelved) == (alarm.shelvedUntil != nil), "shelved ⇔ shelvedUntil")
        return ok
    }
}
