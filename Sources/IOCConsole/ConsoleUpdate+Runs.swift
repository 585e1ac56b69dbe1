import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// Operating scenarios from the keyboard (issue 18): `p` from an alarm opens its run (or its procedure, and Enter
/// starts a run by hand), F7 lists the open runs, and on a run the keys act on the selected step — begin, done (with
/// the evidence the step asks for), skip (with a reason), choose a decision's branch — or on the run — accept or
/// decline a proposal, note, close. The console only asks; the store applies inputs through the run machine.
extension ConsoleUpdate {
    /// The open run an alarm started (the newest), from the dashboard.
    static func run(for alarm: Alarm, _ m: ConsoleModel) -> ScenarioRun? {
        m.dashboard?.runs.first { $0.alarmID == alarm.id }
    }

    /// The run shown on the screen in front: the dashboard's live copy, else the one last read.
    static func shownRun(_ m: ConsoleModel) -> ScenarioRun? {
        guard case .runDetail(let s)? = m.screens.last else { return nil }
        return m.dashboard?.runs.first { $0.id == s.runID } ?? s.run
    }

    static func openRun(_ m: inout ConsoleModel, _ run: ScenarioRun) -> [ConsoleEffect] {
        m.screens.append(.runDetail(RunDetailScreen(runID: run.id, run: run)))
        return [.loadRunTimeline(run.id)]
    }

    static func performRunAction(_ m: inout ConsoleModel, _ action: ConsoleAction) -> [ConsoleEffect] {
        let lang = m.language
        switch action {
        case .runsScreen:
            if case .runList? = m.screens.last { return [] }
            m.screens.append(.runList)
            return []
        case .openProcedure:
            guard let alarm = selectedAlarms(m).first else {
                flash(&m, lang.pick("Chọn một cảnh báo trước", "Select an alarm first"), error: true)
                return []
            }
            if let run = run(for: alarm, m) { return openRun(&m, run) }
            // An overdue step's own alarm leads to its run ("KB3/step" is its subject).
            if alarm.ruleID == ScenarioStepAlarmRule.ruleID,
               let id = alarm.subject.split(separator: "/").first.map(String.init),
               let run = m.dashboard?.runs.first(where: { $0.id == id }) {
                return openRun(&m, run)
            }
            guard let template = ScenarioTemplate.triggered(by: alarm, among: m.scenarios).first else {
                flash(&m, lang.pick("Cảnh báo này chưa có kịch bản điều hành", "No operating scenario covers this alarm"), error: true)
                return []
            }
            m.screens.append(.procedure(ProcedureScreen(alarm: alarm, template: template)))
            return []
        default:
            break
        }
        guard let run = shownRun(m) ?? selectedListRun(m) else {
            flash(&m, lang.pick("Mở một kịch bản trước (F7)", "Open a run first (F7)"), error: true)
            return []
        }
        guard m.actor.role.canAct else {
            flash(&m, RunRefusal.viewerMayNotAct.text(lang), error: true)
            return [.recordRefusal(action: .run(action.rawValue), by: m.actor, target: run.id,
                                   reason: RunRefusal.viewerMayNotAct.text(.en), at: m.now)]
        }
        switch action {
        case .runAccept: return [.applyRunInput(runID: run.id, input: .accept(by: m.actor, at: m.now))]
        case .runDecline: m.prompt = PromptState(.runDeclineReason(runID: run.id))
        case .runNote: m.prompt = PromptState(.runNote(runID: run.id))
        case .runClose: m.prompt = PromptState(.runCloseNote(runID: run.id))
        case .runEnterStage:
            let stages = run.steps.map(\.stageID).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .filter { !run.enteredStages.contains($0) }
            guard !stages.isEmpty else {
                flash(&m, lang.pick("Đã vào mọi giai đoạn", "Every stage has been entered"), error: true)
                return []
            }
            m.prompt = PromptState(.runStage(runID: run.id, stages: stages))
        case .runBegin, .runDone, .runSkip, .runChoose:
            guard let step = selectedStep(m, run) else {
                flash(&m, lang.pick("Chọn một bước trước", "Select a step first"), error: true)
                return []
            }
            switch action {
            case .runBegin: return [.applyRunInput(runID: run.id, input: .startStep(step.id, by: m.actor, at: m.now))]
            case .runSkip: m.prompt = PromptState(.runSkipReason(runID: run.id, stepID: step.id))
            default:
                // "Done" on a decision is answered with a branch, as "choose" is; "choose" on any other step is refused.
                if let decision = step.step.decision {
                    m.prompt = PromptState(.runBranch(runID: run.id, stepID: step.id, branches: decision.branches))
                } else if action == .runChoose {
                    flash(&m, RunRefusal.notADecision(step.id).text(lang), error: true)
                } else {
                    m.prompt = PromptState(.runEvidence(runID: run.id, stepID: step.id, evidence: step.step.evidence))
                }
            }
        default: break
        }
        return []
    }

