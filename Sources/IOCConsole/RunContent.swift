import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// What the run screens show: the list of open runs, a run's steps with their owner, countdown and state, its
/// agency board (one row per agency: its tasks, what it must report back, "awaiting report"), its procedure and
/// the newest rows of its timeline. A drill says so on every line that names it.
enum RunContent {
    /// "[DIỄN TẬP] " / "[EXERCISE] " before a drill's title.
    static func drill(_ run: ScenarioRun, _ lang: Language) -> String {
        run.exercise ? lang.pick("[DIỄN TẬP] ", "[EXERCISE] ") : ""
    }

    /// "còn 12 ph" / "in 12 min", "trễ 5 ph" / "5 min late", hours past an hour, days past a day.
    static func countdown(_ due: Date?, now: Date, _ lang: Language) -> String {
        guard let due else { return "—" }
        let seconds = due.timeIntervalSince(now)
        let minutes = Int((abs(seconds) / 60).rounded(.down))
        let amount: String
        if minutes < 60 { amount = lang.pick("\(minutes) ph", "\(minutes) min") }
        else if minutes < 48 * 60 {
            let rest = minutes % 60
            amount = lang.pick("\(minutes / 60) giờ" + (rest > 0 ? " \(rest) ph" : ""), "\(minutes / 60) h" + (rest > 0 ? " \(rest) min" : ""))
        }
        else { amount = lang.pick("\(minutes / 1440) ngày", "\(minutes / 1440) d") }
        return seconds >= 0 ? lang.pick("còn ", "in ") + amount : lang.pick("trễ ", "") + amount + lang.pick("", " late")
    }

    /// A step's state word, "quá hạn" for one started late too, "chưa tới" for a stage not entered.
    static func stateText(_ s: RunStep, in run: ScenarioRun, _ lang: Language) -> String {
        guard run.enteredStages.contains(s.stageID) else { return lang.pick("chưa tới", "not reached") }
        if s.state == .inProgress, s.overdueAt != nil { return lang.pick("đang làm, trễ", "in progress, late") }
        if s.state == .done, s.overdueAt != nil { return lang.pick("xong (trễ)", "done (late)") }
        return s.state.label(lang)
    }

    static func severity(_ s: RunStep, in run: ScenarioRun) -> Severity {
        guard run.enteredStages.contains(s.stageID) else { return .normal }
        switch s.state {
        case .overdue: return .critical
        case .inProgress where s.overdueAt != nil: return .warning
        default: return .normal
        }
    }

