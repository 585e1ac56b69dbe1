import Foundation
import TextFold
import IOCDomain
import TUICore

/// Sign-on, the logbook screen and the handover screen. The console only asks: the runner writes entries and
/// handovers synchronously through the store and answers with messages.
extension ConsoleUpdate {
    // MARK: Sign-on

    /// Opens the sign-on prompt (name, then role): the console starts with it when no `--operator` was given.
    /// Asks the person's name on a shared account; `role` is the account's grant.
    public static func askSignOn(_ m: inout ConsoleModel, role: OperatorRole) {
        m.prompt = PromptState(.signOnName(role: role))
    }

    // MARK: Actions

    /// The moves on the handover screen: ←/→ change the section, ↑/↓ scroll it.
    static func handoverMove(_ m: inout ConsoleModel, _ screen: HandoverScreen, _ action: ConsoleAction) -> [ConsoleEffect] {
        var s = screen
        let all = HandoverSection.allCases
        switch action {
        case .right, .focusNext, .left, .focusPrevious:
            let step = (action == .right || action == .focusNext) ? 1 : -1
            let next = min(max(0, s.section.rawValue + step), all.count - 1)
            s.section = all[next]
            s.seen.insert(s.section)
            s.scroll = 0
            m.screens[m.screens.count - 1] = .handover(s)
            return []
        case .up, .down, .pageUp, .pageDown, .top:
            let delta = [ConsoleAction.up: -1, .down: 1, .pageUp: -10, .pageDown: 10][action] ?? -s.scroll
            // At most until the section's last row reaches the bottom of the panel (rows as wrapped inside its
            // border, below the two header lines).
            let body = ConsoleLayout(model: m).body
            let rows = LogbookContent.handoverRows(s, model: m, width: max(1, body.width - 2)).count
            let lines = max(0, rows - max(1, body.height - 4))
            s.scroll = min(max(0, s.scroll + delta), lines)
            m.screens[m.screens.count - 1] = .handover(s)
            return []
        default:
            return []
        }
    }

