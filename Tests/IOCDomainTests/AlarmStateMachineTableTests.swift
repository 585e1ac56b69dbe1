import Foundation
import IOCDomain
import XCTest

/// Every (state, input) pair of the alarm state machine against a written table.
final class AlarmStateMachineTableTests: XCTestCase {
    typealias F = AlarmFixture

    /// Expected outcome: nil = refused; otherwise (state after, timeline action).
    typealias Outcome = (AlarmState, String)?

    /// Rows: states; columns: `AlarmFixture.everyInput` in order (raise, clear, ack, shelve, unshelve,
    /// shelveExpired, suppress, unsuppress, removeFromService, returnToService, note, assign, escalate,
    /// ackTimedOut, resolve).
    static let table: [AlarmState: [Outcome]] = [
        .normal: [
            (.unacknowledged, "raised"), nil, nil, (.shelved, "shelved"), nil, nil, (.suppressed, "suppressed"), nil,
            (.outOfService, "removed-from-service"), nil, (.normal, "note"), (.normal, "assigned"), nil, nil, nil,
        ],
        .unacknowledged: [
            (.unacknowledged, "re-alarmed"), (.returnedUnacknowledged, "cleared"), (.acknowledged, "acknowledged"),
            (.shelved, "shelved"), nil, nil, (.suppressed, "suppressed"), nil,
            (.outOfService, "removed-from-service"), nil, (.unacknowledged, "note"), (.unacknowledged, "assigned"),
            (.unacknowledged, "escalated"), nil, nil,
        ],
        .acknowledged: [
            (.unacknowledged, "re-alarmed"), (.normal, "cleared"), nil, (.shelved, "shelved"), nil, nil,
            (.suppressed, "suppressed"), nil, (.outOfService, "removed-from-service"), nil,
            (.acknowledged, "note"), (.acknowledged, "assigned"), (.acknowledged, "escalated"),
            (.unacknowledged, "ack-timed-out"), (.normal, "resolved"),
        ],
        .returnedUnacknowledged: [
            (.unacknowledged, "raised"), nil, (.normal, "acknowledged"), (.shelved, "shelved"), nil, nil,
            (.suppressed, "suppressed"), nil, (.outOfService, "removed-from-service"), nil,
            (.returnedUnacknowledged, "note"), (.returnedUnacknowledged, "assigned"),
            (.returnedUnacknowledged, "escalated"), nil, (.normal, "resolved"),
        ],
        .shelved: [
            (.shelved, "re-alarmed"), (.shelved, "cleared"), nil, nil, (.unacknowledged, "unshelved"),
            (.unacknowledged, "shelve-expired"), (.suppressed, "suppressed"), nil,
            (.outOfService, "removed-from-service"), nil, (.shelved, "note"), (.shelved, "assigned"), nil, nil, nil,
        ],
        .suppressed: [
            (.suppressed, "re-alarmed"), (.suppressed, "cleared"), nil, nil, nil, nil, nil,
            (.unacknowledged, "unsuppressed"), (.outOfService, "removed-from-service"), nil,
            (.suppressed, "note"), (.suppressed, "assigned"), nil, nil, nil,
        ],
        .outOfService: [
            (.outOfService, "re-alarmed"), (.outOfService, "cleared"), nil, nil, nil, nil, nil, nil, nil,
            (.unacknowledged, "returned-to-service"), (.outOfService, "note"), (.outOfService, "assigned"),
            nil, nil, nil,
        ],
    ]

    func testFixturesCoverEveryStateAndEveryInputKind() {
        XCTAssertEqual(Set(F.byState.keys), Set(AlarmState.allCases))
        for (state, alarm) in F.byState { XCTAssertEqual(alarm.state, state) }
        XCTAssertEqual(Set(F.everyInput.map(\.name)).count, 15)
        XCTAssertEqual(Set(Self.table.keys), Set(AlarmState.allCases))
        for (state, row) in Self.table { XCTAssertEqual(row.count, 15, "row \(state)") }
    }