    /// On the runs screen, the selected run.
    static func selectedListRun(_ m: ConsoleModel) -> ScenarioRun? {
        guard case .runList? = m.screens.last, case .run(let r)? = selectedTarget(m) else { return nil }
        return r
    }

    /// On a run's screen, the selected step.
    static func selectedStep(_ m: ConsoleModel, _ run: ScenarioRun) -> RunStep? {
        guard case .runStep(_, let id)? = selectedTarget(m) else { return nil }
        return run.step(id)
    }

    /// A figure as the operator types it: Vietnamese ("1.250", "10,6") on a Vietnamese console, "1,250" or "10.6"
    /// on an English one; then the rest of the line is the note.
    static func figureAndNote(_ text: String, _ lang: Language) -> (number: Double?, note: String?) {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = words.first else { return (nil, nil) }
        let number: Double?
        if lang == .vi {
            number = RecordNumbers.vietnamese.read(first)
        } else {
            // "1,250" and "1,250.5": groups of exactly three digits after the first, a decimal part on the last only.
            let groups = first.split(separator: ",", omittingEmptySubsequences: false)
            let digits = { (s: Substring) in !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
            let grouped = groups.count > 1 && groups.dropFirst().enumerated().allSatisfy { index, g in
                let isLast = index == groups.count - 2
                let whole = isLast ? g.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false) : [g]
                return whole[0].count == 3 && digits(whole[0]) && (whole.count == 1 || digits(whole[1]))
            }
            number = groups.count > 1 && !grouped ? nil : RecordNumbers.json.read(first.replacingOccurrences(of: ",", with: ""))
        }
        guard let number else { return (nil, text.isEmpty ? nil : text) }
        return (number, words.count > 1 ? words[1] : nil)
    }

    /// Submits a run question.
    static func submitRun(_ m: inout ConsoleModel, _ prompt: PromptState, text: String) -> [ConsoleEffect] {
        let lang = m.language
        func keep(_ why: String) -> [ConsoleEffect] {
            m.prompt = prompt
            flash(&m, why, error: true)
            return []
        }
        switch prompt.purpose {
        case .runEvidence(let runID, let stepID, let evidence):
            var answer = RunEvidence(note: text.isEmpty ? nil : text)
            if case .number(let label, _)? = evidence {
                let (number, note) = figureAndNote(text, lang)
                guard let number else { return keep(RunRefusal.numberRequired(label.text(lang)).text(lang)) }
                answer = RunEvidence(note: note, number: number)
            } else if case .note? = evidence, text.isEmpty {
                return keep(RunRefusal.noteRequired(stepID).text(lang))
            }
            return [.applyRunInput(runID: runID, input: .completeStep(stepID, by: m.actor, at: m.now, evidence: answer))]
        case .runSkipReason(let runID, let stepID):
            guard !text.isEmpty else { return keep(RunRefusal.reasonRequired.text(lang)) }
            return [.applyRunInput(runID: runID, input: .skipStep(stepID, by: m.actor, at: m.now, reason: text))]
        case .runBranch(let runID, let stepID, let branches):
            let words = text.split(separator: " ", maxSplits: 1).map(String.init)
            guard let n = words.first.flatMap({ Int($0) }), (1...branches.count).contains(n) else {
                return keep(lang.pick("Chọn số 1–\(branches.count)", "Choose a number 1–\(branches.count)"))
            }
            return [.applyRunInput(runID: runID, input: .decide(stepID, branch: branches[n - 1].id, by: m.actor, at: m.now,
                                                                 note: words.count > 1 ? words[1] : nil))]
        case .runDeclineReason(let runID):
            guard !text.isEmpty else { return keep(RunRefusal.reasonRequired.text(lang)) }
            return [.applyRunInput(runID: runID, input: .decline(by: m.actor, at: m.now, reason: text))]
        case .runNote(let runID):
            guard !text.isEmpty else { return [] }
            return [.applyRunInput(runID: runID, input: .note(by: m.actor, at: m.now, text: text))]
        case .runCloseNote(let runID):
            return [.applyRunInput(runID: runID, input: .close(by: m.actor, at: m.now, note: text.isEmpty ? nil : text))]
        case .runStage(let runID, let stages):
            guard let n = Int(text), (1...stages.count).contains(n) else {
                return keep(lang.pick("Chọn số 1–\(stages.count)", "Choose a number 1–\(stages.count)"))
            }
            return [.applyRunInput(runID: runID, input: .enterStage(stages[n - 1], by: m.actor, at: m.now))]
        default:
            return []
        }
    }