    /// The logbook and handover actions.
    static func logbookAction(_ m: inout ConsoleModel, _ action: ConsoleAction) -> [ConsoleEffect] {
        let lang = m.language
        switch action {
        case .logbookScreen:
            if case .logbook? = m.screens.last { return [] }
            let screen = LogbookScreen()
            m.screens.append(.logbook(screen))
            return [.loadLog(screen.query)]
        case .handoverScreen:
            if case .handover? = m.screens.last { return [] }
            m.screens.append(.handover(HandoverScreen(loading: true)))
            return [.loadHandover]
        case .logSelection:
            guard m.actor.role.canAct else { return refused(&m, .viewerCannotWrite, .logAdd) }
            var draft = LogEntryDraft(author: m.actor, category: .event, text: "", writtenAt: m.now)
            (draft.alarmIDs, draft.agencyCodes, draft.wardCodes) = selectionLinks(m)
            m.prompt = PromptState(.logCategory(draft))
            return []
        case .newLogEntry:
            guard m.actor.role.canAct else { return refused(&m, .viewerCannotWrite, .logAdd) }
            m.prompt = PromptState(.logCategory(LogEntryDraft(author: m.actor, category: .event, text: "", writtenAt: m.now)))
            return []
        case .correctLogEntry:
            guard case .logEntry(let e)? = selectedTarget(m) else {
                flash(&m, lang.pick("Chọn mục cần sửa", "Select the entry to correct"), error: true)
                return []
            }
            guard m.actor.role.canAct else { return refused(&m, .viewerCannotWrite, .logAdd) }
            let draft = LogEntryDraft(author: m.actor, category: e.category, text: "", eventAt: e.eventAt, writtenAt: m.now,
                                      alarmIDs: e.alarmIDs, agencyCodes: e.agencyCodes, wardCodes: e.wardCodes, corrects: e.id)
            m.prompt = PromptState(.logText(draft))
            return []
        case .logSearch:
            guard case .logbook? = m.screens.last else { return [] }
            m.prompt = PromptState(.logSearch)
            return []
        case .logCategoryFilter:
            guard case .logbook(var s)? = m.screens.last else { return [] }
            let all = LogCategory.allCases
            if let c = s.query.category, let i = all.firstIndex(of: c) {
                s.query.category = i + 1 < all.count ? all[i + 1] : nil
            } else {
                s.query.category = all[0]
            }
            return reloadLog(&m, s)
        case .logShiftFilter:
            guard case .logbook(var s)? = m.screens.last else { return [] }
            // All shifts → this shift → the previous one → the one before → all shifts.
            let current = m.shiftPattern.shift(at: m.now)
            let recent = [current, m.shiftPattern.previous(before: current),
                          m.shiftPattern.previous(before: m.shiftPattern.previous(before: current))].map(\.id)
            if let id = s.query.shiftID, let i = recent.firstIndex(of: id) {
                s.query.shiftID = i + 1 < recent.count ? recent[i + 1] : nil
            } else {
                s.query.shiftID = recent[0]
            }
            return reloadLog(&m, s)
        case .startHandover:
            // The handover machine first, as the store will ask it again: the operator is told before typing.
            if let refusal = HandoverMachine.decide(.start(by: m.actor, narrative: nil), on: floor(m)).refusal {
                return refused(&m, refusal, .handoverStart)
            }
            m.prompt = PromptState(.handoverStatus)
            return []
        case .acceptHandover, .acceptHandoverWithReservations:
            guard case .handover(let s)? = m.screens.last, let r = s.record, r.state == .started else {
                guard m.actor.role.canAct else { return refused(&m, .viewerCannotTakeOver, .handoverAccept) }
                refuse(&m, .noPendingHandover)
                return []
            }
            let withReservations = action == .acceptHandoverWithReservations
            let event = HandoverEvent.accept(id: r.id, record: HandoverSummary(r), by: m.actor,
                                             reservations: withReservations ? .toBeWritten : .none)
            if let refusal = HandoverMachine.decide(event, on: floor(m)).refusal {
                return refused(&m, refusal, .handoverAccept, target: "#\(r.id)")
            }
            guard s.unseen.isEmpty else {
                // The count and the next section to read fit the status line; the whole list of titles did not.
                let next = HandoverSection.allCases.first { s.unseen.contains($0) && $0.rawValue > s.section.rawValue }
                    ?? HandoverSection.allCases.first { s.unseen.contains($0) }
                refuse(&m, .sectionsUnseen(count: s.unseen.count, next: next))
                return []
            }
            if withReservations {
                m.prompt = PromptState(.handoverReservations(id: r.id))
                return []
            }
            return [.acceptHandover(id: r.id, reservations: nil, at: m.now)]
        default:
            return []   // not a logbook action: `perform` does not send it here
        }
    }

    /// The log entries a handover preview counts from: a handover holds every entry written since the previous one,
    /// so all of them before the first handover ever, and the newest ones after an accepted handover (the preview
    /// keeps those written since it started).
    static func handoverPreviewQuery(after record: HandoverRecord?) -> LogQuery {
        LogQuery(limit: record == nil ? 100_000 : 2000)
    }

    /// The preview's log read, when the handover screen shows one (no handover yet, or the last one accepted).
    static func handoverPreviewLoad(_ s: HandoverScreen) -> ConsoleEffect? {
        guard !s.loading, s.record?.state.isAccepted ?? true else { return nil }
        return .loadLog(handoverPreviewQuery(after: s.record))
    }

