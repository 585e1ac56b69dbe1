import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import TUICore
import TUIWidgets

/// The console's update function: (model, message) → new model and effects. Pure: no I/O, time comes in messages.
public enum ConsoleUpdate {
    /// How long a status-line message stays at most: it also goes at the operator's next key, so a message on the
    /// bottom line is always about the last thing done, never an old failure read as a new one.
    static let flashSeconds: TimeInterval = 6
    /// An error stays a little longer for an operator who looked away, but not through later actions.
    static let errorFlashSeconds: TimeInterval = 10

    /// Whether `message` may change what the frame shows beyond its clock and ages, so that the next frame is drawn
    /// whole (`FrameSchedule`): every message but the clock's tick and a data read that brought only new poll times,
    /// unless a source's own screen, which shows those times, is open.
    static func mayChangeFrame(_ message: ConsoleMessage, _ m: ConsoleModel) -> Bool {
        switch message {
        case .tick:
            return false
        case .dashboardLoaded(let snapshot):
            if case .sourceDetail? = m.screens.last { return true }
            if case .sourceList? = m.screens.last { return true }
            guard let shown = m.dashboard else { return true }
            return !shown.differsOnlyInPollTimes(from: snapshot)
        default:
            return true
        }
    }

    public static func update(_ m: inout ConsoleModel, _ message: ConsoleMessage) -> [ConsoleEffect] {
        if mayChangeFrame(message, m) { m.revision &+= 1 }
        switch message {
        case .key(let key):
            return handleKey(&m, key)
        case .resized(let w, let h):
            m.width = w; m.height = h
            m.focusIndex = min(m.focusIndex, max(0, m.activePanels.count - 1))
            return [.redraw]
        case .tick(let now):
            m.now = now
            if let until = m.flashUntil, now >= until { clearFlash(&m); m.revision &+= 1 }
            return []
        case .dashboardLoaded(let snapshot):
            announceExpiredShelves(&m, previous: m.dashboard, next: snapshot)
            let selectedSource = selectedSourceOnList(m)
            m.dashboard = snapshot
            if let selectedSource { reselectSource(&m, selectedSource) }
            if let load = snapshot.alarmLoad { m.alarmFlood = load.isFlood(wasFlood: m.alarmFlood) }
            m.now = max(m.now, snapshot.readAt)
            clampPanelSelections(&m)
            var effects: [ConsoleEffect] = []
            if case .eventList(let s)? = m.screens.last, !s.loading {
                effects.append(.loadEvents(kind: s.kind, agencyCode: s.agencyCode))
            }
            if case .alarmDetail(let s)? = m.screens.last, !s.loading {
                effects.append(.loadAlarmTimeline(s.alarm.id))
            }
            if case .runDetail(let s)? = m.screens.last, !s.loading {
                let shown = snapshot.runs.first { $0.id == s.runID }
                // Changed elsewhere (another console, a tick): its timeline too; gone from the open runs while this
                // screen still holds it open (closed or cancelled elsewhere): read it as it ended.
                if shown.map({ $0 != s.run }) ?? (s.run?.state.isFinal == false) { effects.append(.loadRunTimeline(s.runID)) }
            }
            if case .sourceDetail(let s)? = m.screens.last,
               let fresh = snapshot.sources.first(where: { $0.sourceID == s.sourceID }) {
                m.screens[m.screens.count - 1] = .sourceDetail(fresh)
            }
            return effects
        case .eventsLoaded(let kind, let agency, let events, let counts, let risks):
            for i in m.screens.indices {
                if case .eventList(var s) = m.screens[i], s.kind == kind, s.agencyCode == agency {
                    s.events = events
                    s.counts = counts
                    s.risks = risks
                    if s.loading, let focus = s.focus, let row = events.firstIndex(where: { EventListScreen.riskKey($0) == focus }) {
                        s.table.selected = row
                    }
                    s.loading = false
                    s.table.moveSelection(by: 0, rowCount: events.count, visibleRows: visibleRowsOfScreen(m))
                    m.screens[i] = .eventList(s)
                }
            }
            return []
        case .layoutLoaded(let layout):
            m.layout = layout
            m.focusIndex = 0
            m.panelStates = [:]
            flash(&m, m.language.pick("Bố cục: ", "Layout: ") + layout.name)
            return [.redraw]
        case .themeLoaded(let theme):
            m.theme = theme
            flash(&m, m.language.pick("Giao diện: ", "Theme: ") + theme.name)
            return [.redraw]
        case .alarmCommandsApplied(let decisions):
            return alarmCommandsApplied(&m, decisions)
        case .alarmTimelineLoaded(let id, let alarm, let timeline):
            for i in m.screens.indices {
                if case .alarmDetail(var s) = m.screens[i], s.alarm.id == id {
                    if let alarm { s.alarm = alarm }
                    s.timeline = timeline
                    s.loading = false
                    s.table.moveSelection(by: 0, rowCount: timeline.count, visibleRows: visibleRowsOfScreen(m))
                    m.screens[i] = .alarmDetail(s)
                }
            }
            return []
        case .failed(let why):
            flash(&m, why, error: true)
            return []
        case .reportWritten(let period, let path):
            flash(&m, m.language.pick("Đã ghi báo cáo \(period): \(path)", "Report for \(period): \(path)"))
            return []
        case .sourceActed(let action, let name, let logID):
            flash(&m, action.done(name, m.language) + m.language.pick(" (nhật ký #\(logID))", " (log entry #\(logID))"))
            return []
        case .backgroundHealth(let failures):
            m.backgroundFailures = failures
            return []
        case .auditBacklogLoaded(let backlog):
            m.auditBacklog = backlog
            return []
        case .dutyLoaded, .logEntriesLoaded, .logEntryAppended, .handoverLoaded:
            return logbookMessage(&m, message)
        case .runApplied, .runStarted, .runTimelineLoaded:
            return runMessage(&m, message)
        }
    }