    /// Messages about runs: an input's answer, a run started, a run and its timeline read.
    static func runMessage(_ m: inout ConsoleModel, _ message: ConsoleMessage) -> [ConsoleEffect] {
        let lang = m.language
        switch message {
        case .runApplied(let decision):
            switch decision {
            case .applied(let run, let entries):
                replaceRun(&m, run)
                let what = entries.map { RunContent.actionText($0.action, lang) + ($0.stepID.map { " " + $0 } ?? "") }
                flash(&m, RunContent.drill(run, lang) + "\(run.id): " + what.joined(separator: ", "))
                return [.loadRunTimeline(run.id)]
            case .rejected(let why):
                flash(&m, lang.pick("Bị từ chối: ", "Refused: ") + why.text(lang), error: true)
                return []
            }
        case .runStarted(let run):
            if case .procedure? = m.screens.last { m.screens.removeLast() }
            flash(&m, RunContent.drill(run, lang) + lang.pick("Đã mở kịch bản \(run.id)", "Run \(run.id) started"))
            return openRun(&m, run)
        case .runTimelineLoaded(let id, let run, let timeline):
            for i in m.screens.indices {
                if case .runDetail(var s) = m.screens[i], s.runID == id {
                    if let run { s.run = run }
                    s.timeline = timeline
                    s.loading = false
                    m.screens[i] = .runDetail(s)
                }
            }
            return []
        default:
            return []
        }
    }

    /// A run as the store answered: on its screen at once (the dashboard brings it again with the next read).
    static func replaceRun(_ m: inout ConsoleModel, _ run: ScenarioRun) {
        for i in m.screens.indices {
            if case .runDetail(var s) = m.screens[i], s.runID == run.id { s.run = run; m.screens[i] = .runDetail(s) }
        }
        if let index = m.dashboard?.runs.firstIndex(where: { $0.id == run.id }) {
            if run.state.isFinal { m.dashboard?.runs.remove(at: index) } else { m.dashboard?.runs[index] = run }
        }
    }

    /// Enter on the procedure screen: a run of its scenario, started by hand for its alarm.
    static func startFromProcedure(_ m: inout ConsoleModel, _ s: ProcedureScreen) -> [ConsoleEffect] {
        guard m.actor.role.canAct else {
            flash(&m, RunRefusal.viewerMayNotAct.text(m.language), error: true)
            return [.recordRefusal(action: .run("start"), by: m.actor, target: s.template.id,
                                   reason: RunRefusal.viewerMayNotAct.text(.en), at: m.now)]
        }
        return [.startRun(templateID: s.template.id, alarmID: s.alarm.id, exercise: false, by: m.actor, at: m.now)]
    }
}
