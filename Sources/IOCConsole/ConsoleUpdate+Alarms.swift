import Foundation
import IOCDomain
import TUICore

/// Alarm actions from the keyboard: acknowledge, shelve (duration and reason asked), note, assign, escalate,
/// resolve or return to service, out of service, filter. The console only asks; the store applies them through the
/// state machine in one transaction and the answer comes back as `.alarmCommandsApplied`.
extension ConsoleUpdate {
    /// Table state of the full-screen alarm list.
    static let alarmScreenStateID = "alarms-screen"
    /// The selection and sort of the sources screen (F6).
    static let sourceScreenStateID = "sources-screen"
    /// The selection of the runs screen (F7).
    static let runScreenStateID = "runs-screen"

    /// The alarms the operator's action applies to: the one on an alarm's detail screen, the selected row, or every
    /// member of the selected group row.
    static func selectedAlarms(_ m: ConsoleModel) -> [Alarm] {
        if case .alarmDetail(let s)? = m.screens.last { return [s.alarm] }
        switch selectedTarget(m) {
        case .alarm(let a)?: return [a]
        case .alarmGroup(let g)?: return g.members
        default: return []
        }
    }

    /// The status-line hint after acknowledging a chattering alarm: shelve it rather than acknowledge it again.
    static func chatteringHint(_ lang: Language) -> String {
        lang.pick("Cảnh báo dao động: nhấn s để tạm gác", "Chattering alarm: press s to shelve it")
    }

