import Foundation

/// The scenario run lifecycle as a pure function, like the alarm machine: an input and a run in, the new run and its
/// timeline rows (or a refusal) out. No I/O, no clock: every input carries its time.
///
/// Rules (tested in `ScenarioRunMachineTableTests`, every run state × every input, and every step state × every
/// step input):
/// - A viewer may do nothing. Only a proposed run may be accepted or declined; a decline needs a reason.
/// - Steps act only in an active run and only in a stage already entered; a finished step (done, skipped) takes no
///   more inputs. Starting a started step is refused, so a second console's late key press writes nothing.
/// - Marking a step done asks for its evidence: the number a step counts, or a note for a step that asks for one.
///   A decision step is answered with a branch (`decide`), never plain "done"; the branch's stage is entered with it.
/// - Any open step may be skipped with a reason; a required one only by a supervisor.
/// - `tick` turns pending and in-progress steps of entered stages past their due time into overdue, one row each,
///   once per step (an overdue step started late stays marked `overdueAt`, and is not raised again);
///   a tick with nothing to do is refused (it writes nothing), so a timer may tick freely.
/// - Closing needs every required step of the entered stages finished; cancelling needs a supervisor and a reason.
public enum ScenarioRunMachine {
    /// A run copied from `template`: its first stage entered, its steps' due moments fixed from `at` (a later stage's
    /// when it is entered); active, or proposed when
    /// the template says so and nobody started it by hand. Returns the run and its first timeline row.
    public static func start(_ template: ScenarioTemplate, id: String, at: Date, by: Actor, alarmID: String?,
                             exercise: Bool, byHand: Bool, domain: Pillar? = nil) -> (ScenarioRun, RunTimelineEntry) {
        var steps: [RunStep] = []
        for (index, stage) in template.stages.enumerated() {
            for step in stage.steps {
                // Due moments count from the stage's entry: the first stage's from the run's start, a later one's when
                // a decision or an operator enters it ("level II reached: man the dikes within 2 h").
                steps.append(RunStep(stageID: stage.id, step: step, due: index == 0 ? step.due?.date(start: at) : nil))
            }
        }
        let proposed = template.start == .proposed && !byHand
        var run = ScenarioRun(id: id, templateID: template.id, templateVersion: template.version, title: template.title,
                              exercise: exercise, state: proposed ? .proposed : .active, startedAt: at, startedBy: by.name,
                              alarmID: alarmID, enteredStages: template.stages.first.map { [$0.id] } ?? [], steps: steps)
        run.domain = domain ?? template.domain
        let entry = RunTimelineEntry(runID: id, at: at, actor: by.name, role: by == .system ? nil : by.role,
                                     action: proposed ? "proposed" : "started", stageID: template.stages.first?.id,
                                     note: alarmID, exercise: exercise)
        return (run, entry)
    }