    /// Shelving expires on its own and says so: an alarm that was shelved and came back (not by this operator's
    /// `r`) is announced on the status line.
    static func announceExpiredShelves(_ m: inout ConsoleModel, previous: DashboardSnapshot?, next: DashboardSnapshot) {
        guard let previous else { return }
        let wasShelved = Dictionary(previous.alarms.filter { $0.state == .shelved }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard !wasShelved.isEmpty else { return }
        let back = next.alarms.filter { wasShelved[$0.id] != nil && $0.state != .shelved && $0.state.isShownInMainList }
        guard let first = back.first, let until = wasShelved[first.id]?.shelvedUntil, until <= next.readAt else { return }
        flash(&m, m.language.pick("Hết thời gian tạm gác: ", "Shelving expired: ") + first.message(m.language)
              + (back.count > 1 ? m.language.pick(" (và \(back.count - 1) cảnh báo khác)", " (and \(back.count - 1) more)") : ""))
    }

    static func flash(_ m: inout ConsoleModel, _ text: String, error: Bool = false) {
        m.flash = text
        m.flashIsError = error
        m.flashUntil = m.now.addingTimeInterval(error ? errorFlashSeconds : flashSeconds)
    }

    /// Takes the status-line message away (at the next key, or when its time is up).
    static func clearFlash(_ m: inout ConsoleModel) {
        m.flash = nil
        m.flashUntil = nil
        m.flashIsError = false
    }

    // MARK: Keys

    static func handleKey(_ m: inout ConsoleModel, _ key: KeyEvent) -> [ConsoleEffect] {
        if key == .resize { return [] }
        // The message on the bottom line was about the previous action: a key starts a new one (what it says, if
        // anything, is set below).
        clearFlash(&m)
        if case .paste(let text) = key { return paste(&m, text) }
        if m.commandLine != nil { return commandKey(&m, key) }
        if m.prompt != nil { return promptKey(&m, key) }
        if m.showHelp { return helpKey(&m, key) }
        guard let action = m.keymap.action(for: key, context: m.keyContext) else { return [] }
        return perform(&m, action)
    }

    /// Pasted text goes into the open prompt or command line, control characters removed and line breaks made
    /// spaces (every prompt is one line); it never acts as keys: outside a prompt, and on a yes/no question, it is
    /// left out and the operator is told.
    static func paste(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        let clean = TextSanitizer.clean(text, maxCharacters: Int.max)
        if let command = m.commandLine {
            m.commandLine = command + clean
            return []
        }
        if var prompt = m.prompt {
            switch prompt.purpose {
            case .confirmAcknowledgeAll, .confirmLateEntry:
                flash(&m, m.language.pick("Câu hỏi có/không: nhấn một phím, không dán", "A yes/no question: press a key, do not paste"),
                      error: true)
            default:
                prompt.text += clean
                m.prompt = prompt
            }
            return []
        }
        flash(&m, m.language.pick("Đã bỏ qua phần dán: chỉ dán được vào ô nhập (ghi chú, nhật ký, giao ca…)",
                                  "Paste ignored: text can be pasted only into a prompt (note, log, handover…)"))
        return []
    }

    /// Keys over the help: the moves scroll it, Ctrl-C quits, any other key closes it.
    static func helpKey(_ m: inout ConsoleModel, _ key: KeyEvent) -> [ConsoleEffect] {
        let last = max(0, ConsoleView.helpContent(m).count - ConsoleView.helpWindow(m))
        let page = max(1, ConsoleView.helpWindow(m) - 1)
        switch m.keymap.action(for: key) {
        case .up?: m.helpScroll -= 1
        case .down?: m.helpScroll += 1
        case .pageUp?: m.helpScroll -= page
        case .pageDown?: m.helpScroll += page
        case .top?: m.helpScroll = 0
        case .bottom?: m.helpScroll = last
        default:
            m.showHelp = false
            m.helpScroll = 0
            return key == .control("c") ? [.quit] : []
        }
        m.helpScroll = min(max(0, m.helpScroll), last)
        return []
    }

    /// One dispatch for every action: first what a move means on the screen in front where it differs (the
    /// handover's sections, the alarm groups), then the action itself, each domain's in its own function.
    static func perform(_ m: inout ConsoleModel, _ action: ConsoleAction) -> [ConsoleEffect] {
        switch (m.screens.last, action) {
        case (.handover(let s)?, .right), (.handover(let s)?, .focusNext), (.handover(let s)?, .left),
             (.handover(let s)?, .focusPrevious), (.handover(let s)?, .up), (.handover(let s)?, .down),
             (.handover(let s)?, .pageUp), (.handover(let s)?, .pageDown), (.handover(let s)?, .top):
            return handoverMove(&m, s, action)
        case (_, .right), (_, .left):
            if alarmGroupMove(&m, action) { return [] }
        default:
            break
        }
        switch action {
        case .quit: return [.quit]
        case .help: m.showHelp = true; m.helpScroll = 0; return []
        case .command: m.commandLine = ""; return []
        case .redraw: return [.redraw]
        case .focusNext, .right:
            if m.screens.isEmpty { moveFocus(&m, by: 1) }
            return []
        case .focusPrevious, .left:
            if m.screens.isEmpty { moveFocus(&m, by: -1) }
            return []
        case .up: moveSelection(&m) { $0 - 1 }
        case .down: moveSelection(&m) { $0 + 1 }
        case .pageUp: moveSelection(&m, page: -1)
        case .pageDown: moveSelection(&m, page: 1)
        case .top: moveSelection(&m) { _ in Int.min / 2 }
        case .bottom: moveSelection(&m) { _ in Int.max / 2 }
        case .sort: cycleSort(&m)
        case .back:
            // A filter on what is in front of the operator goes first; then the screen.
            if m.keyContext == .alarms, m.alarmFilter != nil { return clearFilter(&m, .filter) }
            if case .logbook(let s)? = m.screens.last, s.query.search != nil { return clearFilter(&m, .logSearch) }
            if !m.screens.isEmpty { m.screens.removeLast() }
            return []
        case .drillDown:
            return drillDown(&m)
        case .alarmScreen:
            if case .alarmList? = m.screens.last { return [] }
            m.screens.append(.alarmList)
            return []
        case .sourcesScreen:
            if case .sourceList? = m.screens.last { return [] }
            m.screens.append(.sourceList)
            return []
        case .toggleSourcePause, .pollSourceNow:
            let shown: SourceHealth?
            switch m.screens.last {
            case .sourceDetail(let s)?: shown = s
            case .sourceList?:
                guard case .source(let s)? = selectedTarget(m) else { return [] }
                shown = s
            default: shown = nil
            }
            guard let s = shown else { return [] }
            let sourceAction: SourceAction = action == .pollSourceNow ? .pollNow : (s.isPaused ? .resume : .pause)
            guard m.actor.role.canAct else {
                flash(&m, m.language.pick("Vai trò xem không thao tác được nguồn", "A viewer cannot act on a source"), error: true)
                return [.recordRefusal(action: .source(sourceAction), by: m.actor, target: s.sourceID,
                                       reason: "A viewer cannot act on a source", at: m.now)]
            }
            return [.actOnSource(id: s.sourceID, action: sourceAction, by: m.actor, at: m.now)]
        case .alarmLoadScreen:
            if case .alarmLoad? = m.screens.last { return [] }
            m.screens.append(.alarmLoad)
            return []
        case .acknowledge, .acknowledgeAll, .shelve, .note, .assign, .escalate, .resolve, .removeFromService, .filter:
            return performAlarmAction(&m, action)
        case .alarmItems:
            return openAlarmItems(&m)
        case .logbookScreen, .handoverScreen, .logSelection, .newLogEntry, .correctLogEntry, .logSearch, .logCategoryFilter,
             .logShiftFilter, .startHandover, .acceptHandover, .acceptHandoverWithReservations:
            return logbookAction(&m, action)
        case .runsScreen, .openProcedure, .runBegin, .runDone, .runSkip, .runChoose, .runAccept, .runDecline, .runNote, .runClose,
             .runEnterStage:
            return performRunAction(&m, action)
        }
        return []
    }

    static func moveFocus(_ m: inout ConsoleModel, by delta: Int) {
        let n = m.activePanels.count
        guard n > 0 else { return }
        m.focusIndex = ((m.focusIndex + delta) % n + n) % n
    }

    /// The table the arrow keys act on: the top screen's, or the focused panel's.
    private static func currentTable(_ m: ConsoleModel) -> (state: TableState, rows: Int, visible: Int)? {
        if let top = m.screens.last {
            if case .alarmList = top, let d = m.dashboard {
                return (m.state(of: alarmScreenStateID), AlarmListContent.table(d, model: m).rows.count, visibleRowsOfScreen(m))
            }
            if case .sourceList = top, let d = m.dashboard {
                return (m.state(of: sourceScreenStateID), d.sources.count, visibleRowsOfScreen(m))
            }
            if case .logbook(let s) = top { return (s.table, s.entries.count, visibleRowsOfScreen(m)) }
            if case .runList = top, let d = m.dashboard {
                return (m.state(of: runScreenStateID), d.runs.count, visibleRowsOfScreen(m))
            }
            if case .runDetail(let s) = top, let run = shownRun(m) {
                return (s.table, run.steps.count, ConsoleLayout.visibleRows(in: ConsoleView.runStepsRect(run, m), hasSummary: true))
            }
            if case .alarmDetail(let s) = top {
                return (s.table, s.timeline.count, ConsoleLayout.visibleRows(in: ConsoleView.timelineRect(s, m), hasSummary: true))
            }
            guard case .eventList(let s) = top else { return nil }
            return (s.table, s.events.count, visibleRowsOfScreen(m))
        }
        guard let spec = m.focusedPanel else { return nil }
        let table = PanelContent.table(for: spec.kind, model: m)
        let rect = ConsoleLayout(model: m).panels.first { $0.spec.id == spec.id }?.rect ?? Rect(x: 0, y: 0, width: 0, height: 0)
        return (m.state(of: spec.id), table.rows.count, ConsoleLayout.visibleRows(in: rect, hasSummary: table.summary != nil))
    }

    private static func store(_ m: inout ConsoleModel, _ state: TableState) {
        if let top = m.screens.last {
            if case .eventList(var s) = top { s.table = state; m.screens[m.screens.count - 1] = .eventList(s) }
            if case .logbook(var s) = top { s.table = state; m.screens[m.screens.count - 1] = .logbook(s) }
            if case .alarmDetail(var s) = top { s.table = state; m.screens[m.screens.count - 1] = .alarmDetail(s) }
            if case .runDetail(var s) = top { s.table = state; m.screens[m.screens.count - 1] = .runDetail(s) }
            if case .runList = top { m.panelStates[runScreenStateID] = state }
            if case .alarmList = top { m.panelStates[alarmScreenStateID] = state }
            if case .sourceList = top { m.panelStates[sourceScreenStateID] = state }
            return
        }
        if let spec = m.focusedPanel { m.panelStates[spec.id] = state }
    }

    private static func moveSelection(_ m: inout ConsoleModel, page: Int = 0, _ to: ((Int) -> Int)? = nil) {
        guard let table = currentTable(m), table.rows > 0 else { return }
        var state = table.state
        let (rows, visible) = (table.rows, table.visible)
        let current = state.selected ?? 0
        let target = to.map { $0(current) } ?? current + page * max(1, visible - 1)
        let clamped = min(max(0, target), rows - 1)
        state.moveSelection(by: clamped - current, rowCount: rows, visibleRows: visible)
        store(&m, state)
    }

    private static func cycleSort(_ m: inout ConsoleModel) {
        guard var (state, _, _) = currentTable(m) else { return }
        let columns: Int
        if case .eventList(let s)? = m.screens.last { columns = EventListContent.table(s, model: m).columns.count }
        else if case .logbook(let s)? = m.screens.last { columns = LogbookContent.table(s, model: m).columns.count }
        else if let spec = m.focusedPanel { columns = PanelContent.table(for: spec.kind, model: m).columns.count }
        else { return }
        guard columns > 0 else { return }
        if let c = state.sortColumn {
            if state.sortAscending { state.sortAscending = false }
            else if c + 1 < columns { state.sortColumn = c + 1; state.sortAscending = true }
            else { state.sortColumn = nil }
        } else {
            state.sortColumn = 0
            state.sortAscending = true
        }
        store(&m, state)
    }

    static func visibleRowsOfScreen(_ m: ConsoleModel) -> Int {
        ConsoleLayout.visibleRows(in: ConsoleLayout(model: m).body, hasSummary: true)
    }

    /// The row the operator has selected, after sorting, and where it leads.
    static func selectedTarget(_ m: ConsoleModel) -> DrillTarget? {
        if let top = m.screens.last {
            if case .alarmList = top, let d = m.dashboard {
                let state = m.state(of: alarmScreenStateID)
                return SortedTable(AlarmListContent.table(d, model: m), state: state).target(at: state.selected)
            }
            if case .logbook(let s) = top {
                return SortedTable(LogbookContent.table(s, model: m), state: s.table).target(at: s.table.selected)
            }
            if case .sourceList = top, let d = m.dashboard {
                let state = m.state(of: sourceScreenStateID)
                return SortedTable(SourceListContent.table(d, model: m), state: state).target(at: state.selected)
            }
            if case .logEntryDetail(let e, _) = top { return .logEntry(e) }
            if case .runList = top, let d = m.dashboard {
                let state = m.state(of: runScreenStateID)
                return SortedTable(RunContent.listTable(d.runs, model: m), state: state).target(at: state.selected)
            }
            if case .runDetail(let s) = top, let run = shownRun(m) {
                return SortedTable(RunContent.stepsTable(run, model: m), state: s.table).target(at: s.table.selected)
            }
            if case .alarmDetail(let s) = top {
                return SortedTable(AlarmListContent.timelineTable(s.timeline, model: m), state: s.table).target(at: s.table.selected)
            }
            guard case .eventList(let s) = top else { return nil }
            let table = SortedTable(EventListContent.table(s, model: m), state: s.table)
            return table.target(at: s.table.selected)
        }
        guard let spec = m.focusedPanel else { return nil }
        let state = m.state(of: spec.id)
        return SortedTable(PanelContent.table(for: spec.kind, model: m), state: state).target(at: state.selected)
    }

    static func drillDown(_ m: inout ConsoleModel) -> [ConsoleEffect] {
        if case .procedure(let s)? = m.screens.last { return startFromProcedure(&m, s) }
        guard let target = selectedTarget(m) else { return [] }
        switch target {
        case .events(let kind, let agency, let title):
            m.screens.append(.eventList(EventListScreen(kind: kind, agencyCode: agency,
                                                        title: EventListContent.section(kind, m.language) + " › " + title)))
            return [.loadEvents(kind: kind, agencyCode: agency)]
        case .event(let e): m.screens.append(.eventDetail(e))
        case .source(let s): m.screens.append(.sourceDetail(s))
        case .series(let r): m.screens.append(.seriesDetail(r))
        case .alarm(let a):
            m.screens.append(.alarmDetail(AlarmDetailScreen(alarm: a)))
            return [.loadAlarmTimeline(a.id)]
        case .alarmGroup(let g): toggleAlarmGroup(&m, g)
        case .timelineEntry(let e):
            guard case .alarmDetail(let s)? = m.screens.last else { return [] }
            m.screens.append(.timelineEntry(e, alarm: s.alarm))
        case .run(let r): return openRun(&m, r)
        case .runStep: return []   // the run keys act on the selected step
        case .logEntry(let e):
            guard case .logbook(let s)? = m.screens.last else { return [] }
            m.screens.append(.logEntryDetail(e, correctedBy: s.entries.filter { $0.corrects == e.id }.map(\.id)))
        }
        return []
    }

    private static func clampPanelSelections(_ m: inout ConsoleModel) {
        for spec in m.activePanels {
            guard var s = m.panelStates[spec.id] else { continue }
            let rows = PanelContent.table(for: spec.kind, model: m).rows.count
            if let sel = s.selected, sel >= rows { s.selected = max(0, rows - 1) }
            m.panelStates[spec.id] = s
        }
    }

    // MARK: Command line

    static func commandKey(_ m: inout ConsoleModel, _ key: KeyEvent) -> [ConsoleEffect] {
        switch key {
        case .escape, .control("c"): m.commandLine = nil
        case .backspace:
            if let text = m.commandLine, !text.isEmpty { m.commandLine = String(text.dropLast()) } else { m.commandLine = nil }
        case .enter:
            let text = m.commandLine ?? ""
            m.commandLine = nil
            return runCommand(&m, text)
        case .character(let c): m.commandLine = (m.commandLine ?? "") + String(c)
        default: break
        }
        return []
    }

    /// `layout NAME`, `theme NAME`, `lang vi|en`, `help`, `q`/`quit` (Vietnamese aliases: bocuc, giaodien, ngonngu, thoat).
    static func runCommand(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        let words = text.precomposedStringWithCanonicalMapping.split(separator: " ").map(String.init)
        guard let verb = words.first?.lowercased() else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb {
        case "q", "quit", "thoat", "thoát": return [.quit]
        case "help", "trogiup": m.showHelp = true; m.helpScroll = 0; return []
        case "alarms", "canhbao", "cảnhbáo": return perform(&m, .alarmScreen)
        case "load", "tai", "tải": return perform(&m, .alarmLoadScreen)
        case "sources", "nguon", "nguồn": return perform(&m, .sourcesScreen)
        case "log", "nhatky", "nhậtký": return perform(&m, .logbookScreen)
        case "handover", "giaoca": return perform(&m, .handoverScreen)
        case "report", "baocao", "báocáo":
            // `report` alone is this month's; `report quarter`, `report year` …
            let name = argument.isEmpty ? ReportPeriod.Kind.month.rawValue : argument.lowercased()
            guard let kind = ReportPeriod.Kind(rawValue: name), kind != .range else {
                flash(&m, m.language.pick("Kỳ báo cáo: month, quarter, half-year hoặc year", "Report period: month, quarter, half-year or year"),
                      error: true)
                return []
            }
            flash(&m, m.language.pick("Đang lập báo cáo…", "Writing the report…"))
            return [.writeReport(kind, at: m.now)]
        case "layout", "bocuc", "bốcục":
            guard !argument.isEmpty else { flash(&m, m.language.pick("Cần tên bố cục, ví dụ: layout operator", "Layout name needed, e.g. layout operator"), error: true); return [] }
            return [.loadLayout(argument)]
        case "theme", "giaodien", "giaodiện":
            guard !argument.isEmpty else { flash(&m, m.language.pick("Cần tên giao diện, ví dụ: theme light", "Theme name needed, e.g. theme light"), error: true); return [] }
            return [.loadTheme(argument)]
        case "lang", "ngonngu", "ngônngữ":
            guard let lang = Language(rawValue: argument.lowercased()) else {
                flash(&m, m.language.pick("Ngôn ngữ: vi hoặc en", "Language: vi or en"), error: true); return []
            }
            m.language = lang
            flash(&m, lang.pick("Ngôn ngữ: Tiếng Việt", "Language: English"))
            return [.redraw]
        default:
            // Say what would have worked: at 3 a.m. nobody remembers the command list.
            flash(&m, m.language.pick("Lệnh không rõ: \(verb) — có: ", "Unknown command: \(verb) — try: ")
                  + "layout, theme, lang, log, handover, alarms, load, report, quit", error: true)
            return []
        }
    }
}
