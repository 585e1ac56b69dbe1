import Foundation
import IOCDomain
import XCTest

/// The run machine's rules one by one: starting, due moments, evidence, decisions and stages, skipping, overdue,
/// closing, drills.
final class ScenarioRunMachineTests: XCTestCase {
    typealias F = ScenarioFixture

    func testARunIsCopiedFromItsTemplateWithDueMomentsFixedAtTheStart() {
        let (run, entry) = ScenarioRunMachine.start(F.template, id: "R1", at: F.t0, by: .system, alarmID: "water-high|a",
                                                    exercise: false, byHand: false)
        XCTAssertEqual(run.state, .proposed, "the template proposes")
        XCTAssertEqual(entry.action, "proposed")
        XCTAssertEqual(run.templateVersion, 3)
        XCTAssertEqual(run.enteredStages, ["watch"])
        XCTAssertEqual(run.steps.map(\.id), ["report", "inform", "decide", "move-people"])
        XCTAssertEqual(run.step("report")?.due, F.minutes(30))
        XCTAssertNil(run.step("move-people")?.due, "a later stage's due moments are fixed when it is entered")
        XCTAssertNil(run.step("inform")?.due)
        let entered = F.after([.enterStage("evacuate", by: F.op, at: F.minutes(60))], from: F.active)
        XCTAssertEqual(entered.step("move-people")?.due, F.t0 + 9 * 3600, "18:00 the same day in Vietnam")
        let evening = F.t0 + 10 * 3600  // 19:00
        let late = ScenarioRunMachine.start(F.template, id: "R2", at: evening, by: F.op, alarmID: nil, exercise: false, byHand: true).0
        XCTAssertEqual(late.state, .active, "started by hand: active at once")
        XCTAssertEqual(F.after([.enterStage("evacuate", by: F.op, at: evening + 60)], from: late).step("move-people")?.due,
                       F.t0 + 33 * 3600, "past 18:00: the next day's")
        var relative = F.template
        relative.stages[1].steps[0].due = .after(7200)
        let r = ScenarioRunMachine.start(relative, id: "R3", at: F.t0, by: F.op, alarmID: nil, exercise: false, byHand: true).0
        XCTAssertEqual(F.after([.decide("decide", branch: "evacuate", by: F.op, at: F.minutes(90), note: nil)], from: r)
                        .step("move-people")?.due, F.minutes(90 + 120), "2 h after the stage was entered, not after the start")
        var automatic = F.template
        automatic.start = .automatic
        XCTAssertEqual(ScenarioRunMachine.start(automatic, id: "R3", at: F.t0, by: .system, alarmID: nil, exercise: false,
                                                byHand: false).1.action, "started")
    }

    func testMarkingAStepDoneAsksForItsEvidence() {
        let run = F.active
        XCTAssertEqual(ScenarioRunMachine.apply(.completeStep("report", by: F.op, at: F.minutes(5), evidence: .none), to: run).refusal,
                       .numberRequired("mực nước"))
        XCTAssertEqual(ScenarioRunMachine.apply(.completeStep("report", by: F.op, at: F.minutes(5),
                                                              evidence: RunEvidence(number: .nan)), to: run).refusal,
                       .numberRequired("mực nước"), "not a number is no number")
        XCTAssertEqual(ScenarioRunMachine.apply(.completeStep("inform", by: F.op, at: F.minutes(5),
                                                              evidence: RunEvidence(note: "  ")), to: run).refusal,
                       .noteRequired("inform"))
        XCTAssertEqual(ScenarioRunMachine.apply(.completeStep("decide", by: F.op, at: F.minutes(5), evidence: .none), to: run).refusal,
                       .decisionNeedsBranch("decide"))
        let done = ScenarioRunMachine.apply(.completeStep("report", by: F.op, at: F.minutes(5),
                                                          evidence: RunEvidence(note: " 9,8 m tại Long Biên ", number: 9.8)), to: run)
        XCTAssertEqual(done.run?.step("report")?.evidence, RunEvidence(note: "9,8 m tại Long Biên", number: 9.8))
        XCTAssertEqual(done.entries.first?.number, 9.8)
        XCTAssertEqual(done.entries.first?.actor, "lan")
        XCTAssertEqual(done.entries.first?.role, .operator)
    }