    func testEveryStateAndInputPairMatchesTheTable() {
        var checked = 0
        for state in AlarmState.allCases {
            let alarm = F.byState[state]!
            for (column, input) in F.everyInput.enumerated() {
                let expected = Self.table[state]![column]
                let decision = AlarmStateMachine.apply(input, to: alarm)
                let label = "\(state.rawValue) + \(input.name)"
                checked += 1
                switch (decision, expected) {
                case (.rejected(let reason), nil):
                    XCTAssertFalse(reason.text(.vi).isEmpty, "\(label): a refusal says why")
                    XCTAssertTrue(Self.isEnglish(reason.text(.en)), "\(label): a refusal says why in English: \(reason.text(.en))")
                case (.applied(let next, let entry), let (toState, action)?):
                    XCTAssertEqual(next.state, toState, label)
                    XCTAssertEqual(entry.action, action, label)
                    XCTAssertEqual(entry.fromState, state, label)
                    XCTAssertEqual(entry.toState, toState, label)
                    XCTAssertEqual(entry.alarmID, alarm.id, label)
                    XCTAssertEqual(entry.at, input.at, label)
                    XCTAssertEqual(entry.actor, input.actor?.name ?? "system", label)
                    XCTAssertEqual(entry.role, input.actor?.role, label)
                    if toState != state {
                        XCTAssertEqual(next.lastChangeAt, input.at, "\(label): a state change restarts the age")
                    } else {
                        XCTAssertEqual(next.lastChangeAt, alarm.lastChangeAt, "\(label): no state change keeps the age")
                    }
                    XCTAssertEqual(next.state.isOverlay, next.stateBeforeOverlay != nil, label)
                case (.applied(let next, _), nil):
                    XCTFail("\(label): expected a refusal, got \(next.state)")
                case (.rejected(let reason), let expected?):
                    XCTFail("\(label): expected \(expected), refused: \(reason)")
                }
            }
        }
        XCTAssertEqual(checked, 7 * 15)
    }

    /// No Vietnamese letter (the English refusals name no data).
    static func isEnglish(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII }
    }

    func testAViewerIsRefusedEveryActionInEveryState() {
        let at = F.t0 + 100 * 3600
        let viewerInputs: [AlarmInput] = [
            .acknowledge(by: F.viewer, at: at, note: nil),
            .shelve(by: F.viewer, at: at, duration: nil, reason: "x", oneShot: false),
            .unshelve(by: F.viewer, at: at),
            .removeFromService(by: F.viewer, at: at, reason: "x"),
            .returnToService(by: F.viewer, at: at),
            .addNote(by: F.viewer, at: at, text: "x"),
            .assign(by: F.viewer, at: at, agencyCode: "STNMT"),
            .escalate(by: F.viewer, at: at, reason: "x"),
            .resolve(by: F.viewer, at: at, note: nil),
        ]
        for (state, alarm) in F.byState {
            for input in viewerInputs {
                XCTAssertNotNil(AlarmStateMachine.apply(input, to: alarm).rejection, "\(state) + viewer \(input.name)")
            }
        }
    }

    func testOnlySupervisorOrAdminChangeService() {
        let unack = F.byState[.unacknowledged]!
        let oos = F.byState[.outOfService]!
        let at = F.t0 + 600
        XCTAssertNotNil(AlarmStateMachine.apply(.removeFromService(by: F.op, at: at, reason: "hỏng"), to: unack).rejection)
        XCTAssertNotNil(AlarmStateMachine.apply(.returnToService(by: F.op, at: at), to: oos).rejection)
        XCTAssertEqual(AlarmStateMachine.apply(.removeFromService(by: F.admin, at: at, reason: "hỏng"), to: unack)
            .alarm?.state, .outOfService)
        XCTAssertEqual(AlarmStateMachine.apply(.returnToService(by: F.admin, at: at), to: oos).alarm?.state,
                       .unacknowledged)
        XCTAssertNotNil(AlarmStateMachine.apply(.removeFromService(by: F.supervisor, at: at, reason: "  "), to: unack)
            .rejection, "a reason is mandatory")
    }
}