    /// Applies one input to a run.
    public static func apply(_ input: RunInput, to run: ScenarioRun) -> RunDecision {
        if let actor = input.actor, !actor.role.canAct { return .rejected(.viewerMayNotAct) }
        switch input {
        case .accept(let by, let at):
            guard run.state == .proposed else { return .rejected(.notProposed) }
            var next = run
            next.state = .active
            // The first stage's deadlines count from the acceptance: the work starts then, not at the proposal.
            if let first = run.enteredStages.first {
                for index in next.steps.indices where next.steps[index].stageID == first {
                    next.steps[index].due = next.steps[index].step.due?.date(start: at)
                }
            }
            return record(run, next, at: at, by: by, action: "accepted")
        case .decline(let by, let at, let reason):
            guard run.state == .proposed else { return .rejected(.notProposed) }
            guard let reason = trimmed(reason) else { return .rejected(.reasonRequired) }
            var next = run
            next.state = .declined
            next.endedAt = at; next.endedBy = by.name; next.endNote = reason
            return record(run, next, at: at, by: by, action: "declined", note: reason)
        case .startStep(let id, let by, let at):
            switch openStep(id, in: run) {
            case .failure(let refusal): return .rejected(refusal)
            case .success(let index):
                // In progress, or started and then gone overdue: started already (a second console's late key).
                let step = run.steps[index]
                guard step.state != .inProgress, !(step.state == .overdue && step.by != nil) else {
                    return .rejected(.stepAlreadyStarted(id))
                }
                var next = run
                next.steps[index].state = .inProgress
                next.steps[index].by = by.name; next.steps[index].at = at
                return record(run, next, at: at, by: by, action: "step-started", stepID: id)
            }
        case .completeStep(let id, let by, let at, let evidence):
            switch openStep(id, in: run) {
            case .failure(let refusal): return .rejected(refusal)
            case .success(let index):
                let step = run.steps[index].step
                guard step.decision == nil else { return .rejected(.decisionNeedsBranch(id)) }
                let note = evidence.note.flatMap(trimmed)
                switch step.evidence {
                case .number(let label, _) where evidence.number == nil || !(evidence.number!.isFinite):
                    return .rejected(.numberRequired(label.vi))
                case .note where note == nil:
                    return .rejected(.noteRequired(id))
                default: break
                }
                var next = run
                next.steps[index].state = .done
                next.steps[index].by = by.name; next.steps[index].at = at
                next.steps[index].evidence = RunEvidence(note: note, number: evidence.number)
                return record(run, next, at: at, by: by, action: "step-done", stepID: id, note: note, number: evidence.number)
            }
        case .skipStep(let id, let by, let at, let reason):
            switch openStep(id, in: run) {
            case .failure(let refusal): return .rejected(refusal)
            case .success(let index):
                guard let reason = trimmed(reason) else { return .rejected(.reasonRequired) }
                if run.steps[index].step.required && !by.role.canChangeService {
                    return .rejected(.onlySupervisorSkipsRequired)
                }
                var next = run
                next.steps[index].state = .skipped
                next.steps[index].by = by.name; next.steps[index].at = at; next.steps[index].skipReason = reason
                return record(run, next, at: at, by: by, action: "step-skipped", stepID: id, note: reason)
            }
        case .decide(let id, let branchID, let by, let at, let note):
            switch openStep(id, in: run) {
            case .failure(let refusal): return .rejected(refusal)
            case .success(let index):
                guard let decision = run.steps[index].step.decision else { return .rejected(.notADecision(id)) }
                guard let branch = decision.branches.first(where: { $0.id == branchID }) else {
                    return .rejected(.noSuchBranch(branchID))
                }
                var next = run
                next.steps[index].state = .done
                next.steps[index].by = by.name; next.steps[index].at = at
                next.steps[index].evidence = RunEvidence(note: note.flatMap(trimmed), branch: branchID)
                // The note names the branch by its id (language-neutral; readers show its label from the run's step).
                var entries = [entry(next, at: at, by: by, action: "decided", stepID: id,
                                     note: branch.id + (note.flatMap(trimmed).map { ": " + $0 } ?? ""))]
                if let stage = branch.goTo, !run.enteredStages.contains(stage) {
                    enter(stage, in: &next, at: at)
                    entries.append(entry(next, at: at, by: by, action: "stage-entered", stageID: stage))
                }
                next.lastChangeAt = at
                return .applied(next, entries)
            }
        case .enterStage(let stage, let by, let at):
            guard run.state == .active else { return .rejected(.notActive(run.state)) }
            guard run.steps.contains(where: { $0.stageID == stage }) || run.enteredStages.contains(stage) else {
                return .rejected(.noSuchStage(stage))
            }
            guard !run.enteredStages.contains(stage) else { return .rejected(.stageAlreadyEntered(stage)) }
            var next = run
            enter(stage, in: &next, at: at)
            return record(run, next, at: at, by: by, action: "stage-entered", stageID: stage)
        case .note(let by, let at, let text):
            guard !run.state.isFinal else { return .rejected(.notActive(run.state)) }
            guard let text = trimmed(text) else { return .rejected(.emptyNote) }
            return record(run, run, at: at, by: by, action: "note", note: text)
        case .tick(let at):
            guard run.state == .active else { return .rejected(.notActive(run.state)) }
            var next = run
            var entries: [RunTimelineEntry] = []
            for index in next.steps.indices where next.enteredStages.contains(next.steps[index].stageID) {
                let step = next.steps[index]
                guard step.state == .pending || step.state == .inProgress, step.overdueAt == nil, let due = step.due, at >= due else {
                    continue  // a step goes overdue once: started late, it stays marked, not raised again
                }
                next.steps[index].state = .overdue
                next.steps[index].overdueAt = at
                entries.append(entry(next, at: at, by: .system, action: "step-overdue", stepID: step.id))
            }
            guard !entries.isEmpty else { return .rejected(.nothingDue) }
            next.lastChangeAt = at
            return .applied(next, entries)
        case .close(let by, let at, let note):
            guard run.state == .active else { return .rejected(.notActive(run.state)) }
            let open = run.openRequiredSteps.count
            guard open == 0 else { return .rejected(.requiredStepsOpen(open)) }
            var next = run
            next.state = .closed
            next.endedAt = at; next.endedBy = by.name; next.endNote = note.flatMap(trimmed)
            return record(run, next, at: at, by: by, action: "closed", note: next.endNote)
        case .cancel(let by, let at, let reason):
            guard run.state == .active || run.state == .proposed else { return .rejected(.notActive(run.state)) }
            guard by.role.canChangeService else { return .rejected(.onlySupervisorCancels) }
            guard let reason = trimmed(reason) else { return .rejected(.reasonRequired) }
            var next = run
            next.state = .cancelled
            next.endedAt = at; next.endedBy = by.name; next.endNote = reason
            return record(run, next, at: at, by: by, action: "cancelled", note: reason)
        }
    }

