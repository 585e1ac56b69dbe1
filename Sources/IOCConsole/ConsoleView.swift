import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Draws a model into a cell buffer. Pure: the same model always gives the same buffer.
public enum ConsoleView {
    public static func render(_ m: ConsoleModel) -> Buffer {
        var buffer = Buffer(width: max(0, m.width), height: max(0, m.height))
        render(m, into: &buffer)
        return buffer
    }

    /// Draws `m` into `buffer`, every cell of it. `bodies`, when given, keeps the panels' bodies between calls so an
    /// unchanged table is pasted instead of laid out again; the cells are the same with it or without.
    public static func render(_ m: ConsoleModel, into buffer: inout Buffer, bodies: PanelBodies? = nil) {
        let styles = ThemeStyles.widgetStyles(m.theme)
        buffer.fill(buffer.area, style: styles.text)
        if m.isTooSmall {
            let message = m.language.pick(
                "Cửa sổ quá nhỏ: cần \(m.layout.minWidth)×\(m.layout.minHeight), hiện \(m.width)×\(m.height)",
                "Terminal too small: need \(m.layout.minWidth)×\(m.layout.minHeight), have \(m.width)×\(m.height)")
            TooSmallScreen(needWidth: m.layout.minWidth, needHeight: m.layout.minHeight, message: message)
                .render(into: &buffer, area: buffer.area)
            return
        }
        let layout = ConsoleLayout(model: m)
        statusBar(m, layout.statusBar, styles, &buffer)
        if let top = m.screens.last {
            screen(top, m, layout.body, styles, &buffer)
        } else if m.dashboard == nil {
            let text = m.language.pick("Đang tải dữ liệu…", "Loading data…")
            buffer.write(text, x: layout.body.x + max(0, (layout.body.width - TextWidth.of(text)) / 2),
                         y: layout.body.y + layout.body.height / 2, style: styles.muted)
        } else {
            for (index, entry) in layout.panels.enumerated() {
                panel(entry.spec, entry.rect, focused: index == m.focusIndex, m, styles, &buffer, bodies: bodies)
            }
            bodies?.keep(only: Set(layout.panels.map(\.spec.id)))
        }
        bottomRow(m, layout.helpBar, styles, &buffer)
        if m.showHelp { helpOverlay(m, styles, &buffer) }
    }

    /// Draws again only what moves with the clock between whole frames: the status bar (its clock and the database
    /// age) over `buffer`, which holds the last whole frame of the same model revision (`FrameSchedule`).
    public static func renderClock(_ m: ConsoleModel, into buffer: inout Buffer) {
        guard !m.isTooSmall else { return }
        statusBar(m, ConsoleLayout(model: m).statusBar, ThemeStyles.widgetStyles(m.theme), &buffer)
    }

    /// The rows `renderClock` draws.
    public static func clockRows(_ m: ConsoleModel) -> [Int] {
        m.isTooSmall ? [] : [ConsoleLayout(model: m).statusBar.y]
    }

    // MARK: Status bar and bottom row