    func testADecisionEntersItsBranchStageAndMustNameAKnownBranch() {
        let run = F.active
        XCTAssertEqual(ScenarioRunMachine.apply(.decide("report", branch: "evacuate", by: F.op, at: F.minutes(5), note: nil),
                                                to: run).refusal, .notADecision("report"))
        XCTAssertEqual(ScenarioRunMachine.apply(.decide("decide", branch: "flee", by: F.op, at: F.minutes(5), note: nil),
                                                to: run).refusal, .noSuchBranch("flee"))
        XCTAssertEqual(ScenarioRunMachine.apply(.startStep("move-people", by: F.op, at: F.minutes(5)), to: run).refusal,
                       .stageNotEntered("evacuate"), "a step of a stage not entered cannot act")
        let decided = ScenarioRunMachine.apply(.decide("decide", branch: "evacuate", by: F.supervisor, at: F.minutes(6),
                                                       note: "Long Biên 10,6 m"), to: run)
        XCTAssertEqual(decided.entries.map(\.action), ["decided", "stage-entered"])
        XCTAssertEqual(decided.entries.first?.note, "evacuate: Long Biên 10,6 m", "the branch by its id, then the note")
        XCTAssertEqual(decided.run?.enteredStages, ["watch", "evacuate"])
        XCTAssertEqual(decided.run?.step("decide")?.evidence?.branch, "evacuate")
        XCTAssertEqual(ScenarioRunMachine.apply(.enterStage("evacuate", by: F.op, at: F.minutes(7)), to: decided.run!).refusal,
                       .stageAlreadyEntered("evacuate"))
        XCTAssertEqual(ScenarioRunMachine.apply(.enterStage("shelter", by: F.op, at: F.minutes(7)), to: run).refusal,
                       .noSuchStage("shelter"))
        // The branch the live data proposes: the gauge at or above its level II.
        let decision = F.template.stages[0].steps[2].decision!
        XCTAssertEqual(decision.proposed(value: { _ in 10.6 }, levels: { _ in [9.5, 10.5, 11.5] })?.id, "evacuate")
        XCTAssertNil(decision.proposed(value: { _ in 10.4 }, levels: { _ in [9.5, 10.5, 11.5] }))
        XCTAssertNil(decision.proposed(value: { _ in nil }, levels: { _ in [9.5, 10.5, 11.5] }), "no value: nothing proposed")
        XCTAssertNil(decision.proposed(value: { _ in 20 }, levels: { _ in [2.5] }), "a gauge without level II")
    }

    func testRequiredStepsBlockClosingAndOnlyASupervisorSkipsThem() {
        var run = F.active
        XCTAssertEqual(ScenarioRunMachine.apply(.close(by: F.op, at: F.minutes(5), note: nil), to: run).refusal,
                       .requiredStepsOpen(2), "report and decide; move-people's stage is not entered")
        XCTAssertEqual(ScenarioRunMachine.apply(.skipStep("report", by: F.op, at: F.minutes(5), reason: "x"), to: run).refusal,
                       .onlySupervisorSkipsRequired)
        XCTAssertEqual(ScenarioRunMachine.apply(.skipStep("inform", by: F.op, at: F.minutes(5), reason: " "), to: run).refusal,
                       .reasonRequired)
        run = F.after([.skipStep("report", by: F.supervisor, at: F.minutes(5), reason: "Trạm hỏng"),
                       .decide("decide", branch: "evacuate", by: F.supervisor, at: F.minutes(6), note: nil)], from: run)
        XCTAssertEqual(run.step("report")?.skipReason, "Trạm hỏng")
        XCTAssertEqual(ScenarioRunMachine.apply(.close(by: F.op, at: F.minutes(7), note: nil), to: run).refusal,
                       .requiredStepsOpen(1), "the evacuation entered: its step is required now")
        run = F.after([.completeStep("move-people", by: F.op, at: F.minutes(8), evidence: RunEvidence(number: 1250))], from: run)
        let closed = ScenarioRunMachine.apply(.close(by: F.op, at: F.minutes(9), note: " Xong "), to: run)
        XCTAssertEqual(closed.run?.state, .closed)
        XCTAssertEqual(closed.run?.endNote, "Xong")
        XCTAssertEqual(closed.run?.endedBy, "lan")
        XCTAssertEqual(ScenarioRunMachine.apply(.cancel(by: F.op, at: F.minutes(2), reason: "x"), to: F.active).refusal,
                       .onlySupervisorCancels)
    }

