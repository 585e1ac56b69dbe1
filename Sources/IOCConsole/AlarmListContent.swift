import Foundation
import TextFold
import IOCDomain
import TUIWidgets

/// The alarm list as a table: priority (digit and word), state (glyph and word), message, agency, age. Sorted by
/// state, then priority (the store's order); unacknowledged rows are critical-styled, so they stand out in colour
/// and, without colour, by their glyph and word. Alarms of one agency and kind (one agency in a flood) are one
/// expandable group row; chattering alarms carry "≈" in their state.
enum AlarmListContent {
    static func visibleAlarms(_ d: DashboardSnapshot, model: ConsoleModel) -> [Alarm] {
        guard let filter = model.alarmFilter, !filter.isEmpty else { return d.alarms }
        return d.alarms.filter { a in
            TextFolding.matches([a.message, a.messageEN ?? "", a.agencyCode ?? "", a.wardCode ?? "", a.ruleID, a.subject].joined(separator: " "), filter: filter)
        }
    }

    static func severity(_ a: Alarm) -> Severity {
        switch a.state {
        case .unacknowledged: return .critical
        case .returnedUnacknowledged: return .warning
        case .acknowledged, .normal: return .normal
        case .shelved, .suppressed, .outOfService: return .stale
        }
    }

    static func priorityText(_ p: AlarmPriority, _ lang: Language) -> String {
        p.digit + " " + lang.pick(p.labelVI, p.labelEN)
    }

    /// The mark beside the state glyph of a chattering alarm (3 or more transitions in a minute).
    static let chatteringMark = "≈"

    static func stateText(_ a: Alarm, _ lang: Language, chattering: Bool = false, short: Bool = false) -> String {
        (a.escalatedAt != nil ? "⇧" : "") + a.state.glyph + (chattering ? chatteringMark : "") + " "
            + (short ? lang.pick(a.state.shortLabelVI, a.state.shortLabelEN) : lang.pick(a.state.labelVI, a.state.labelEN))
    }

    /// A group row's state: the worst member's glyph and the worst state's word ("! Chưa xác nhận"), as wide as a
    /// single alarm's, so a group never widens the state column and cuts what happened in every row at 80×24; the
    /// member count is in the group's title ("▸ 2 cảnh báo sắp đến hạn — …").
    static func groupStateText(_ g: AlarmGroup, _ lang: Language, chattering: Bool, short: Bool = false) -> String {
        let state = g.worstState
        return (g.isEscalated ? "⇧" : "") + state.glyph + (chattering ? chatteringMark : "") + " "
            + (short ? lang.pick(state.shortLabelVI, state.shortLabelEN) : lang.pick(state.labelVI, state.labelEN))
    }

    /// Ids of the alarms the alarm-load health counts as chattering.
    static func chatteringIDs(_ d: DashboardSnapshot?) -> Set<String> {
        Set(d?.alarmLoad?.chatteringIDs ?? [])
    }

    /// The visible alarms grouped as the list shows them: by (agency, kind), or by agency alone in a flood.
    static func groups(_ d: DashboardSnapshot, model: ConsoleModel) -> [AlarmGroup] {
        AlarmGroup.grouping(visibleAlarms(d, model: model), byAgencyOnly: model.alarmFlood)
    }

    /// An agency's name in `lang` from the dossier, feedback or directive lists (English where the store has one),
    /// else its code; "–" for no agency.
    static func agencyName(_ code: String?, _ d: DashboardSnapshot, _ lang: Language) -> String {
        guard let code, !code.isEmpty else { return "–" }
        return d.government.first { $0.agencyCode == code }?.agencyName(lang)
            ?? d.feedback.first { $0.agencyCode == code }?.agencyName(lang)
            ?? d.directives.first { $0.event.agencyCode == code }?.agencyName(lang) ?? code
    }

    /// What happened, in `lang`, without the agency name the rule's message opens with ("Sở Xây dựng: 8 hồ sơ đã quá
    /// hạn" → "8 hồ sơ đã quá hạn"): the Agency column says who, so the alarm cell's width goes to what happened, and two
    /// alarms of one agency no longer read the same once cut. Any other agency named inside is shortened as in a cell.
    static func whatHappened(_ a: Alarm, _ d: DashboardSnapshot?, _ lang: Language) -> String {
        let message = a.message(lang)
        guard let code = a.agencyCode, !code.isEmpty else { return AgencyShortName.of(message) }
        var names = [code]
        if let d { names += [agencyName(code, d, .vi), agencyName(code, d, .en)] }
        for name in Set(names + names.map(AgencyShortName.of)) where !name.isEmpty {
            let prefix = name + ": "
            if message.hasPrefix(prefix), message.count > prefix.count {
                return AgencyShortName.of(String(message.dropFirst(prefix.count)))
            }
        }
        return AgencyShortName.of(message)
    }