    static func statusBar(_ m: ConsoleModel, _ area: Rect, _ s: WidgetStyles, _ b: inout Buffer) {
        let lang = m.language
        var counts: [String] = []
        var alert = false
        if let d = m.dashboard {
            let n = lang.numberStyle
            alert = d.sources.contains { $0.status == .down }
            // A count of a domain this account may not see is "⊘", never a 0 that reads as "nothing late".
            func count(_ value: Int, _ domain: Pillar) -> String {
                d.hidden?.domains.contains(domain) == true ? "⊘" : n.format(value)
            }
            let incidents = count(d.openIncidentsByCategory.values.reduce(0, +), .publicOrder)
            let late = count(d.governmentTotal.lateInProgress, .government)
            let overdue = count(d.feedbackTotal.overdue, .feedback)
            let sources = sourcesText(d)
            let unack = d.alarms.filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }.count
            let urgent = d.alarms.contains { $0.state == .unacknowledged && $0.priority <= .high }
            let rate = d.alarmLoad?.raisedLast10Minutes ?? 0
            let overload = rate > AlarmLoad.maximumPer10Minutes ? "!" : ""
            alert = alert || urgent
            let alarms = lang.pick("CB \(n.format(unack))", "Al \(n.format(unack))")
            if m.alarmFlood {
                // A flood banner takes the centre (the operator must see it before anything else), with the alarm count.
                // Its full wording from 150 columns; the short one is never dropped.
                let short = lang.pick("⚠ NGẬP CẢNH BÁO: \(rate)/10 phút", "⚠ ALARM FLOOD: \(rate)/10 min") + " · " + alarms
                counts.append(area.width >= 150
                    ? lang.pick("⚠ NGẬP CẢNH BÁO: \(rate) cảnh báo mới/10 phút — danh sách đang gộp theo cơ quan",
                                "⚠ ALARM FLOOD: \(rate) new alarms/10 min — the list is grouped by agency") + " · " + alarms
                    : short)
                counts.append(short)
                alert = true
            } else {
                // In full from 150 columns; below, the abbreviated form takes its place (the help screen explains
                // it), then fewer counts; the alarm count last.
                let abbreviated = lang.pick("CB \(n.format(unack)) T\(rate)\(overload) N \(sources) SC \(incidents) HS \(late) PA \(overdue)",
                                            "Al \(n.format(unack)) L\(rate)\(overload) Src \(sources) Inc \(incidents) Dos \(late) Fb \(overdue)")
                if area.width < 150 {
                    counts.append(abbreviated)
                } else {
                    counts.append(lang.pick(
                        "Cảnh báo chưa XN \(n.format(unack)) · tải \(rate)\(overload)/10ph · Nguồn \(sources) · Sự cố \(incidents) · Hồ sơ quá hạn \(late) · PAKN quá hạn \(overdue)",
                        "Unacked alarms \(n.format(unack)) · load \(rate)\(overload)/10min · Sources \(sources) · Incidents \(incidents) · Overdue dossiers \(late) · Overdue feedback \(overdue)"))
                }
                counts.append(abbreviated)
                counts.append(lang.pick("CB \(n.format(unack)) · N \(sources) · HS \(late) · PA \(overdue)",
                                        "Al \(n.format(unack)) · Src \(sources) · Dos \(late) · Fb \(overdue)"))
                counts.append(alarms + lang.pick(" · N ", " · Src ") + sources)
                counts.append(alarms)
            }
        }
        if !m.backgroundFailures.isEmpty {
            // A failing background job is state, like a source that is down: in every form of the counts, never
            // dropped, and the bar in its alert colours until the job succeeds again.
            let names = m.backgroundFailures.map { $0.job.name(lang) }.joined(separator: ", ")
            let wide = lang.pick("✖ Lỗi nền: ", "✖ Failing: ") + names
            let short = "✖" + lang.pick("nền", "bg") + "\(m.backgroundFailures.count)"
            counts = counts.isEmpty ? [wide, short]
                : counts.enumerated().map { i, form in form + " · " + (i + 2 < counts.count ? wide : short) }
            alert = true
        }
        if let backlog = m.auditBacklog, backlog.isNotable(at: m.now) {
            // Records for the police SOC waiting on disk: in every form of the counts, like a failing job; in the
            // alert colours when the last attempt to send them failed.
            let n = lang.numberStyle
            let wide = lang.pick("⇡ SOC chờ \(n.format(backlog.waiting)) bản ghi", "⇡ SOC: \(n.format(backlog.waiting)) records waiting")
            let short = "⇡SOC \(n.format(backlog.waiting))"
            counts = counts.isEmpty ? [wide, short]
                : counts.enumerated().map { i, form in form + " · " + (i + 2 < counts.count ? wide : short) }
            if backlog.lastError != nil { alert = true }
        }
        let dbAge = m.dashboard?.lastWriteAt.map { DataAge.format(m.now.timeIntervalSince($0)) } ?? "–"
        let right = lang.pick("CSDL \(dbAge) · ", "DB \(dbAge) · ") + VietnamTime.clock(m.now)
        // StatusBar draws in the header style (its centre patched with the title's): both become the theme's status bar,
        // so the bar turns to status_bar_alert when a source is down or an urgent alarm waits.
        var styles = s
        let bar = m.theme.style(alert ? .statusBarAlert : .statusBar)
        styles.text = bar
        styles.header = bar
        styles.title = bar.patched(with: Style(attributes: .bold))
        let city = "IOC " + m.cityName.uppercased()
        let fitting = StatusBarFitting(
            city: [city, "IOC", ""],
            duty: m.showsDuty ? StatusBarFitting.dutyForms(m) : [""],
            shift: m.showsDuty ? StatusBarFitting.shiftForms(m) : [""],
            handover: m.showsDuty ? StatusBarFitting.handoverForms(m) : [""],
            counts: counts.isEmpty ? [""] : counts,
            right: [right + " UTC+7", right, VietnamTime.clock(m.now)]).fitted(to: area.width)
        StatusBar(left: fitting.left, center: fitting.center, right: fitting.rightText, styles: styles).render(into: &b, area: area)
    }

    /// Sources healthy/all, and the ✖ count only when one is down ("✖0" read as an alarm at a glance).
    static func sourcesText(_ d: DashboardSnapshot) -> String {
        let down = d.sources.filter { $0.status == .down }.count
        let ok = d.sources.filter { $0.status == .ok }.count
        return "\(ok)/\(d.sources.count)\(down > 0 ? " ✖\(down)" : "")"
    }

    static func bottomRow(_ m: ConsoleModel, _ area: Rect, _ s: WidgetStyles, _ b: inout Buffer) {
        guard !area.isEmpty else { return }
        if let prompt = m.prompt {
            b.fill(area, style: s.accent)
            var x = area.x
            if let error = m.flash, m.flashIsError {
                // The prompt holds the bottom row, so an answer it refused is said in front of the question, where
                // the operator is looking; otherwise Enter would seem to do nothing.
                // Whole where it fits beside the end of what was typed (a refusal names its numbers, "2.000 … 3.679").
                let said = TextWidth.truncate("✖ " + error + " ", to: max(area.width / 2, area.width - 16))
                x += b.write(said, x: x, y: area.y, style: s.critical, maxWidth: area.width)
            }
            let width = area.maxX - x
            var label = prompt.label(m.language)
            if TextWidth.of(label + prompt.text + PromptLine.cursor) > width, let short = prompt.shortLabel(m.language) { label = short }
            b.write(PromptLine.fit(label: label, text: prompt.text, width: width), x: x, y: area.y,
                    style: s.accent, maxWidth: width)
            return
        }
        if let command = m.commandLine {
            b.fill(area, style: s.text)
            b.write(":" + command + "▏", x: area.x, y: area.y, style: s.text, maxWidth: area.width)
            return
        }
        if let flash = m.flash {
            b.fill(area, style: m.flashIsError ? s.critical : s.accent)
            b.write((m.flashIsError ? "✖ " : "› ") + flash, x: area.x, y: area.y,
                    style: m.flashIsError ? s.critical : s.accent, maxWidth: area.width)
            return
        }
        HelpBar(hints: helpHints(m), styles: s).render(into: &b, area: area)
    }

    /// The help bar's hints: the context's first; on a screen over the dashboard, the way back before everything,
    /// so it is never the hint that the width drops.
    static func helpHints(_ m: ConsoleModel) -> [KeyHint] {
        var hints = m.keymap.hints(m.language, context: m.keyContext)
        if !m.actor.role.canChangeService {
            // Accepting with reservations is a supervisor's: an operator is not offered a key that is refused.
            let supervisorOnly = Set(m.keymap.bindings.filter { $0.action == .acceptHandoverWithReservations }
                .map { KeyHint(key: $0.keysText, label: m.language.pick($0.labelVI, $0.labelEN)) })
            hints.removeAll { supervisorOnly.contains($0) }
        }
        guard let top = m.screens.last else { return hints }
        if let back = m.keymap.bindings.first(where: { $0.action == .back }),
           let i = hints.firstIndex(where: { $0.key == back.keysText }) {
            hints.insert(hints.remove(at: i), at: 0)
        }
        // A help bar must not offer what does nothing here: Tab moves between panels (on the handover screen, between
        // sections), and Enter and sorting need a table.
        var idle: Set<ConsoleAction> = []
        switch top {
        case .handover: idle = [.drillDown, .sort]
        case .eventList, .alarmList, .logbook, .sourceList: idle = [.focusNext]
        default: idle = [.focusNext, .drillDown, .sort]
        }
        let idleHints = Set(m.keymap.bindings.filter { $0.context == .global && idle.contains($0.action) }
            .map { KeyHint(key: $0.keysText, label: m.language.pick($0.labelVI, $0.labelEN)) })
        return hints.filter { !idleHints.contains($0) }
    }

    /// The keys grouped by where they act, each group under its heading: the same letter means different things on
    /// the alarm list, the logbook and the handover screen, so a flat list would read as contradictions. What does not
    /// fit scrolls (↑/↓, PgUp/PgDn, Home/End) and the last line says that there is more and where.
    static func helpOverlay(_ m: ConsoleModel, _ s: WidgetStyles, _ b: inout Buffer) {
        let lang = m.language
        let content = helpContent(m)
        let window = helpWindow(m)
        let top = min(max(0, m.helpScroll), max(0, content.count - window))
        var lines = Array(content[top..<min(content.count, top + window)])
        if content.count > window {
            let more = content.count - top - lines.count
            let n = lang.numberStyle
            lines.append(lang.pick(
                "\(more > 0 ? "↓ còn \(n.format(more)) dòng · " : "— hết · ")↑↓ PgUp PgDn cuộn · phím khác đóng (\(n.format(top + 1))–\(n.format(top + lines.count))/\(n.format(content.count)))",
                "\(more > 0 ? "↓ \(n.format(more)) more lines · " : "— end · ")↑↓ PgUp PgDn scroll · other keys close (\(n.format(top + 1))–\(n.format(top + lines.count))/\(n.format(content.count)))"))
        } else {
            lines.append(lang.pick("Nhấn phím bất kỳ để đóng", "Press any key to close"))
        }
        // Below the status bar, which stays in view (and is redrawn alone when only the clock moves: over the help's
        // frame, it took the title away).
        let below = Rect(x: 0, y: min(1, b.area.height), width: b.area.width, height: max(0, b.area.height - 1))
        Modal(title: lang.pick("Trợ giúp phím", "Keys"), lines: lines, styles: s).render(into: &b, area: below)
    }

    /// How many lines of the help show at once: the screen less the status bar, the frame and the line that says how
    /// to scroll.
    static func helpWindow(_ m: ConsoleModel) -> Int { max(1, m.height - 4) }

    /// Every line of the help, before scrolling: the legend of the status bar's abbreviations first (what an operator
    /// at a narrow screen looks up, visible without scrolling), then the keys by place, then the notes.
    static func helpContent(_ m: ConsoleModel) -> [String] {
        let lang = m.language
        let column = min(52, max(20, (m.width - 8) / 2))
        let window = helpWindow(m)
        // One column when it fits; else two, as long as every key and heading stays whole in the screen's width;
        // else one column of paired moves, scrolled.
        var keys = helpKeyLines(m, paired: false)
        if keys.count + 10 > window {
            let words = m.keymap.bindings.map { lang.pick($0.labelVI, $0.labelEN) } + KeyContext.allCases.map { helpHeading($0, lang) }
            func whole(_ lines: [String]) -> Bool {
                let text = lines.joined(separator: "\n")
                return lines.allSatisfy { TextWidth.of($0) <= m.width - 4 } && words.allSatisfy { text.contains($0) }
            }
            keys = [helpColumns(keys, column: column), helpColumns(helpKeyLines(m, paired: true), column: column, tight: true)]
                .first(where: whole) ?? helpKeyLines(m, paired: true)
        }
        let wrapWidth = max(20, min(m.width - 8, 2 * column))
        let legend = TextWidth.wrap(lang.pick("Thanh trạng thái hẹp: CB cảnh báo chưa xác nhận · T tải/10 phút · N nguồn · SC sự cố · HS hồ sơ quá hạn · PA phản ánh quá hạn · ✖nền tác vụ nền đang lỗi",
                                              "Narrow status bar: Al unacked alarms · L load/10 min · Src sources · Inc incidents · Dos overdue dossiers · Fb overdue feedback · ✖bg background jobs failing"),
                                    width: wrapWidth)
            + TextWidth.wrap(lang.pick("Bảng cảnh báo hẹp: XN xác nhận · PV phục vụ",
                                       "Narrow alarm table: Unacked unacknowledged · Acked acknowledged · svc service"),
                             width: wrapWidth)
        var notes: [String] = [""]
        notes.append(lang.pick("Lệnh (gõ : rồi Enter):", "Commands (type : then Enter):"))
        notes += TextWidth.wrap("layout NAME · theme NAME · lang vi|en · log (nhatky) · handover (giaoca) · alarms · load · sources (nguon) · report [month|quarter|half-year|year] (baocao) · quit",
                                width: wrapWidth - 2).map { "  " + $0 }
        notes += TextWidth.wrap(lang.pick("Báo cáo: tệp HTML trong thư mục reports cạnh cơ sở dữ liệu",
                                          "Report: an HTML file in the reports folder beside the database"), width: wrapWidth)
        notes += TextWidth.wrap(lang.pick("Nhật ký: gõ @08:15 ở đầu nội dung cho mục ghi muộn (sự việc lúc 08:15)",
                                          "Log: start the text with @08:15 for a late entry (it happened at 08:15)"), width: wrapWidth)
        notes += TextWidth.wrap(lang.pick("Chủ đề: control-room, high-contrast, light, monochrome",
                                          "Themes: control-room, high-contrast, light, monochrome"), width: wrapWidth)
        return legend + [""] + keys + notes
    }

    /// The keys under their groups' headings; `paired`, the global moves share lines ("↑/k ↓/j  Lên / Xuống") so that
    /// every key still fits a short screen.
    static func helpKeyLines(_ m: ConsoleModel, paired: Bool) -> [String] {
        let lang = m.language
        let pairs: [ConsoleAction: ConsoleAction] = [.focusNext: .focusPrevious, .up: .down, .left: .right, .pageUp: .pageDown]
        var lines: [String] = []
        for context in KeyContext.allCases {
            let bindings = m.keymap.bindings.filter { $0.context == context }
            guard !bindings.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(helpHeading(context, lang))
            // Paired (a short screen): one space of indent and each group's keys padded only to its longest.
            let indent = paired ? " " : "  "
            let keyWidth = paired ? (bindings.map { TextWidth.of($0.keysText) }.max() ?? 0) + 1 : 14
            var i = 0
            while i < bindings.count {
                let binding = bindings[i]
                if paired, i + 1 < bindings.count, pairs[binding.action] == bindings[i + 1].action {
                    let next = bindings[i + 1]
                    lines.append(indent + TextWidth.pad(binding.keysText + " " + next.keysText, to: max(keyWidth, 14))
                                 + lang.pick(binding.labelVI, binding.labelEN) + " / " + lang.pick(next.labelVI, next.labelEN))
                    i += 2
                    continue
                }
                lines.append(indent + TextWidth.pad(binding.keysText, to: keyWidth) + lang.pick(binding.labelVI, binding.labelEN))
                i += 1
            }
        }
        return lines
    }

    /// Key lines in two columns of `column` cells, a group never split between them, cut where the taller column is
    /// shortest; `tight` leaves out the blank line between groups (their headings still set them apart).
    static func helpColumns(_ lines: [String], column: Int, tight: Bool = false) -> [String] {
        let groups = lines.split(separator: "", omittingEmptySubsequences: true).map(Array.init)
        func stacked(_ gs: ArraySlice<[String]>) -> [String] {
            gs.enumerated().flatMap { i, g in (i == 0 || tight ? [] : [""]) + g }
        }
        let cut = (1..<max(2, groups.count)).min { a, b in
            max(stacked(groups[..<a]).count, stacked(groups[a...]).count) < max(stacked(groups[..<b]).count, stacked(groups[b...]).count)
        } ?? 1
        let left = stacked(groups[..<min(cut, groups.count)])
        let right = cut < groups.count ? stacked(groups[cut...]) : []
        // Tight: the left column as wide as its widest key line, the rest to the right.
        let column = tight ? min(column * 2 - 20, (left.map { TextWidth.of($0) }.max() ?? column) + 1) : column
        return (0..<max(left.count, right.count)).map { i in
            let l = i < left.count ? left[i] : ""
            let r = i < right.count ? right[i] : ""
            return TextWidth.pad(TextWidth.truncate(l, to: column - 1), to: column) + r
        }
    }

    /// The heading of one group of keys in the help screen.
    static func helpHeading(_ context: KeyContext, _ lang: Language) -> String {
        switch context {
        case .global: return lang.pick("Mọi nơi:", "Everywhere:")
        case .alarms: return lang.pick("Khung cảnh báo, F2 và chi tiết cảnh báo:", "Alarm panel, F2 and an alarm's detail:")
        case .logbook: return lang.pick("Nhật ký ca (F4):", "Shift log (F4):")
        case .handover: return lang.pick("Giao ca (F5):", "Handover (F5):")
        case .source: return lang.pick("Nguồn dữ liệu (F6, hoặc Enter trên khung Nguồn dữ liệu):", "Data sources (F6, or Enter on the Data sources panel):")
        case .runs: return lang.pick("Kịch bản điều hành (F7, hoặc p trên một cảnh báo):", "Scenario runs (F7, or p on an alarm):")
        }
    }

    // MARK: Panels

    static func panelTitle(_ spec: PanelSpec, _ lang: Language) -> String {
        if lang == .en, let t = spec.titleEN { return t }
        if lang == .vi, let t = spec.title { return t }
        return DefaultTitles.title(spec.kind, lang)
    }

    /// Age of a panel's data: from its own sources' last good poll, so one failing source does not age the rest.
    static func panelAge(_ kind: PanelKind, _ d: DashboardSnapshot, now: Date) -> (age: String?, stale: Bool) {
        let ids: Set<String>
        switch kind {
        case .socioEconomic: ids = Set(d.socioEconomic.compactMap(\.sourceID))
        case .publicOrder: ids = Set(d.publicOrder.compactMap(\.sourceID)).union(d.eventSources[.incident] ?? [])
        case .government: ids = Set(d.eventSources[.dossier] ?? [])
        case .feedback: ids = Set(d.eventSources[.feedback] ?? [])
        case .directives: ids = Set(d.eventSources[.directive] ?? [])
        case .incidents: ids = Set(d.eventSources[.incident] ?? [])
        case .sources, .alarms: return (d.lastWriteAt.map { DataAge.format(now.timeIntervalSince($0)) }, false)
        }
        let sources = d.sources.filter { ids.contains($0.sourceID) }
        guard !sources.isEmpty else { return (nil, false) }
        let oldest = sources.compactMap(\.lastSuccessAt).min()
        // Down, or late (nothing polls it any more: a stopped poller, a source paused long ago).
        let stale = sources.contains { $0.makesDataStale(at: now) }
        return (oldest.map { DataAge.format(now.timeIntervalSince($0)) }, stale)
    }

    static func panel(_ spec: PanelSpec, _ rect: Rect, focused: Bool, _ m: ConsoleModel, _ s: WidgetStyles, _ b: inout Buffer,
                      bodies: PanelBodies? = nil) {
        guard let d = m.dashboard, !rect.isEmpty else { return }
        let (age, stale) = panelAge(spec.kind, d, now: m.now)
        func frame(_ severity: Severity) -> Rect {
            // With kept bodies every inner cell is pasted, so the panel draws only its border.
            Panel(title: panelTitle(spec, m.language), age: age, focused: focused, status: stale ? .stale : severity, styles: s)
                .render(into: &b, area: rect, clearingInside: bodies == nil)
        }
        var state = m.state(of: spec.id)
        if !focused { state.selected = nil }
        let area = Panel.innerArea(rect)
        let inputs = PanelInputs(spec.kind, m, d, state: state, width: area.width, height: area.height, styles: s)
        if let bodies, let kept = bodies.kept(id: spec.id, inputs: inputs) {
            let inner = frame(kept.severity)
            if !inner.isEmpty { b.paste(kept.cells, x: inner.x, y: inner.y) }
            return
        }
        let content = SortedTable(PanelContent.table(for: spec.kind, model: m), state: m.state(of: spec.id)).table
        let inner = frame(content.summarySeverity)
        guard !inner.isEmpty else { return }
        let body = PanelBody(content, state: state, width: inner.width, height: inner.height, styles: s)
        if let bodies {
            bodies.draw(body, inputs: inputs, id: spec.id, into: &b, inner: inner)
        } else {
            body.render(into: &b, inner: inner)
        }
    }

    static func tableBody(_ content: PanelTable, state: TableState, _ inner: Rect, _ s: WidgetStyles, _ b: inout Buffer) {
        PanelBody(content, state: state, width: inner.width, height: inner.height, styles: s).render(into: &b, inner: inner)
    }

    // MARK: Drill-down screens

    /// A short history spread over `columns` dot columns, each point held for its share (a step chart): a monthly
    /// indicator's few points filled a sliver at the chart's right edge, one dot column each.
    static func stretched(_ history: [Double], to columns: Int) -> [Double] {
        guard !history.isEmpty, history.count < columns else { return history }
        return (0..<columns).map { history[$0 * history.count / columns] }
    }

    static func screen(_ screen: Screen, _ m: ConsoleModel, _ area: Rect, _ s: WidgetStyles, _ b: inout Buffer) {
        let lang = m.language
        switch screen {
        case .eventList(let list):
            let inner = Panel(title: list.title, age: nil, focused: true, status: .normal, styles: s).render(into: &b, area: area)
            if list.loading {
                b.write(lang.pick("Đang tải…", "Loading…"), x: inner.x, y: inner.y, style: s.muted, maxWidth: inner.width)
                return
            }
            let content = SortedTable(EventListContent.table(list, model: m), state: list.table).table
            tableBody(content, state: list.table, inner, s, &b)
        case .eventDetail(let e):
            let inner = Panel(title: e.event.title(m.language), age: nil, focused: true, status: .normal, styles: s).render(into: &b, area: area)
            lines(EventListContent.detailLines(e, model: m), inner, s, &b)
        case .sourceDetail(let source):
            let inner = Panel(title: source.name(m.language), age: nil, focused: true, status: StatusWords.severity(source.status), styles: s)
                .render(into: &b, area: area)
            lines(EventListContent.sourceLines(source, model: m), inner, s, &b)
        case .seriesDetail(let r):
            let title = lang.pick(r.definition.name, r.definition.nameEN) + " (" + UnitName.text(r.definition.unit, lang) + ")"
            let inner = Panel(title: title, age: nil, focused: true, status: .normal, styles: s).render(into: &b, area: area)
            guard inner.height >= 2 else { return }
            var info = lang.pick("Hiện tại: ", "Latest: ") + ReadingAssessment.valueText(r, language: lang) + " " + UnitName.text(r.definition.unit, lang)
            if let t = r.definition.target { info += lang.pick(" · Kế hoạch: ", " · Target: ") + lang.numberStyle.auto(t) }
            if let at = r.latestAt { info += lang.pick(" · lúc ", " · at ") + VietnamTime.dateTime(at) }
            if let lo = r.history.min(), let hi = r.history.max() {
                info += " · min " + lang.numberStyle.auto(lo) + " · max " + lang.numberStyle.auto(hi)
            }
            b.write(info, x: inner.x, y: inner.y, style: s.text, maxWidth: inner.width)
            var top = inner.y + 1
            if let p = r.projection, let v = ProjectionText.value(r), inner.height >= 4 {
                // What the chart's right part is, and the figure an operator reads out.
                let line = lang.pick("Dự báo: ", "Forecast: ") + ProjectionText.full(v, lang) + " · "
                    + ProjectionText.legend(p, lang) + lang.pick(" (vùng nhạt)", " (shaded)")
                b.write(line, x: inner.x, y: top, style: s.muted, maxWidth: inner.width)
                top += 1
            }
            let chart = Rect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top)
            ProjectionChart.render(r, language: lang, styles: s, area: chart, into: &b)
        case .alarmList:
            guard let d = m.dashboard else { return }
            let title = lang.pick("Cảnh báo — toàn màn hình", "Alarms — full screen")
            let content = AlarmListContent.table(d, model: m)
            let inner = Panel(title: title, age: nil, focused: true, status: content.summarySeverity, styles: s).render(into: &b, area: area)
            tableBody(content, state: m.state(of: ConsoleUpdate.alarmScreenStateID), inner, s, &b)
        case .sourceList:
            guard let d = m.dashboard else { return }
            let content = SourceListContent.table(d, model: m)
            let inner = Panel(title: lang.pick("Nguồn dữ liệu — toàn màn hình", "Data sources — full screen"), age: nil,
                              focused: true, status: content.summarySeverity, styles: s).render(into: &b, area: area)
            tableBody(SortedTable(content, state: m.state(of: ConsoleUpdate.sourceScreenStateID)).table,
                      state: m.state(of: ConsoleUpdate.sourceScreenStateID), inner, s, &b)
        case .alarmLoad:
            let inner = Panel(title: lang.pick("Sức khoẻ tải cảnh báo (ISA-18.2)", "Alarm-load health (ISA-18.2)"), age: nil,
                              focused: true, status: .normal, styles: s).render(into: &b, area: area)
            lines(AlarmLoadContent.lines(m), inner, s, &b, wrap: false)
        case .logbook(let list):
            let inner = Panel(title: lang.pick("Nhật ký ca", "Shift log"), age: nil, focused: true, status: .normal, styles: s)
                .render(into: &b, area: area)
            if list.loading {
                b.write(lang.pick("Đang tải…", "Loading…"), x: inner.x, y: inner.y, style: s.muted, maxWidth: inner.width)
                return
            }
            tableBody(SortedTable(LogbookContent.table(list, model: m), state: list.table).table, state: list.table, inner, s, &b)
            if list.entries.isEmpty, inner.height >= 4 {
                // Below the summary and the column titles: what to do instead of an empty table.
                lines(LogbookContent.emptyLines(list, model: m), Rect(x: inner.x + 1, y: inner.y + 3, width: max(0, inner.width - 2),
                                                                     height: inner.height - 3), s, &b)
            }
        case .logEntryDetail(let e, let correctedBy):
            let inner = Panel(title: lang.pick("Nhật ký #\(e.id)", "Log entry #\(e.id)"), age: nil, focused: true, status: .normal, styles: s)
                .render(into: &b, area: area)
            lines(LogbookContent.detailLines(e, correctedBy: correctedBy, model: m), inner, s, &b)
        case .handover(let h):
            let title: String
            if let r = h.record {
                title = lang.pick("Giao ca #\(r.id) — ca \(r.shiftID) — \(r.state.labelVI)", "Handover #\(r.id) — shift \(r.shiftID) — \(r.state.labelEN)")
            } else {
                title = lang.pick("Giao ca", "Handover")
            }
            let status: Severity = h.record?.state == .started ? .warning : .normal
            let inner = Panel(title: title, age: nil, focused: true, status: status, styles: s).render(into: &b, area: area)
            guard !inner.isEmpty else { return }
            if h.loading && h.record == nil {
                b.write(lang.pick("Đang tải…", "Loading…"), x: inner.x, y: inner.y, style: s.muted, maxWidth: inner.width)
                return
            }
            let all = LogbookContent.handoverLines(h, model: m)
            let header = Array(all.prefix(2))
            lines(header, Rect(x: inner.x, y: inner.y, width: inner.width, height: min(2, inner.height)), s, &b, wrap: false)
            let body = LogbookContent.handoverRows(h, model: m, width: inner.width)
            let rest = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: max(0, inner.height - 2))
            let shown = Array(body.dropFirst(min(h.scroll, max(0, body.count - 1))))
            if shown.count > rest.height, rest.height >= 2 {
                // The section goes on below: say so on the last row, or the incoming operator may never see the rest.
                formattedRows(Array(shown.prefix(rest.height - 1)), rest, s, &b)
                let more = shown.count - (rest.height - 1)
                b.write(lang.pick("↓ còn \(more) dòng nữa (↓, PgDn)", "↓ \(more) more lines (↓, PgDn)"), x: rest.x,
                        y: rest.y + rest.height - 1, style: s.accent, maxWidth: rest.width)
            } else {
                formattedRows(shown, rest, s, &b)
            }
        case .alarmDetail(let detail):
            let a = detail.alarm
            let inner = Panel(title: a.state.glyph + " " + a.message(m.language), age: nil, focused: true,
                              status: AlarmListContent.severity(a), styles: s).render(into: &b, area: area)
            guard !inner.isEmpty else { return }
            let info = alarmInfoRows(a, m, width: inner.width)
            let infoHeight = min(info.count, max(0, inner.height - 3))
            lines(info, Rect(x: inner.x, y: inner.y, width: inner.width, height: infoHeight), s, &b, wrap: false)
            let rest = timelineRect(detail, m)
            if detail.loading {
                b.write(lang.pick("Đang tải dòng thời gian…", "Loading the timeline…"), x: rest.x, y: rest.y, style: s.muted, maxWidth: rest.width)
            } else {
                tableBody(AlarmListContent.timelineTable(detail.timeline, model: m), state: detail.table, rest, s, &b)
            }
        case .timelineEntry(let e, let alarm):
            let inner = Panel(title: lang.pick("Dòng thời gian — ", "Timeline — ") + VietnamTime.dateTime(e.at), age: nil, focused: true,
                              status: .normal, styles: s).render(into: &b, area: area)
            lines(AlarmListContent.timelineEntryLines(e, alarm: alarm, model: m), inner, s, &b)
        case .runList:
            let runs = m.dashboard?.runs ?? []
            let content = RunContent.listTable(runs, model: m)
            let inner = Panel(title: lang.pick("Kịch bản điều hành đang mở", "Open scenario runs"), age: nil, focused: true,
                              status: content.summarySeverity, styles: s).render(into: &b, area: area)
            tableBody(content, state: m.state(of: ConsoleUpdate.runScreenStateID), inner, s, &b)
            if runs.isEmpty, inner.height >= 4 {
                lines([lang.pick("Không có kịch bản nào đang mở. Một cảnh báo có kịch bản sẽ tự mở (hoặc đề xuất) kịch bản của nó; "
                                 + "p trên một cảnh báo mở quy trình xử lý.",
                                 "No run is open. An alarm with a scenario starts (or proposes) its run; p on an alarm opens its procedure.")],
                      Rect(x: inner.x + 1, y: inner.y + 3, width: max(0, inner.width - 2), height: inner.height - 3), s, &b)
            }
        case .runDetail(let detail):
            guard let run = m.dashboard?.runs.first(where: { $0.id == detail.runID }) ?? detail.run else { return }
            runDetail(run, detail, m, area, s, &b)
        case .procedure(let p):
            let inner = Panel(title: lang.pick("Quy trình xử lý — ", "Response procedure — ") + p.template.title.text(lang), age: nil,
                              focused: true, status: AlarmListContent.severity(p.alarm), styles: s).render(into: &b, area: area)
            var text = [p.alarm.displayID + " · " + p.alarm.message(lang), ""] + RunContent.procedureLines(p.template, lang) + [""]
            for stage in p.template.stages {
                text.append("[\(stage.title.text(lang))]")
                for step in stage.steps {
                    text.append("  " + (step.required ? "• " : "○ ") + step.title.text(lang) + " — " + step.ownerText(lang)
                                + (step.due.map { lang.pick(" · hạn ", " · due ") + $0.written } ?? ""))
                }
            }
            text += ["", lang.pick("Enter: mở kịch bản này cho cảnh báo · Esc: quay lại", "Enter: start this scenario for the alarm · Esc: back")]
            lines(text, inner, s, &b)
        }
    }

    /// Where a run's screen puts its parts, inside the panel: the header (and a proposal's question), the procedure,
    /// the steps, the agency board and the newest timeline rows, each as high as the screen allows.
    static func runParts(_ run: ScenarioRun, _ m: ConsoleModel) -> (header: Rect, procedure: Rect, steps: Rect, board: Rect, timeline: Rect) {
        let body = ConsoleLayout(model: m).body
        let inner = Rect(x: body.x + 1, y: body.y + 1, width: max(0, body.width - 2), height: max(0, body.height - 2))
        let template = m.scenarios.first { $0.id == run.templateID }
        let headerHeight = min(inner.height, run.state == .proposed ? 2 : 1)
        var y = inner.y + headerHeight, left = inner.height - headerHeight
        let procedureLines = RunContent.procedureLines(template, m.language).count
        // The procedure where there is room for it and the steps (it is one key away on the procedure of the alarm).
        let procedureHeight = left >= 26 ? min(procedureLines, 3) : 0
        let procedure = Rect(x: inner.x, y: y, width: inner.width, height: procedureHeight)
        y += procedureHeight; left -= procedureHeight
        // The steps as high as they are (within what is left), the board below them, the timeline in the rest.
        let boardWanted = left >= 12 ? RunContent.agencyBoard(run, m.language).count + 1 : 0
        let timelineLeast = left >= 16 ? 3 : 0
        let stepsHeight = max(0, min(run.steps.count + 2, max(5, left - min(boardWanted, max(2, left / 4)) - timelineLeast)))
        let boardHeight = max(0, min(boardWanted, left - stepsHeight - timelineLeast))
        let timelineHeight = max(0, left - stepsHeight - boardHeight)
        let steps = Rect(x: inner.x, y: y, width: inner.width, height: stepsHeight)
        let board = Rect(x: inner.x, y: y + stepsHeight, width: inner.width, height: boardHeight)
        let timeline = Rect(x: inner.x, y: y + stepsHeight + boardHeight, width: inner.width, height: timelineHeight)
        return (Rect(x: inner.x, y: inner.y, width: inner.width, height: headerHeight), procedure, steps, board, timeline)
    }

    /// Where a run's steps table is drawn (the arrow keys page it).
    static func runStepsRect(_ run: ScenarioRun, _ m: ConsoleModel) -> Rect { runParts(run, m).steps }

    static func runDetail(_ run: ScenarioRun, _ detail: RunDetailScreen, _ m: ConsoleModel, _ area: Rect, _ s: WidgetStyles,
                          _ b: inout Buffer) {
        let lang = m.language
        let steps = RunContent.stepsTable(run, model: m)
        let inner = Panel(title: RunContent.drill(run, lang) + run.title.text(lang), age: nil, focused: true,
                          status: run.exercise ? .warning : steps.summarySeverity, styles: s).render(into: &b, area: area)
        guard !inner.isEmpty else { return }
        let parts = runParts(run, m)
        var header = [RunContent.drill(run, lang) + RunContent.header(run, model: m)]
        if run.state == .proposed {
            header.append(lang.pick("Kịch bản được đề xuất — y: chấp nhận · N: không kích hoạt (ghi lý do)",
                                    "Proposed — y: accept · N: decline (with a reason)"))
        }
        lines(header, parts.header, s, &b, wrap: false)
        lines(RunContent.procedureLines(m.scenarios.first { $0.id == run.templateID }, lang), parts.procedure, s, &b, wrap: false)
        tableBody(steps, state: detail.table, parts.steps, s, &b)
        if parts.board.height > 0 {
            b.write(lang.pick("Bảng đơn vị:", "Agency board:"), x: parts.board.x, y: parts.board.y, style: s.accent, maxWidth: parts.board.width)
            lines(RunContent.agencyBoard(run, lang), Rect(x: parts.board.x + 1, y: parts.board.y + 1, width: max(0, parts.board.width - 1),
                                                          height: parts.board.height - 1), s, &b, wrap: false)
        }
        if parts.timeline.height > 0 {
            b.write(lang.pick("Diễn biến (mới nhất trên cùng):", "Timeline (newest first):"), x: parts.timeline.x, y: parts.timeline.y,
                    style: s.accent, maxWidth: parts.timeline.width)
            lines(RunContent.timelineLines(detail.timeline, run: run, lang, limit: parts.timeline.height - 1),
                  Rect(x: parts.timeline.x + 1, y: parts.timeline.y + 1, width: max(0, parts.timeline.width - 1),
                       height: parts.timeline.height - 1), s, &b, wrap: false)
        }
    }

    /// An alarm's detail lines as drawn, wrapped to the panel's width: counted as lines, the message wrapping to three
    /// rows at 80×24 pushed the agency's list key and the active-since time under the timeline.
    static func alarmInfoRows(_ a: Alarm, _ m: ConsoleModel, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return AlarmListContent.detailLines(a, m.dashboard, model: m).flatMap { $0.isEmpty ? [""] : TextWidth.wrap($0, width: width) }
    }

    /// Where an alarm's detail screen draws its timeline: below the alarm's lines, inside the panel's border.
    static func timelineRect(_ detail: AlarmDetailScreen, _ m: ConsoleModel) -> Rect {
        let body = ConsoleLayout(model: m).body
        let inner = Rect(x: body.x + 1, y: body.y + 1, width: max(0, body.width - 2), height: max(0, body.height - 2))
        let infoHeight = min(alarmInfoRows(detail.alarm, m, width: inner.width).count, max(0, inner.height - 3))
        return Rect(x: inner.x, y: inner.y + infoHeight + 1, width: inner.width, height: max(0, inner.height - infoHeight - 1))
    }

    /// Formatted rows (the handover's sections): bold runs in bold, ids muted, bullets and quote bars muted.
    static func formattedRows(_ rows: [[FormattedRun]], _ inner: Rect, _ s: WidgetStyles, _ b: inout Buffer) {
        var bold = s.text
        bold.attributes.insert(.bold)
        for (i, row) in rows.prefix(max(0, inner.height)).enumerated() {
            var x = inner.x
            for run in row where x < inner.x + inner.width {
                let style: Style
                switch run.style {
                case .plain: style = s.text
                case .bold: style = bold
                case .code, .marker: style = s.muted
                }
                x += b.write(run.text, x: x, y: inner.y + i, style: style, maxWidth: inner.x + inner.width - x)
            }
        }
    }

    /// Lines of a detail screen, word-wrapped to the panel (a long description stays readable at 80 columns).
    static func lines(_ text: [String], _ inner: Rect, _ s: WidgetStyles, _ b: inout Buffer, wrap: Bool = true) {
        guard inner.width > 0 else { return }
        let wrapped = wrap ? text.flatMap { $0.isEmpty ? [""] : TextWidth.wrap($0, width: inner.width) } : text
        for (i, line) in wrapped.prefix(max(0, inner.height)).enumerated() {
            b.write(line, x: inner.x, y: inner.y + i, style: s.text, maxWidth: inner.width)
        }
    }
}