    /// What an entry written now links to: the selected alarm(s) with their agencies and wards, the event on screen
    /// or selected (its agency and ward), or the agency of a selected agency row. Nothing elsewhere.
    static func selectionLinks(_ m: ConsoleModel) -> (alarms: [String], agencies: [String], wards: [String]) {
        if case .eventDetail(let e)? = m.screens.last {
            return ([], e.event.agencyCode.map { [$0] } ?? [], e.event.wardCode.map { [$0] } ?? [])
        }
        let alarms = m.keyContext == .alarms ? selectedAlarms(m) : []
        if !alarms.isEmpty {
            return (alarms.map(\.id), unique(alarms.compactMap(\.agencyCode)), unique(alarms.compactMap(\.wardCode)))
        }
        switch selectedTarget(m) {
        case .event(let e)?: return ([], e.event.agencyCode.map { [$0] } ?? [], e.event.wardCode.map { [$0] } ?? [])
        case .events(_, let agency?, _)?: return ([], agency.isEmpty ? [] : [agency], [])
        case .logEntry(let e)?: return (e.alarmIDs, e.agencyCodes, e.wardCodes)
        default: return ([], [], [])
        }
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }

    /// The floor as the console knows it, for the handover machine.
    private static func floor(_ m: ConsoleModel) -> HandoverFloor {
        HandoverFloor(onDuty: m.onDuty?.actor, pending: m.pendingHandover?.id)
    }

    /// A refusal on the status line, in the reader's language.
    static func refuse(_ m: inout ConsoleModel, _ refusal: LogbookRefusal) {
        flash(&m, refusal.text(m.language), error: true)
    }

    /// A refusal for the operator's role: said on the status line and written to the audit trail.
    static func refused(_ m: inout ConsoleModel, _ refusal: LogbookRefusal, _ action: AuditAction,
                        target: String = "") -> [ConsoleEffect] {
        refuse(&m, refusal)
        return [.recordRefusal(action: action, by: m.actor, target: target, reason: refusal.text(.en), at: m.now)]
    }

    static func reloadLog(_ m: inout ConsoleModel, _ s: LogbookScreen) -> [ConsoleEffect] {
        var s = s
        s.loading = true
        s.table.selected = 0
        s.table.offset = 0
        m.screens[m.screens.count - 1] = .logbook(s)
        return [.loadLog(s.query)]
    }

    // MARK: Prompts