    /// "8 hồ sơ đã quá hạn · Sở Xây dựng", for a row whose Agency column is not shown: what happened first, so that
    /// a narrow cell cuts the agency rather than the words that tell two alarms apart.
    static func withAgency(_ agency: String, _ what: String) -> String {
        agency.isEmpty || agency == "–" ? what : what + " · " + agency
    }

    static func table(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        let n = lang.numberStyle
        var t = PanelTable(columns: [
            TableColumn(title: "P", width: .fixed(2)),
            // As wide as its longest state: a state word is never cut, and what it leaves goes to what happened.
            TableColumn(title: lang.pick("Trạng thái", "State"), width: .fixed(18), isIdentifier: true),
            TableColumn(title: lang.pick("Cảnh báo", "Alarm"), width: .fill(3), trailingSeparator: " · ", keepsCutTail: 4),
            TableColumn(title: lang.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: lang.pick("Tuổi", "Age"), width: .fixed(6), alignment: .right),
        ])
        t.dropOrder = [3, 4]
        // What happened ("3 phản ánh sắp quá hạn", "7 citizen reports overdue") needs about 25 columns: a narrow panel
        // gives up the Agency column, then the age, before it cuts those words.
        t.minFill = 25
        // Without the Agency column, the alarm cell names the agency after what happened: "8 hồ sơ đã quá hạn · Sở Xây dựng".
        t.joinWhenDropped = (column: 3, into: 2)
        // And the state words shorten ("! Chưa XN"), so the agency after what happened is not cut away.
        t.compactColumn = 1
        let list = visibleAlarms(d, model: model)
        let chattering = chatteringIDs(d)
        // How long it has been active, sorted by the seconds, not the words ("5m" < "2h").
        func age(_ since: Date?) -> TableCell {
            guard let since else { return "–" }
            let seconds = model.now.timeIntervalSince(since)
            return .number(DataAge.format(seconds), seconds)
        }
        func priority(_ p: AlarmPriority) -> TableCell { .number(p.digit, p.rawValue) }
        for g in AlarmGroup.grouping(list, byAgencyOnly: model.alarmFlood) {
            if g.isSingleton, let a = g.members.first {
                let agency = AgencyShortName.of(agencyName(a.agencyCode, d, lang))
                let what = whatHappened(a, d, lang)
                t.append([priority(a.priority), TableCell(stateText(a, lang, chattering: chattering.contains(a.id))), TableCell(what),
                          TableCell(agency), age(a.activeSince ?? a.lastChangeAt)],
                         severity: severity(a), target: .alarm(a), joined: withAgency(agency, what),
                         compact: stateText(a, lang, chattering: chattering.contains(a.id), short: true))
                continue
            }
            let expanded = model.expandedAlarmGroups.contains(g.id)
            let agency = g.agencyCode == nil ? lang.pick("(chưa phân công)", "(unassigned)") : AgencyShortName.of(agencyName(g.agencyCode, d, lang))
            let worst = g.members.first { $0.state == g.worstState } ?? g.members[0]
            let mark = expanded ? "▾ " : "▸ "
            let what = g.title(lang, firstWhat: g.members.first.map { whatHappened($0, d, lang) } ?? "")
            let groupChattering = g.members.contains { chattering.contains($0.id) }
            t.append([priority(g.priority), TableCell(groupStateText(g, lang, chattering: groupChattering)),
                      TableCell(mark + what), TableCell(AgencyShortName.of(agencyName(g.agencyCode, d, lang))), age(g.oldestSince)],
                     // In a flood the list groups by agency alone: the agency is what tells the rows apart, so it
                     // comes first when there is no Agency column ("▸ Sở Xây dựng: 19 cảnh báo — …").
                     severity: severity(worst), target: .alarmGroup(g),
                     joined: model.alarmFlood ? mark + agency + ": " + what : mark + withAgency(agency, what),
                     compact: groupStateText(g, lang, chattering: groupChattering, short: true))
            guard expanded else { continue }
            for (i, a) in g.members.enumerated() {
                let branch = i == g.members.count - 1 ? "  └ " : "  ├ "
                let memberAgency = AgencyShortName.of(agencyName(a.agencyCode, d, lang))
                let memberWhat = whatHappened(a, d, lang)
                t.append([priority(a.priority), TableCell("  " + stateText(a, lang, chattering: chattering.contains(a.id))),
                          TableCell(branch + memberWhat), TableCell(memberAgency), age(a.activeSince ?? a.lastChangeAt)],
                         severity: severity(a), target: .alarm(a), joined: branch + withAgency(memberAgency, memberWhat),
                         compact: "  " + stateText(a, lang, chattering: chattering.contains(a.id), short: true))
            }
        }
        // The counts are of what the list shows: with a filter on, the filtered alarms (the filter says how many it hides).
        let unack = list.filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }.count
        let acked = list.filter { $0.state == .acknowledged }.count
        let hidden = list.filter { $0.state.isOverlay }.count
        let escalated = list.filter { $0.escalatedAt != nil && !$0.state.isOverlay }.count
        // Most important first: a narrow panel drops the summary's last segments.
        var summary = lang.pick("Chưa xác nhận \(n.format(unack))", "Unacknowledged \(n.format(unack))")
        if escalated > 0 {
            summary += lang.pick(" · ⇧ Đã chuyển cấp trên \(n.format(escalated))", " · ⇧ Escalated \(n.format(escalated))")
        }
        // Alarms of domains this account may not see: said early, so a narrow panel keeps it.
        if let hidden = d.hidden, hidden.alarms > 0 {
            summary += lang.pick(" · ⊘ \(n.format(hidden.alarms)) ẩn (lĩnh vực hạn chế)", " · ⊘ \(n.format(hidden.alarms)) hidden (restricted)")
        }
        summary += lang.pick(" · Đã xác nhận \(n.format(acked)) · Tạm gác/triệt/ngừng \(n.format(hidden))",
                             " · Acknowledged \(n.format(acked)) · Shelved/suppressed/OOS \(n.format(hidden))")
        if let load = d.alarmLoad {
            summary += lang.pick(" · Tải \(load.raisedLast10Minutes)/10 phút (mục tiêu ≤\(AlarmLoad.acceptablePer10Minutes))",
                                 " · Load \(load.raisedLast10Minutes)/10 min (target ≤\(AlarmLoad.acceptablePer10Minutes))")
        }
        if let filter = model.alarmFilter, !filter.isEmpty {
            // First, so a narrow panel keeps it: what the filter is, how many alarms it hides, and how to drop it.
            let shown = n.format(list.count), all = n.format(d.alarms.count), out = n.format(d.alarms.count - list.count)
            summary = lang.pick("⌕ Lọc “\(filter)”: \(shown)/\(all), ẩn \(out) (Esc bỏ lọc) · ",
                                "⌕ Filter “\(filter)”: \(shown)/\(all), \(out) hidden (Esc clears) · ") + summary
        }
        if model.alarmFlood {
            summary = lang.pick("⚠ NGẬP CẢNH BÁO · nhóm theo cơ quan · ", "⚠ ALARM FLOOD · grouped by agency · ") + summary
        }
        t.summary = summary
        t.summarySeverity = unack > 0 || model.alarmFlood ? .critical : (acked > 0 ? .warning : .normal)
        return t
    }

    /// One timeline row in full, for its own screen: every field, the note whole (wrapped by the view).
    static func timelineEntryLines(_ e: AlarmTimelineEntry, alarm: Alarm, model: ConsoleModel) -> [String] {
        let lang = model.language
        let who = e.role == nil && e.actor == "system" ? lang.pick("hệ thống", "system")
            : e.actor + (e.role.map { " (" + $0.label(lang) + ")" } ?? "")
        let change = lang.pick(e.fromState.labelVI, e.fromState.labelEN) + " → " + lang.pick(e.toState.labelVI, e.toState.labelEN)
        return [
            lang.pick("Cảnh báo: ", "Alarm: ") + alarm.message(lang),
            lang.pick("Lúc: ", "At: ") + VietnamTime.dateTime(e.at) + " UTC+7",
            lang.pick("Người: ", "Who: ") + who,
            lang.pick("Hành động: ", "Action: ") + TimelineActionText.label(e.action, lang),
            lang.pick("Trạng thái: ", "State: ") + change,
            "",
            lang.pick("Ghi chú:", "Note:"),
            noteText(e, lang).isEmpty ? lang.pick("(không có)", "(none)") : noteText(e, lang),
        ]
    }

    /// Lines of the alarm detail screen above its timeline.
    static func detailLines(_ a: Alarm, _ d: DashboardSnapshot?, model: ConsoleModel) -> [String] {
        let lang = model.language
        var lines = [
            lang.pick("Cảnh báo: ", "Alarm: ") + a.message(lang),
            lang.pick("Ưu tiên: ", "Priority: ") + priorityText(a.priority, lang) + lang.pick(" · Trạng thái: ", " · State: ")
                + stateText(a, lang, chattering: chatteringIDs(d).contains(a.id)),
            // The public id first (what `ioc alarms show A17` takes), when the store has given one.
            (a.number.map { "\(AlarmReference.display($0)) · " } ?? "")
                + lang.pick("Quy tắc: ", "Rule: ") + a.ruleID + " · " + a.subject + " (" + a.kind.rawValue + ")",
        ]
        if chatteringIDs(d).contains(a.id) {
            lines.append(chatteringMark + " " + lang.pick("Cảnh báo dao động: 3 lần đổi trạng thái trở lên trong 1 phút; nên tạm gác (s) và báo cơ quan sửa quy tắc",
                                                        "Chattering: 3 or more transitions within a minute; shelve it (s) and have the rule fixed"))
        }
        var place: [String] = []
        if let agency = a.agencyCode {
            let name = d.map { agencyName(agency, $0, lang) } ?? agency
            place.append(lang.pick("Cơ quan: ", "Agency: ") + (name == agency ? agency : "\(name) (\(agency))"))
        }
        if let ward = a.wardCode { place.append(lang.pick("Phường/xã: ", "Ward: ") + ward) }
        if let source = a.sourceID { place.append(lang.pick("Nguồn: ", "Source: ") + EventListContent.sourceName(source, d, lang)) }
        if !place.isEmpty { lines.append(place.joined(separator: " · ")) }
        if let kind = ConsoleUpdate.itemKind(of: a) {
            let section = EventListContent.section(kind, lang).lowercased()
            lines.append(ConsoleUpdate.itemsAgency(of: a) == nil ? lang.pick("i: danh sách \(section)", "i: the list of \(section)")
                                             : lang.pick("i: danh sách \(section) của cơ quan", "i: the agency's \(section)"))
        }
        if let since = a.activeSince { lines.append(lang.pick("Hoạt động từ: ", "Active since: ") + VietnamTime.dateTime(since)) }
        if let by = a.acknowledgedBy, let at = a.acknowledgedAt {
            lines.append(lang.pick("Xác nhận: ", "Acknowledged: ") + by + " · " + VietnamTime.dateTime(at))
        }
        if let until = a.shelvedUntil {
            lines.append(lang.pick("Tạm gác đến: ", "Shelved until: ") + VietnamTime.dateTime(until) + " · " + (a.shelveReason ?? ""))
        } else if a.state == .shelved {
            lines.append(lang.pick("Tạm gác đến khi hết cảnh báo · ", "Shelved until it clears · ") + (a.shelveReason ?? ""))
        }
        if let esc = a.escalatedAt { lines.append(lang.pick("Đã chuyển cấp trên: ", "Escalated: ") + VietnamTime.dateTime(esc)) }
        if let assigned = a.assignedAgency { lines.append(lang.pick("Giao cho: ", "Assigned to: ") + assigned) }
        return lines
    }

    static func timelineTable(_ entries: [AlarmTimelineEntry], model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Thời gian", "Time"), width: .fixed(17)),
            TableColumn(title: lang.pick("Người", "Who"), width: .fixed(14)),
            TableColumn(title: lang.pick("Hành động", "Action"), width: .fixed(14)),
            TableColumn(title: lang.pick("Từ → đến", "From → to"), width: .fixed(34)),
            TableColumn(title: lang.pick("Ghi chú", "Note"), width: .fill(1)),
        ])
        t.dropOrder = [3, 1]
        for e in entries.reversed() {
            let change = e.fromState == e.toState ? lang.pick(e.toState.labelVI, e.toState.labelEN)
                : lang.pick(e.fromState.labelVI, e.fromState.labelEN) + " → " + lang.pick(e.toState.labelVI, e.toState.labelEN)
            let who = e.role == nil && e.actor == "system" ? lang.pick("hệ thống", "system") : e.actor
            t.append([.time(VietnamTime.dateTime(e.at), e.at), TableCell(who), TableCell(TimelineActionText.label(e.action, lang)),
                      TableCell(change), TableCell(noteText(e, lang))],
                     target: .timelineEntry(e))
        }
        t.summary = lang.pick("Dòng thời gian (mới nhất trên cùng, không sửa, không xoá): \(entries.count) mục · Enter: đọc cả dòng",
                              "Timeline (newest first, append-only): \(entries.count == 1 ? "1 entry" : "\(entries.count) entries") · Enter: read a row whole")
        return t
    }

    /// A timeline note in the console's language (system notes are codes, `AlarmTimelineEntry.noteText`).
    static func noteText(_ e: AlarmTimelineEntry, _ lang: Language) -> String {
        e.noteText(lang) ?? ""
    }
}