    static func listTable(_ runs: [ScenarioRun], model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Mã", "Id"), width: .fixed(6)),
            TableColumn(title: lang.pick("Trạng thái", "State"), width: .fixed(11)),
            TableColumn(title: lang.pick("Tiến độ", "Progress"), width: .fixed(9)),
            TableColumn(title: lang.pick("Quá hạn", "Overdue"), width: .fixed(8)),
            TableColumn(title: lang.pick("Hạn gần nhất", "Next due"), width: .fixed(16)),
            TableColumn(title: lang.pick("Kịch bản", "Scenario"), width: .fill(1)),
        ])
        t.dropOrder = [4, 2]
        for r in runs {
            let reached = r.reachedSteps
            let next = reached.filter { !$0.state.isFinished }.compactMap(\.due).min()
            let overdue = r.overdueSteps.count
            t.append([TableCell(r.id), TableCell(r.state.label(lang)),
                      TableCell("\(reached.filter(\.state.isFinished).count)/\(reached.count)"),
                      TableCell(overdue == 0 ? "0" : "⚠ \(overdue)"), TableCell(countdown(next, now: model.now, lang)),
                      TableCell(drill(r, lang) + r.title.text(lang))],
                     severity: overdue > 0 ? .critical : (r.state == .proposed ? .warning : .normal), target: .run(r))
        }
        let proposed = runs.filter { $0.state == .proposed }.count
        t.summary = lang.pick("\(runs.count) kịch bản đang mở", "\(runs.count) open run\(runs.count == 1 ? "" : "s")")
            + (proposed > 0 ? lang.pick(" · \(proposed) đề xuất chờ chấp nhận (y)", " · \(proposed) proposed, awaiting acceptance (y)") : "")
            + lang.pick(" · Enter: mở", " · Enter: open")
        t.summarySeverity = runs.contains { !$0.overdueSteps.isEmpty } ? .critical : (proposed > 0 ? .warning : .normal)
        return t
    }

    /// The steps, in the template's order: stage, step, owner, due countdown, state.
    static func stepsTable(_ run: ScenarioRun, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Giai đoạn", "Stage"), width: .fixed(10)),
            TableColumn(title: lang.pick("Bước", "Step"), width: .fill(1)),
            TableColumn(title: lang.pick("Đơn vị", "Owner"), width: .fixed(15)),
            TableColumn(title: lang.pick("Hạn", "Due"), width: .fixed(16)),
            TableColumn(title: lang.pick("Trạng thái", "State"), width: .fixed(14)),
        ])
        // At 80 columns the stage goes first: a step's title is what the operator reads.
        t.dropOrder = [0, 2]
        t.minFill = 26
        for s in run.steps {
            let due = s.state.isFinished ? (s.at.map(VietnamTime.clock) ?? "") : countdown(s.due, now: model.now, lang)
            t.append([TableCell(s.stageID), TableCell((s.step.required ? "" : "○ ") + s.step.title.text(lang)),
                      TableCell(s.step.ownerText(lang)), TableCell(due), TableCell(stateText(s, in: run, lang))],
                     severity: severity(s, in: run), target: .runStep(runID: run.id, stepID: s.id))
        }
        let open = run.openRequiredSteps.count
        t.summary = lang.pick("Bước (○ không bắt buộc) · còn \(open) bước bắt buộc", "Steps (○ optional) · \(open) required step(s) open")
            + lang.pick(" · b bắt đầu · d xong · x bỏ qua · c chọn nhánh · e vào giai đoạn · n ghi chú · C đóng",
                        " · b begin · d done · x skip · c choose · e enter stage · n note · C close")
        t.summarySeverity = run.overdueSteps.isEmpty ? .normal : .critical
        return t
    }

    /// One row per agency (owner) of the entered stages: its tasks finished of all, what it must report back, and
    /// "awaiting report" while a task that asks for a figure or a note is not done.
    static func agencyBoard(_ run: ScenarioRun, _ lang: Language) -> [String] {
        var owners: [String] = []
        for s in run.reachedSteps where !owners.contains(s.step.owner) { owners.append(s.step.owner) }
        return owners.map { owner in
            let tasks = run.reachedSteps.filter { $0.step.owner == owner }
            let name = tasks.first?.step.ownerText(lang) ?? owner
            let finished = tasks.filter(\.state.isFinished).count
            let late = tasks.filter { $0.state == .overdue }.count
            let waiting = tasks.filter { !$0.state.isFinished && ($0.step.evidence != nil || $0.step.reportBack != nil) }
            let report = tasks.compactMap { $0.step.reportBack?.text(lang) }.first
                ?? tasks.compactMap { t -> String? in
                    if case .number(let label, let unit)? = t.step.evidence { return label.text(lang) + (unit.map { " (\($0))" } ?? "") }
                    return nil
                }.first
            var line = "\(name): \(finished)/\(tasks.count) " + lang.pick("việc xong", "tasks done")
            if late > 0 { line += lang.pick(" · \(late) quá hạn", " · \(late) overdue") }
            if let report { line += lang.pick(" · báo cáo: ", " · reports: ") + report }
            if !waiting.isEmpty { line += lang.pick(" · đang chờ báo cáo", " · awaiting report") }
            return line
        }
    }

    /// The alarm response procedure's lines (ISA-18.2), or nothing when the template has none.
    static func procedureLines(_ template: ScenarioTemplate?, _ lang: Language) -> [String] {
        guard let p = template?.procedure else { return [] }
        return [
            lang.pick("Nguyên nhân: ", "Causes: ") + p.causes.text(lang),
            lang.pick("Nếu không xử lý: ", "If nothing is done: ") + p.consequence.text(lang),
            lang.pick("Hành động: ", "Action: ") + p.action.text(lang)
                + lang.pick(" (trong \(Int(p.responseTime / 60)) phút)", " (within \(Int(p.responseTime / 60)) min)"),
        ]
    }

    /// The run's header line: id, state, started, the alarm, the template version.
    static func header(_ run: ScenarioRun, model: ConsoleModel) -> String {
        let lang = model.language
        return "\(run.id) · \(run.state.label(lang)) · " + lang.pick("bắt đầu ", "started ") + VietnamTime.clock(run.startedAt)
            + " (\(run.startedBy == "system" ? lang.pick("tự động", "automatic") : run.startedBy))"
            + (run.alarmID.flatMap { id in model.dashboard?.alarms.first { $0.id == id }?.displayID }.map { " · " + $0 } ?? "")
            + " · \(run.templateID) v\(run.templateVersion)"
    }

    /// The newest timeline rows, newest first: time, who, what, step, figure and note.
    static func timelineLines(_ entries: [RunTimelineEntry], run: ScenarioRun, _ lang: Language, limit: Int) -> [String] {
        entries.reversed().prefix(max(0, limit)).map { e in
            var line = VietnamTime.clock(e.at) + " " + (e.actor == "system" ? lang.pick("hệ thống", "system") : e.actor) + " "
                + actionText(e.action, lang)
            if let step = e.stepID ?? (e.action == "stage-entered" ? e.stageID : nil) { line += " " + step }
            if let n = e.number { line += " = " + (n.rounded() == n && abs(n) < 1e15 ? lang.numberStyle.format(n) : lang.numberStyle.auto(n)) }
            let note = run.noteText(e, lang)
            if !note.isEmpty, e.action != "started" && e.action != "proposed" { line += ": " + note }
            return line
        }
    }

    static func actionText(_ action: String, _ lang: Language) -> String {
        switch action {
        case "started": return lang.pick("bắt đầu", "started")
        case "proposed": return lang.pick("đề xuất", "proposed")
        case "accepted": return lang.pick("chấp nhận", "accepted")
        case "declined": return lang.pick("không kích hoạt", "declined")
        case "step-started": return lang.pick("bắt đầu bước", "began")
        case "step-done": return lang.pick("xong bước", "done")
        case "step-skipped": return lang.pick("bỏ qua bước", "skipped")
        case "step-overdue": return lang.pick("quá hạn", "overdue")
        case "decided": return lang.pick("quyết định", "decided")
        case "stage-entered": return lang.pick("vào giai đoạn", "entered stage")
        case "note": return lang.pick("ghi chú", "note")
        case "closed": return lang.pick("đóng", "closed")
        case "cancelled": return lang.pick("hủy", "cancelled")
        default: return action
        }
    }
}
