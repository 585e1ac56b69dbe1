import Foundation
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

    static func stateText(_ a: Alarm, _ lang: Language, chattering: Bool = false) -> String {
        (a.escalatedAt != nil ? "⇧" : "") + a.state.glyph + (chattering ? chatteringMark : "") + " "
            + lang.pick(a.state.labelVI, a.state.labelEN)
    }

    /// A group row's state: the worst member's glyph, the member count, and the worst state's word ("!×7 Chưa xác nhận",
    /// tight enough to fit the state column).
    static func groupStateText(_ g: AlarmGroup, _ lang: Language, chattering: Bool) -> String {
        let state = g.worstState
        return (g.isEscalated ? "⇧" : "") + state.glyph + (chattering ? chatteringMark : "") + "×"
            + lang.numberStyle.format(g.members.count) + " " + lang.pick(state.labelVI, state.labelEN)
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

    static func table(_ d: DashboardSnapshot, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        let n = lang.numberStyle
        var t = PanelTable(columns: [
            TableColumn(title: "P", width: .fixed(2)),
            TableColumn(title: lang.pick("Trạng thái", "State"), width: .fixed(18)),
            TableColumn(title: lang.pick("Cảnh báo", "Alarm"), width: .fill(3)),
            TableColumn(title: lang.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: lang.pick("Tuổi", "Age"), width: .fixed(6), alignment: .right),
        ])
        t.dropOrder = [3, 4]
        let list = visibleAlarms(d, model: model)
        let chattering = chatteringIDs(d)
        func age(_ since: Date?) -> String { since.map { DataAge.format(model.now.timeIntervalSince($0)) } ?? "–" }
        for g in AlarmGroup.grouping(list, byAgencyOnly: model.alarmFlood) {
            if g.isSingleton, let a = g.members.first {
                t.append([a.priority.digit, stateText(a, lang, chattering: chattering.contains(a.id)), AgencyShortName.of(a.message(lang)),
                          AgencyShortName.of(agencyName(a.agencyCode, d, lang)), age(a.activeSince ?? a.lastChangeAt)],
                         severity: severity(a), target: .alarm(a))
                continue
            }
            let expanded = model.expandedAlarmGroups.contains(g.id)
            let agency = g.agencyCode == nil ? lang.pick("(chưa phân công)", "(unassigned)") : agencyName(g.agencyCode, d, lang)
            let worst = g.members.first { $0.state == g.worstState } ?? g.members[0]
            t.append([g.priority.digit, groupStateText(g, lang, chattering: g.members.contains { chattering.contains($0.id) }),
                      (expanded ? "▾ " : "▸ ") + g.title(agencyName: AgencyShortName.of(agency), lang), AgencyShortName.of(agencyName(g.agencyCode, d, lang)), age(g.oldestSince)],
                     severity: severity(worst), target: .alarmGroup(g))
            guard expanded else { continue }
            for (i, a) in g.members.enumerated() {
                let branch = i == g.members.count - 1 ? "  └ " : "  ├ "
                t.append([a.priority.digit, "  " + stateText(a, lang, chattering: chattering.contains(a.id)), branch + AgencyShortName.of(a.message(lang)),
                          AgencyShortName.of(agencyName(a.agencyCode, d, lang)), age(a.activeSince ?? a.lastChangeAt)],
                         severity: severity(a), target: .alarm(a))
            }
        }
        let unack = d.alarms.filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }.count
        let acked = d.alarms.filter { $0.state == .acknowledged }.count
        let hidden = d.alarms.filter { $0.state.isOverlay }.count
        let escalated = d.alarms.filter { $0.escalatedAt != nil && !$0.state.isOverlay }.count
        // Most important first: a narrow panel drops the summary's last segments.
        var summary = lang.pick("Chưa xác nhận \(n.format(unack))", "Unacknowledged \(n.format(unack))")
        if escalated > 0 {
            summary += lang.pick(" · ⇧ Đã chuyển cấp trên \(n.format(escalated))", " · ⇧ Escalated \(n.format(escalated))")
        }
        summary += lang.pick(" · Đã xác nhận \(n.format(acked)) · Tạm gác/triệt/ngừng \(n.format(hidden))",
                             " · Acknowledged \(n.format(acked)) · Shelved/suppressed/OOS \(n.format(hidden))")
        if let load = d.alarmLoad {
            summary += lang.pick(" · Tải \(load.raisedLast10Minutes)/10 phút (mục tiêu ≤\(AlarmLoad.acceptablePer10Minutes))",
                                 " · Load \(load.raisedLast10Minutes)/10 min (target ≤\(AlarmLoad.acceptablePer10Minutes))")
        }
        if let filter = model.alarmFilter, !filter.isEmpty {
            summary = lang.pick("Lọc “\(filter)”: \(list.count) · ", "Filter “\(filter)”: \(list.count) · ") + summary
        }
        if model.alarmFlood {
            summary = lang.pick("⚠ NGẬP CẢNH BÁO · nhóm theo cơ quan · ", "⚠ ALARM FLOOD · grouped by agency · ") + summary
        }
        t.summary = summary
        t.summarySeverity = unack > 0 || model.alarmFlood ? .critical : (acked > 0 ? .warning : .normal)
        return t
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
                + lang.pick("Quy tắc: ", "Rule: ") + a.ruleID + " · " + a.subject + " (" + a.kind + ")",
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
        if let source = a.sourceID { place.append(lang.pick("Nguồn: ", "Source: ") + EventListContent.sourceName(source, d)) }
        if !place.isEmpty { lines.append(place.joined(separator: " · ")) }
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
            t.append([VietnamTime.dateTime(e.at), who, TimelineActionText.label(e.action, lang), change, e.note ?? ""])
        }
        t.summary = lang.pick("Dòng thời gian (mới nhất trên cùng, không sửa, không xoá): \(entries.count) mục",
                              "Timeline (newest first, append-only): \(entries.count) entries")
        return t
    }
}