    /// Submits a sign-on, logbook or handover prompt.
    static func submitLogbook(_ m: inout ConsoleModel, _ prompt: PromptState, text: String) -> [ConsoleEffect] {
        let lang = m.language
        switch prompt.purpose {
        case .signOnName(let role):
            let name = TextSanitizer.clean(text, maxCharacters: 60).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                m.prompt = prompt
                flash(&m, lang.pick("Cần họ tên để nhận ca", "A name is needed to sign on"), error: true)
                return []
            }
            m.actor = Actor(name: name, role: role)
            flash(&m, lang.pick("Đã đăng nhập: ", "Signed on: ") + name + " (" + role.label(lang) + ")")
            return [.signOn(m.actor, at: m.now)]
        case .logCategory(var d):
            if !text.isEmpty {
                guard let c = LogCategory.named(text) else {
                    m.prompt = prompt
                    flash(&m, lang.pick("Loại 1–5", "Category 1–5"), error: true)
                    return []
                }
                d.category = c
            }
            m.prompt = PromptState(.logText(d))
            return []
        case .logText(var d):
            let eventAt: Date?, body: String
            switch lateEntry(text, now: m.now) {
            case .plain(let t): (eventAt, body) = (nil, t)
            case .late(let at, let t): (eventAt, body) = (at, t)
            case .badTime(let clock):
                // Said, and the text kept on the question to be mended: never stored as if the time were words.
                m.prompt = prompt
                flash(&m, lang.pick("Giờ không hợp lệ “@\(clock)”: viết @HH:MM (00:00–23:59)",
                                    "Not a time “@\(clock)”: write @HH:MM (00:00–23:59)"), error: true)
                return []
            }
            guard !body.isEmpty else { refuse(&m, .emptyEntry); return [] }
            if let length = LogText.excess(body) {
                // Kept whole on the question, to be shortened: an entry is never cut.
                m.prompt = prompt
                refuse(&m, .entryTooLong(length: length, limit: LogText.maxCharacters))
                return []
            }
            d.text = body
            d.author = m.actor
            d.writtenAt = m.now
            if let eventAt { d.eventAt = eventAt } else if d.corrects == nil { d.eventAt = m.now }
            let draft = LogEntryDraft(author: d.author, category: d.category, text: d.text, eventAt: d.eventAt,
                                      writtenAt: d.writtenAt, alarmIDs: d.alarmIDs, agencyCodes: d.agencyCodes,
                                      wardCodes: d.wardCodes, corrects: d.corrects)
            if let eventAt, m.shiftPattern.shift(at: eventAt) != m.shiftPattern.shift(at: m.now) {
                // "@22:15" at 14:44 is yesterday evening, another shift: the operator says so before it is filed here.
                m.prompt = PromptState(.confirmLateEntry(draft, typed: prompt.text))
                return []
            }
            return [.appendLogEntry(draft)]
        case .confirmLateEntry(let draft, let typed):
            guard ["c", "y"].contains(text.lowercased()) else {
                // Not filed; the text comes back to be mended, nothing lost.
                m.prompt = PromptState(.logText(draft), text: typed)
                flash(&m, lang.pick("Chưa ghi: sửa giờ rồi Enter, hoặc Esc", "Not written: mend the time and press Enter, or Esc"))
                return []
            }
            return [.appendLogEntry(draft)]
        case .logSearch:
            guard case .logbook(var s)? = m.screens.last else { return [] }
            s.query.search = text.isEmpty ? nil : text
            return reloadLog(&m, s)
        case .handoverStatus:
            let status = text.isEmpty ? .normal : HandoverStatus.named(text)
            guard let status else {
                m.prompt = prompt
                flash(&m, lang.pick("Tình hình 1–4", "Status 1–4"), error: true)
                return []
            }
            m.prompt = PromptState(.handoverNarrative(status))
            return []
        case .handoverNarrative(let status):
            let decision = HandoverMachine.decide(.start(by: m.actor, narrative: text), on: floor(m))
            guard case .start(let narrative?) = decision else {
                // Kept whole on the question, to be mended (a long one shortened) and sent again.
                m.prompt = prompt
                refuse(&m, decision.refusal ?? .narrativeMissing)
                return []
            }
            return [.startHandover(status: status, narrative: narrative, at: m.now)]
        case .handoverReservations(let id):
            guard case .handover(let s)? = m.screens.last, let r = s.record, r.id == id else {
                return [.acceptHandover(id: id, reservations: text, at: m.now)]
            }
            let event = HandoverEvent.accept(id: id, record: HandoverSummary(r), by: m.actor, reservations: .written(text))
            let decision = HandoverMachine.decide(event, on: floor(m))
            guard case .accept(_, let reservations?) = decision else {
                m.prompt = prompt
                refuse(&m, decision.refusal ?? .reservationsMissing)
                return []
            }
            return [.acceptHandover(id: id, reservations: reservations, at: m.now)]
        default:
            return []   // not a logbook prompt: `submit` does not send it here
        }
    }

    /// What the start of a log text says about when it happened.
    public enum LateEntry: Sendable, Hashable {
        /// No time given: the text as typed.
        case plain(String)
        /// "@08:15 …": the event time and the text after it.
        case late(Date, String)
        /// "@25:99 …", "@8h …": an "@" and a digit that do not make a time HH:MM (what was written after the "@").
        case badTime(String)
    }

    /// A late entry starts with the event time: "@08:15 Tai nạn …" happened at 08:15 UTC+7 today (yesterday when
    /// that is still to come). An "@" followed by a digit is meant as a time: one that is not a time is an error, not
    /// words ("@25:99"). An "@" before anything else is text.
    public static func lateEntry(_ text: String, now: Date) -> LateEntry {
        guard text.hasPrefix("@") else { return .plain(text) }
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        let clock = parts.first.map(String.init) ?? ""
        guard let first = clock.first, first.isASCII, first.isNumber else { return .plain(text) }
        guard case .success(let p) = ShiftPattern.parse([clock]), let minute = p.startMinutes.first else { return .badTime(clock) }
        let local = VietnamTime.calendar.startOfDay(for: now).addingTimeInterval(TimeInterval(minute * 60))
        let at = local > now ? local.addingTimeInterval(-86_400) : local
        return .late(at, parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : "")
    }

    // MARK: Messages

    /// The logbook screen in the stack (under an entry's detail, say), if any.
    static func openLogbook(_ m: ConsoleModel) -> LogbookScreen? {
        for screen in m.screens.reversed() { if case .logbook(let s) = screen { return s } }
        return nil
    }

    static func logbookMessage(_ m: inout ConsoleModel, _ message: ConsoleMessage) -> [ConsoleEffect] {
        let lang = m.language
        switch message {
        case .dutyLoaded(let duty, let pending):
            m.onDuty = duty
            m.pendingHandover = pending
            // Sent when the logbook tables moved (another console wrote): an open logbook re-reads too, and so does
            // the handover screen on top of it (a logbook under it must not keep it stale).
            var effects: [ConsoleEffect] = []
            if let s = openLogbook(m), !s.loading { effects.append(.loadLog(s.query)) }
            if case .handover(let s)? = m.screens.last, !s.loading {
                // Its (frozen) record only when another console started or accepted one; its preview's log always.
                if pending?.id != s.record?.id || (pending == nil && s.record?.state == .started) {
                    effects.append(.loadHandover)
                }
                if effects.contains(.loadHandover) {
                    // The preview's log is read once the record has come.
                } else if let load = handoverPreviewLoad(s), !effects.contains(load) {
                    effects.append(load)
                }
            }
            return effects
        case .logEntriesLoaded(let query, let entries):
            for i in m.screens.indices {
                if case .logbook(var s) = m.screens[i], s.query == query {
                    let wasEmpty = s.loading
                    s.entries = entries
                    s.loading = false
                    // Newest first on screen: a fresh list selects the newest entry.
                    if wasEmpty { s.table.selected = 0 }
                    s.table.moveSelection(by: 0, rowCount: entries.count, visibleRows: visibleRowsOfScreen(m))
                    m.screens[i] = .logbook(s)
                }
                if case .handover(var s) = m.screens[i], query == handoverPreviewQuery(after: s.record) {
                    s.previewEntries = entries
                    m.screens[i] = .handover(s)
                }
            }
        case .logEntryAppended(let e):
            flash(&m, lang.pick("Đã ghi nhật ký #\(e.id)", "Log entry #\(e.id) written")
                  + (e.corrects.map { lang.pick(" (sửa #\($0))", " (corrects #\($0))") } ?? ""))
            if let s = openLogbook(m) { return [.loadLog(s.query)] }
        case .handoverLoaded(let record):
            for i in m.screens.indices {
                if case .handover(var s) = m.screens[i] {
                    let wasPending = s.record?.state == .started
                    if s.record?.id != record?.id { s = HandoverScreen(record: record, loading: false) }
                    s.record = record
                    s.loading = false
                    m.screens[i] = .handover(s)
                    if wasPending, let r = record, r.state.isAccepted, r.incoming?.name == m.actor.name {
                        flash(&m, lang.pick("Đã tiếp nhận ca: bạn đang trực", "Handover accepted: you are on duty"))
                    }
                }
            }
            if let r = record, r.state == .started, r.outgoing.name == m.actor.name, m.pendingHandover?.id != r.id {
                flash(&m, lang.pick("Đã bắt đầu giao ca #\(r.id): chờ người nhận ca xem và tiếp nhận",
                                    "Handover #\(r.id) started: waiting for the incoming operator to review and accept"))
            }
            if let r = record, r.state == .started { m.pendingHandover = r }
            if let r = record, r.state.isAccepted, m.pendingHandover?.id == r.id { m.pendingHandover = nil }
            if case .handover(let s)? = m.screens.last, let load = handoverPreviewLoad(s) { return [load] }
        default: break
        }
        return []
    }
}