    /// Enters `stage`: its steps' due moments are fixed from `at`.
    private static func enter(_ stage: String, in run: inout ScenarioRun, at: Date) {
        run.enteredStages.append(stage)
        for index in run.steps.indices where run.steps[index].stageID == stage {
            run.steps[index].due = run.steps[index].step.due?.date(start: at)
        }
    }

    /// The index of an open step of an entered stage of an active run, or why not.
    private static func openStep(_ id: String, in run: ScenarioRun) -> Result<Int, RunRefusal> {
        guard run.state == .active else { return .failure(.notActive(run.state)) }
        guard let index = run.steps.firstIndex(where: { $0.id == id }) else { return .failure(.noSuchStep(id)) }
        let step = run.steps[index]
        guard run.enteredStages.contains(step.stageID) else { return .failure(.stageNotEntered(step.stageID)) }
        guard !step.state.isFinished else { return .failure(.stepFinished(id)) }
        return .success(index)
    }

    private static func trimmed(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    private static func entry(_ run: ScenarioRun, at: Date, by: Actor, action: String, stepID: String? = nil,
                              stageID: String? = nil, note: String? = nil, number: Double? = nil) -> RunTimelineEntry {
        RunTimelineEntry(runID: run.id, at: at, actor: by.name, role: by == .system ? nil : by.role, action: action,
                         stepID: stepID, stageID: stageID, note: note, number: number, exercise: run.exercise)
    }

    private static func record(_ before: ScenarioRun, _ after: ScenarioRun, at: Date, by: Actor, action: String,
                               stepID: String? = nil, stageID: String? = nil, note: String? = nil,
                               number: Double? = nil) -> RunDecision {
        var next = after
        next.lastChangeAt = at
        return .applied(next, [entry(next, at: at, by: by, action: action, stepID: stepID, stageID: stageID, note: note,
                                     number: number)])
    }
}