    static func performAlarmAction(_ m: inout ConsoleModel, _ action: ConsoleAction) -> [ConsoleEffect] {
        let lang = m.language
        if action == .filter {
            // A fresh filter each time: the old text is on the list's header, not in the prompt to be appended to.
            m.prompt = PromptState(.filter)
            return []
        }
        if action == .acknowledgeAll {
            let ids = (m.dashboard.map { AlarmListContent.visibleAlarms($0, model: m) } ?? [])
                .filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }.map(\.id)
            guard !ids.isEmpty else { flash(&m, lang.pick("Không có cảnh báo nào chờ xác nhận", "No alarm awaits acknowledgement")); return [] }
            m.prompt = PromptState(.confirmAcknowledgeAll(alarmIDs: ids))
            return []
        }
        let alarms = selectedAlarms(m)
        guard !alarms.isEmpty else {
            flash(&m, lang.pick("Chọn một cảnh báo trước", "Select an alarm first"), error: true)
            return []
        }
        guard m.actor.role.canAct else {
            flash(&m, lang.pick("Người xem không được thao tác cảnh báo", "Viewers cannot act on alarms"), error: true)
            return [.recordRefusal(action: AuditAction(rawValue: "alarm.\(action)"), by: m.actor,
                                   target: alarms.map { $0.number.map { "A\($0)" } ?? $0.id }.joined(separator: " "),
                                   reason: AlarmRefusal.viewerMayNotAct.text(.en), at: m.now)]
        }
        let ids = alarms.map(\.id)
        switch action {
        case .acknowledge:
            var targets = alarms
            if case .alarmGroup(let g)? = selectedTarget(m) {
                targets = g.awaitingAcknowledgement
                guard !targets.isEmpty else {
                    flash(&m, lang.pick("Không có cảnh báo nào trong nhóm chờ xác nhận", "No alarm in this group awaits acknowledgement"))
                    return []
                }
            }
            let chattering = AlarmListContent.chatteringIDs(m.dashboard)
            if targets.contains(where: { chattering.contains($0.id) }) { flash(&m, chatteringHint(lang)) }
            return [.applyAlarmCommands(targets.map { AlarmCommand(alarmID: $0.id, input: .acknowledge(by: m.actor, at: m.now, note: nil)) })]
        case .shelve: m.prompt = PromptState(.shelveMinutes(alarmIDs: ids))
        case .note: m.prompt = PromptState(.note(alarmIDs: ids))
        case .assign:
            // An empty question (typing must not append to a code already there); the label says who has it now.
            m.prompt = PromptState(.assign(alarmIDs: ids, current: alarms.first?.assignedAgency ?? alarms.first?.agencyCode))
        case .removeFromService:
            // Refused before the reason is asked, not after the operator wrote it.
            guard m.actor.role.canChangeService else {
                flash(&m, lang.pick("Chỉ trưởng ca được đưa cảnh báo ra khỏi phục vụ", "Only a supervisor may take an alarm out of service"),
                      error: true)
                return []
            }
            m.prompt = PromptState(.outOfServiceReason(alarmIDs: ids))
        case .escalate:
            let reason = lang.pick("Trực ban chuyển cấp trên", "Escalated by the operator")
            return [.applyAlarmCommands(ids.map { AlarmCommand(alarmID: $0, input: .escalate(by: m.actor, at: m.now, reason: reason)) })]
        case .resolve:
            return [.applyAlarmCommands(alarms.map { a in
                let input: AlarmInput
                switch a.state {
                case .outOfService: input = .returnToService(by: m.actor, at: m.now)
                case .shelved: input = .unshelve(by: m.actor, at: m.now)
                default: input = .resolve(by: m.actor, at: m.now, note: nil)
                }
                return AlarmCommand(alarmID: a.id, input: input)
            })]
        default: break
        }
        return []
    }

    // MARK: Groups

    /// Expands or collapses alarm groups: → (l) expands the selected group, ← (h) collapses it, or, on a member,
    /// collapses its group and selects the group's row. False when the selected row is not about a group, so the
    /// key keeps its usual meaning (moving the focus).
    static func alarmGroupMove(_ m: inout ConsoleModel, _ action: ConsoleAction) -> Bool {
        guard action == .right || action == .left, m.keyContext == .alarms, let d = m.dashboard else { return false }
        switch selectedTarget(m) {
        case .alarmGroup(let g)?:
            if action == .right { m.expandedAlarmGroups.insert(g.id) } else { m.expandedAlarmGroups.remove(g.id) }
            return true
        case .alarm(let a)? where action == .left:
            guard let g = AlarmListContent.groups(d, model: m).first(where: { !$0.isSingleton && $0.members.contains { $0.id == a.id } }),
                  m.expandedAlarmGroups.contains(g.id) else { return false }
            toggleAlarmGroup(&m, g)
            return true
        default:
            return false
        }
    }

    /// Expands a collapsed group in place, or collapses an expanded one and keeps its row selected.
    static func toggleAlarmGroup(_ m: inout ConsoleModel, _ g: AlarmGroup) {
        guard m.expandedAlarmGroups.remove(g.id) != nil else {
            m.expandedAlarmGroups.insert(g.id)
            return
        }
        guard let d = m.dashboard else { return }
        let stateID: String
        if case .alarmList? = m.screens.last { stateID = alarmScreenStateID }
        else if m.screens.isEmpty, let spec = m.focusedPanel { stateID = spec.id }
        else { return }
        var state = m.state(of: stateID)
        let table = SortedTable(AlarmListContent.table(d, model: m), state: state).table
        guard let row = table.targets.firstIndex(where: { if case .alarmGroup(let h)? = $0 { return h.id == g.id } else { return false } })
        else { return }
        state.selected = row
        state.offset = min(state.offset, row)
        m.panelStates[stateID] = state
    }

    static func promptKey(_ m: inout ConsoleModel, _ key: KeyEvent) -> [ConsoleEffect] {
        guard var prompt = m.prompt else { return [] }
        switch prompt.purpose {
        case .signOnName:
            // Signing on: Esc does not skip it (every action needs a name); Ctrl-C still quits.
            if key == .control("c") { return [.quit] }
            if key == .escape { return [] }
        default: break
        }
        if case .confirmAcknowledgeAll(let ids) = prompt.purpose {
            m.prompt = nil
            guard key == .character("c") || key == .character("y") || key == .character("C") || key == .character("Y") else {
                flash(&m, m.language.pick("Đã huỷ", "Cancelled"))
                return []
            }
            return [.applyAlarmCommands(ids.map { AlarmCommand(alarmID: $0, input: .acknowledge(by: m.actor, at: m.now, note: nil)) })]
        }
        if case .confirmLateEntry = prompt.purpose {
            // One key answers, as for "acknowledge all": c/y files it, anything else gives the text back.
            m.prompt = nil
            let yes = [KeyEvent.character("c"), .character("y"), .character("C"), .character("Y")].contains(key)
            return submit(&m, PromptState(prompt.purpose, text: yes ? "c" : ""))
        }
        switch key {
        case .escape, .control("c"):
            m.prompt = nil
            // Esc on the filter or search question means "no filter": the old one goes too.
            return clearFilter(&m, prompt.purpose)
        case .control("u"): prompt.text = ""; m.prompt = prompt
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast(); m.prompt = prompt }
        case .character(let c): prompt.text.append(c); m.prompt = prompt
        case .enter:
            m.prompt = nil
            return submit(&m, prompt)
        default: break
        }
        return []
    }

    /// Drops the alarm filter (`.filter`) or the logbook search (`.logSearch`); other questions have nothing to drop.
    static func clearFilter(_ m: inout ConsoleModel, _ purpose: PromptState.Purpose) -> [ConsoleEffect] {
        switch purpose {
        case .filter:
            m.alarmFilter = nil
            return []
        case .logSearch:
            guard case .logbook(var s)? = m.screens.last else { return [] }
            guard s.query.search != nil else { return [] }
            s.query.search = nil
            return reloadLog(&m, s)
        default:
            return []
        }
    }

    /// One dispatch for every question's answer: the alarms' questions here, the sign-on's, the logbook's and the
    /// handover's in `submitLogbook`.
    static func submit(_ m: inout ConsoleModel, _ prompt: PromptState) -> [ConsoleEffect] {
        let text = prompt.text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .filter, .shelveMinutes, .shelveReason, .note, .assign, .outOfServiceReason:
            return submitAlarm(&m, prompt, text: text)
        case .signOnName, .logCategory, .logText, .logSearch, .confirmLateEntry, .handoverStatus,
             .handoverNarrative, .handoverReservations:
            return submitLogbook(&m, prompt, text: text)
        case .runEvidence, .runSkipReason, .runBranch, .runDeclineReason, .runNote, .runCloseNote, .runStage:
            return submitRun(&m, prompt, text: text)
        case .confirmAcknowledgeAll:
            return []   // answered by one key in `promptKey`
        }
    }

    /// Submits an alarm question.
    static func submitAlarm(_ m: inout ConsoleModel, _ prompt: PromptState, text: String) -> [ConsoleEffect] {
        let lang = m.language
        switch prompt.purpose {
        case .filter:
            m.alarmFilter = text.isEmpty ? nil : text
            return []
        case .shelveMinutes(let ids):
            let minutes = text.isEmpty ? 60 : Int(text)
            guard let minutes, (0...480).contains(minutes) else {
                // The question stays open (Esc cancels): a refused answer must not drop the operator's next keys onto
                // the alarm list, where letters act.
                m.prompt = prompt
                flash(&m, lang.pick("Số phút không hợp lệ: 0–480", "Minutes must be 0–480"), error: true)
                return []
            }
            m.prompt = PromptState(.shelveReason(alarmIDs: ids, minutes: minutes))
            return []
        case .shelveReason(let ids, let minutes):
            guard !text.isEmpty else {
                m.prompt = prompt
                flash(&m, lang.pick("Tạm gác cần lý do", "Shelving needs a reason"), error: true)
                return []
            }
            return [.applyAlarmCommands(ids.map {
                AlarmCommand(alarmID: $0, input: .shelve(by: m.actor, at: m.now, duration: minutes == 0 ? nil : Double(minutes) * 60,
                                                         reason: text, oneShot: minutes == 0))
            })]
        case .note(let ids):
            guard !text.isEmpty else { return [] }
            return [.applyAlarmCommands(ids.map { AlarmCommand(alarmID: $0, input: .addNote(by: m.actor, at: m.now, text: text)) })]
        case .assign(let ids, _):
            guard !text.isEmpty else { return [] }
            let agencies = AgencyChoice.agencies(m.dashboard, lang)
            switch AgencyChoice.choose(text, among: agencies) {
            case .one(let code):
                return [.applyAlarmCommands(ids.map { AlarmCommand(alarmID: $0, input: .assign(by: m.actor, at: m.now, agencyCode: code)) })]
            case .none:
                m.prompt = prompt
                let some = agencies.prefix(8).map(\.code).joined(separator: ", ")
                flash(&m, lang.pick("Không có cơ quan “\(text)” — có: \(some)…", "No agency “\(text)” — there are: \(some)…"), error: true)
            case .many(let codes):
                m.prompt = prompt
                flash(&m, lang.pick("“\(text)” khớp \(codes.count) cơ quan: ", "“\(text)” matches \(codes.count) agencies: ")
                      + codes.prefix(8).joined(separator: ", "), error: true)
            }
            return []
        case .outOfServiceReason(let ids):
            guard !text.isEmpty else {
                m.prompt = prompt
                flash(&m, lang.pick("Ngừng phục vụ cần lý do", "Out of service needs a reason"), error: true)
                return []
            }
            return [.applyAlarmCommands(ids.map { AlarmCommand(alarmID: $0, input: .removeFromService(by: m.actor, at: m.now, reason: text)) })]
        case .confirmAcknowledgeAll, .signOnName, .logCategory, .logText, .logSearch, .confirmLateEntry, .handoverStatus,
             .handoverNarrative, .handoverReservations, .runEvidence, .runSkipReason, .runBranch, .runDeclineReason, .runNote,
             .runCloseNote, .runStage:
            return []
        }
    }

    static func alarmCommandsApplied(_ m: inout ConsoleModel, _ decisions: [AlarmDecision]) -> [ConsoleEffect] {
        let lang = m.language
        var applied = 0
        var rejections: [String] = []
        for d in decisions {
            switch d {
            case .applied(let alarm, _):
                applied += 1
                for i in m.screens.indices {
                    if case .alarmDetail(var s) = m.screens[i], s.alarm.id == alarm.id { s.alarm = alarm; m.screens[i] = .alarmDetail(s) }
                }
            case .rejected(let why): rejections.append(why.text(lang))
            }
        }
        let chattering = AlarmListContent.chatteringIDs(m.dashboard)
        let ackedChattering = decisions.contains { d in
            d.entry.map { $0.action == "acknowledged" && chattering.contains($0.alarmID) } ?? false
        }
        if rejections.isEmpty {
            flash(&m, lang.pick("Đã ghi \(applied) thao tác cảnh báo", "\(applied) alarm action(s) recorded")
                  + (ackedChattering ? " · " + chatteringHint(lang) : ""))
        } else {
            let first = rejections[0]
            flash(&m, (applied > 0 ? lang.pick("Đã ghi \(applied); ", "\(applied) recorded; ") : "")
                  + lang.pick("bị từ chối: ", "refused: ") + first, error: true)
        }
        if case .alarmDetail(let s)? = m.screens.last { return [.loadAlarmTimeline(s.alarm.id)] }
        return []
    }
}