    func testOverdueStepsGoOverdueOnceWhenTheirStageIsEntered() {
        var run = F.active   // accepted at 1 min: the report is due at 31
        XCTAssertEqual(ScenarioRunMachine.apply(.tick(at: F.minutes(30)), to: run).refusal, .nothingDue)
        let late = ScenarioRunMachine.apply(.tick(at: F.minutes(31)), to: run)
        XCTAssertEqual(late.entries.map(\.action), ["step-overdue"])
        XCTAssertEqual(late.entries.first?.actor, "system")
        XCTAssertNil(late.entries.first?.role)
        run = late.run!
        XCTAssertEqual(run.overdueSteps.map(\.id), ["report"])
        XCTAssertEqual(ScenarioRunMachine.apply(.tick(at: F.minutes(60 * 10)), to: run).refusal, .nothingDue,
                       "18:00 has passed, but the evacuation stage was not entered")
        run = F.after([.startStep("report", by: F.op, at: F.minutes(35))], from: run)
        XCTAssertEqual(run.step("report")?.state, .inProgress)
        XCTAssertEqual(run.step("report")?.overdueAt, F.minutes(31), "started late, still marked late")
        XCTAssertEqual(ScenarioRunMachine.apply(.tick(at: F.minutes(40)), to: run).refusal, .nothingDue, "not raised again")
        XCTAssertEqual(run.overdueSteps.map(\.id), ["report"], "started late, still counted late until finished")
        run = F.after([.decide("decide", branch: "evacuate", by: F.op, at: F.minutes(41), note: nil)], from: run)
        let evening = ScenarioRunMachine.apply(.tick(at: F.t0 + 9 * 3600), to: run)
        XCTAssertEqual(evening.entries.map(\.stepID), ["move-people"])
    }

    func testAcceptingAProposalStartsTheFirstStagesClockAndAStartedLateStepIsNotStartedTwice() {
        let accepted = F.after([.accept(by: F.op, at: F.minutes(45))], from: F.proposed)
        XCTAssertEqual(accepted.step("report")?.due, F.minutes(75), "30 min after the acceptance, not the proposal")
        var run = F.after([.startStep("report", by: F.op, at: F.minutes(50)), .tick(at: F.minutes(80))], from: accepted)
        XCTAssertEqual(run.step("report")?.state, .overdue)
        XCTAssertEqual(ScenarioRunMachine.apply(.startStep("report", by: F.supervisor, at: F.minutes(81)), to: run).refusal,
                       .stepAlreadyStarted("report"), "started, then late: a second start is refused and by/at stay")
        run = F.after([.completeStep("report", by: F.op, at: F.minutes(82), evidence: RunEvidence(number: 10))], from: run)
        XCTAssertEqual(run.overdueSteps.count, 0)
        XCTAssertEqual(F.template.domain, .publicOrder)
    }

    func testAViewerMayDoNothingAndADrillIsMarkedOnEveryRow() {
        for input in F.everyInput {
            guard input.actor != nil else { continue }
            let asViewer = Self.replacingActor(input, with: F.viewer)
            XCTAssertEqual(ScenarioRunMachine.apply(asViewer, to: F.active).refusal, .viewerMayNotAct, input.name)
        }
        let (drill, first) = ScenarioRunMachine.start(F.template, id: "D1", at: F.t0, by: F.op, alarmID: nil, exercise: true,
                                                      byHand: true)
        XCTAssertTrue(first.exercise)
        let decided = ScenarioRunMachine.apply(.decide("decide", branch: "evacuate", by: F.op, at: F.minutes(3), note: nil), to: drill)
        XCTAssertEqual(decided.entries.count, 2)
        XCTAssertTrue(decided.entries.allSatisfy(\.exercise))
        XCTAssertTrue(ScenarioRunMachine.apply(.tick(at: F.minutes(31)), to: drill).entries.allSatisfy(\.exercise))
    }

    static func replacingActor(_ input: RunInput, with actor: Actor) -> RunInput {
        switch input {
        case .accept(_, let at): return .accept(by: actor, at: at)
        case .decline(_, let at, let r): return .decline(by: actor, at: at, reason: r)
        case .startStep(let s, _, let at): return .startStep(s, by: actor, at: at)
        case .completeStep(let s, _, let at, let e): return .completeStep(s, by: actor, at: at, evidence: e)
        case .skipStep(let s, _, let at, let r): return .skipStep(s, by: actor, at: at, reason: r)
        case .decide(let s, let b, _, let at, let n): return .decide(s, branch: b, by: actor, at: at, note: n)
        case .enterStage(let s, _, let at): return .enterStage(s, by: actor, at: at)
        case .note(_, let at, let t): return .note(by: actor, at: at, text: t)
        case .tick: return input
        case .close(_, let at, let n): return .close(by: actor, at: at, note: n)
        case .cancel(_, let at, let r): return .cancel(by: actor, at: at, reason: r)
        }
    }
}
