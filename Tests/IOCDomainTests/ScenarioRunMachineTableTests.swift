import Foundation
import IOCDomain
import XCTest

/// Every (run state, input) pair and every (step state, step input) pair of the scenario run machine against
/// written tables, like the alarm machine's.
final class ScenarioRunMachineTableTests: XCTestCase {
    typealias F = ScenarioFixture
    /// nil = refused; otherwise (state after, first timeline action).
    typealias Outcome = (RunState, String)?

    /// Columns: `ScenarioFixture.everyInput` in order (accept, decline, startStep, completeStep, skipStep, decide,
    /// enterStage, note, tick, close, cancel).
    static let runTable: [RunState: [Outcome]] = [
        .proposed: [(.active, "accepted"), (.declined, "declined"), nil, nil, nil, nil, nil, (.proposed, "note"), nil, nil,
                    (.cancelled, "cancelled")],
        .active: [nil, nil, (.active, "step-started"), (.active, "step-done"), (.active, "step-skipped"), (.active, "decided"),
                  (.active, "stage-entered"), (.active, "note"), (.active, "step-overdue"), nil, (.cancelled, "cancelled")],
        .closed: Array(repeating: nil, count: 11),
        .declined: Array(repeating: nil, count: 11),
        .cancelled: Array(repeating: nil, count: 11),
    ]

    func testTheTablesCoverEveryStateAndEveryInput() {
        XCTAssertEqual(Set(F.byState.keys), Set(RunState.allCases))
        for (state, run) in F.byState { XCTAssertEqual(run.state, state) }
        XCTAssertEqual(Set(F.everyInput.map(\.name)).count, 11)
        XCTAssertEqual(Set(Self.runTable.keys), Set(RunState.allCases))
        for (state, row) in Self.runTable { XCTAssertEqual(row.count, 11, "row \(state)") }
        XCTAssertEqual(Set(Self.stepTable.keys), Set(StepState.allCases))
    }

    func testEveryRunStateAndInputPairMatchesTheTable() {
        var checked = 0
        for state in RunState.allCases {
            let run = F.byState[state]!
            for (column, input) in F.everyInput.enumerated() {
                let label = "\(state.rawValue) + \(input.name)"
                checked += 1
                switch (ScenarioRunMachine.apply(input, to: run), Self.runTable[state]![column]) {
                case (.rejected(let refusal), nil):
                    XCTAssertFalse(refusal.text(.vi).isEmpty, label)
                    XCTAssertNotEqual(refusal.text(.vi), refusal.text(.en), "\(label): said in English too")
                case (.applied(let next, let entries), let (toState, action)?):
                    XCTAssertEqual(next.state, toState, label)
                    XCTAssertEqual(entries.first?.action, action, label)
                    XCTAssertTrue(entries.allSatisfy { $0.runID == run.id && $0.at == input.at }, label)
                    XCTAssertEqual(next.lastChangeAt, input.at, label)
                case (.rejected(let refusal), let expected?):
                    XCTFail("\(label): refused (\(refusal)), expected \(expected)")
                case (.applied(let next, let entries), nil):
                    XCTFail("\(label): applied (\(next.state), \(entries.map(\.action))), expected a refusal")
                }
            }
        }
        XCTAssertEqual(checked, 55)
    }

    /// The step "report" (required, counted, due at 30 minutes) in each state.
    static var stepInState: [StepState: ScenarioRun] {
        [.pending: F.active,
         .inProgress: F.after([.startStep("report", by: F.op, at: F.minutes(5))], from: F.active),
         .overdue: F.after([.tick(at: F.minutes(31))], from: F.active),
         .done: F.after([.completeStep("report", by: F.op, at: F.minutes(5), evidence: RunEvidence(number: 9.6))], from: F.active),
         .skipped: F.after([.skipStep("report", by: F.supervisor, at: F.minutes(5), reason: "Trạm hỏng")], from: F.active)]
    }

    /// Columns: start, complete (with its number), skip (a supervisor, with a reason), tick at 40 minutes.
    static let stepTable: [StepState: [StepState?]] = [
        .pending: [.inProgress, .done, .skipped, .overdue],
        .inProgress: [nil, .done, .skipped, .overdue],
        .overdue: [.inProgress, .done, .skipped, nil],
        .done: [nil, nil, nil, nil],
        .skipped: [nil, nil, nil, nil],
    ]

    func testEveryStepStateAndStepInputPairMatchesTheTable() {
        let at = F.minutes(40)
        let inputs: [RunInput] = [
            .startStep("report", by: F.op, at: at),
            .completeStep("report", by: F.op, at: at, evidence: RunEvidence(number: 10.2)),
            .skipStep("report", by: F.supervisor, at: at, reason: "Có số liệu từ trạm khác"),
            .tick(at: at),
        ]
        for state in StepState.allCases {
            let run = Self.stepInState[state]!
            XCTAssertEqual(run.step("report")?.state, state)
            for (column, input) in inputs.enumerated() {
                let label = "step \(state.rawValue) + \(input.name)"
                let decision = ScenarioRunMachine.apply(input, to: run)
                if let expected = Self.stepTable[state]![column] {
                    XCTAssertEqual(decision.run?.step("report")?.state, expected, "\(label): \(String(describing: decision.refusal))")
                } else {
                    XCTAssertNotNil(decision.refusal, label)
                }
            }
        }
    }
}
