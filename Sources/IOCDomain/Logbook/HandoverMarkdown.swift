import Foundation

/// Renders a handover record as Markdown, in Vietnamese (or English), for printing or mailing; the console shows the
/// same lines section by section, so the screen and the paper never disagree. Times are UTC+7.
public enum HandoverMarkdown {
    /// The whole record: a title, who and when, then every section with its heading.
    public static func render(_ r: HandoverRecord, _ language: Language = .vi) -> String {
        let english = language == .en
        var out = [english ? "# Shift handover #\(r.id) — shift \(r.shiftID)" : "# Biên bản giao ca #\(r.id) — ca \(r.shiftID)", ""]
        for section in HandoverSection.allCases {
            out.append("## \(english ? section.titleEN : section.titleVI)")
            out.append("")
            out += lines(section, of: r, language)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The lines of one section (Markdown list items or key lines); "- (không có)" when it is empty.
    public static func lines(_ section: HandoverSection, of r: HandoverRecord, _ language: Language = .vi) -> [String] {
        let english = language == .en
        let s = r.sections
        func t(_ vi: String, _ en: String) -> String { english ? en : vi }
        func person(_ a: Actor) -> String { HandoverMarkdown.person(a, language) }
        func when(_ d: Date) -> String { VietnamTime.dateTime(d) }
        let number: NumberStyle = english ? .english : .vietnamese
        var out: [String]
        switch section {
        case .summary:
            out = [t("- Tình hình chung: **\(r.overallStatus.labelVI)**", "- Overall status: **\(r.overallStatus.labelEN)**"),
                   t("- Người giao: \(person(r.outgoing)) · bắt đầu giao ca \(when(r.startedAt))",
                     "- Outgoing: \(person(r.outgoing)) · handover started \(when(r.startedAt))"),
                   t("- Trạng thái: \(r.state.labelVI)", "- State: \(r.state.labelEN)")]
            if let incoming = r.incoming {
                out.append(t("- Người nhận: ", "- Incoming: ") + person(incoming)
                           + (r.acceptedAt.map { t(" · tiếp nhận ", " · accepted ") + when($0) } ?? ""))
            }
            if let reservations = r.reservations, !reservations.isEmpty { out.append(t("- Bảo lưu: ", "- Reservations: ") + escaped(reservations)) }
            // Every section counted, so the summary alone says what the record holds.
            out.append(t("- Tóm tắt: \(s.openAlarms.count) cảnh báo mở · \(s.runs.count) kịch bản đang chạy · \(s.shelvedAlarms.count) tạm gác/ngừng phục vụ · "
                         + "\(s.staleAlarms.count) tồn đọng >24 giờ · \(s.sourcesNotOK.count) nguồn lỗi · "
                         + "\(s.kpiBreaches.count) chỉ số vượt ngưỡng · \(s.overdueByAgency.count) cơ quan có việc quá hạn · "
                         + "\(s.openDirectives.count) chỉ đạo mở · \(s.logEntries.count) mục nhật ký",
                         "- In short: \(s.openAlarms.count) open alarms · \(s.runs.count) open scenario runs · \(s.shelvedAlarms.count) shelved/out of service · "
                         + "\(s.staleAlarms.count) stale >24 h · \(s.sourcesNotOK.count) sources failing · "
                         + "\(s.kpiBreaches.count) KPI breaches · \(s.overdueByAgency.count) agencies with overdue work · "
                         + "\(s.openDirectives.count) open directives · \(s.logEntries.count) log entries"))
            if let hidden = s.hiddenItems, hidden > 0 {
                let names = Pillar.allCases.filter { s.hiddenDomains?.contains($0) == true }.map { $0.label(language) }.joined(separator: ", ")
                out.append(t("- ⊘ \(hidden) mục thuộc lĩnh vực hạn chế (\(names)) không hiển thị với tài khoản này",
                             "- ⊘ \(hidden) item\(hidden == 1 ? "" : "s") of restricted domains (\(names)) not shown to this account"))
            }
            out.append("")
            out.append(t("Diễn biến ca:", "Narrative:"))
            out.append("")
            out += r.narrative.isEmpty ? [t("(không ghi)", "(none written)")]
                : r.narrative.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + escaped(String($0)) }
            return out
        case .openAlarms:
            out = s.openAlarms.map { a in
                "- [\(a.priority.digit) \(t(a.priority.labelVI, a.priority.labelEN))] \(a.state.glyph) \(t(a.state.labelVI, a.state.labelEN))"
                    + " — \(escaped(a.message(language))) (`\(a.displayID)`)"
                    + (a.activeSince.map { t(" · từ ", " · since ") + when($0) } ?? "")
                    + (a.agencyCode.map { " · \($0)" } ?? "")
                    + (a.acknowledgedBy.map { t(" · xác nhận: ", " · acknowledged by ") + escaped($0) } ?? "")
            }
        case .runs:
            out = s.runs.map { run in
                let reached = run.reachedSteps, open = reached.filter { !$0.state.isFinished }
                var line = "- **\(run.id)** " + (run.exercise ? t("[DIỄN TẬP] ", "[EXERCISE] ") : "") + escaped(run.title.text(language))
                    + " · \(run.state.label(language)) · " + t("bắt đầu ", "started ") + when(run.startedAt)
                    + " · " + t("\(reached.count - open.count)/\(reached.count) bước xong", "\(reached.count - open.count)/\(reached.count) steps done")
                if !run.overdueSteps.isEmpty { line += t(" · ‼ \(run.overdueSteps.count) bước quá hạn", " · ‼ \(run.overdueSteps.count) overdue") }
                let next = open.filter { $0.due != nil }.sorted { $0.due! < $1.due! }.prefix(3).map { s in
                    escaped(s.step.title.text(language)) + " (\(escaped(s.step.ownerText(language)))" + (s.due.map { t(", hạn ", ", due ") + when($0) } ?? "") + ")"
                }
                if !next.isEmpty { line += t(" · việc tiếp: ", " · next: ") + next.joined(separator: "; ") }
                return line
            }
        case .shelved:
            out = s.shelvedAlarms.map { item in
                let a = item.alarm
                var line = "- \(a.state.glyph) \(t(a.state.labelVI, a.state.labelEN)) — \(escaped(a.message(language))) (`\(a.displayID)`) · "
                    + t("lý do: ", "reason: ") + (item.reasonText(language).map(escaped) ?? t("(không ghi)", "(none given)"))
                if let until = item.until { line += t(" · đến ", " · until ") + when(until) }
                else if a.state == .shelved { line += t(" · đến khi hết cảnh báo", " · until the alarm clears") }
                else if a.state == .outOfService { line += t(" · đến khi trưởng ca đưa trở lại", " · until a supervisor returns it") }
                return line
            }
        case .stale:
            out = s.staleAlarms.map { a in
                "- [\(a.priority.digit)] \(escaped(a.message(language))) (`\(a.displayID)`)" + (a.activeSince.map { t(" · hoạt động từ ", " · active since ") + when($0) } ?? "")
            }
        case .sources:
            out = s.sourcesNotOK.map { h in
                "- \(h.status == .down ? t("✖ Mất kết nối", "✖ Down") : h.status == .late ? t("? Trễ (không còn được thu thập)", "? Late (no longer polled)") : t("! Chập chờn", "! Degraded")) — \(escaped(h.name(language))) (`\(h.sourceID)`) · "
                    + t("lần tốt cuối: ", "last good poll: ") + (h.lastSuccessAt.map(when) ?? t("chưa có", "never"))
                    + (h.lastError.map { t(" · lỗi: ", " · error: ") + escaped($0) } ?? "")
            }
        case .kpiBreaches:
            out = s.kpiBreaches.map { b in
                "- \(escaped(b.name(language))): \(number.auto(b.value)) \(escaped(b.unit)) " + (b.above ? t("trên ngưỡng ", "above ") : t("dưới ngưỡng ", "below "))
                    + number.auto(b.limit) + (b.at.map { t(" · lúc ", " · at ") + when($0) } ?? "")
            }
        case .overdue:
            out = s.overdueByAgency.map { o in
                "- \(o.agencyName.isEmpty ? t("(chưa rõ cơ quan)", "(no agency)") : escaped(o.agencyName(language))) (\(o.agencyCode)): "
                    + t("hồ sơ trễ hạn \(o.lateDossiers), sắp trễ \(o.dueSoonDossiers) · phản ánh quá hạn \(o.overdueFeedback), sắp quá hạn \(o.dueSoonFeedback)",
                        "late dossiers \(o.lateDossiers), due soon \(o.dueSoonDossiers) · overdue feedback \(o.overdueFeedback), due soon \(o.dueSoonFeedback)")
            }
        case .directives:
            out = s.openDirectives.map { d in
                "- \(d.overdue ? t("‼ Quá hạn — ", "‼ Overdue — ") : "")\(escaped(d.title(language))) (\(d.externalID))" + (d.agencyName(language).map { " · " + escaped($0) } ?? "")
                    + (d.dueAt.map { t(" · hạn ", " · due ") + when($0) } ?? "")
                    + (d.progress.map { " · \(Int($0.rounded()))%" } ?? "")
            }
        case .logEntries:
            let correctedBy = Dictionary(grouping: s.logEntries.filter { $0.corrects != nil }, by: { $0.corrects! })
            out = s.logEntries.map { entryLine($0, correctedBy: correctedBy[$0.id]?.map(\.id) ?? [], language) }
        }
        return out.isEmpty ? [t("- (không có)", "- (none)")] : out
    }

    /// One log entry as a Markdown list item: number, event time (and writing time when late), category, author,
    /// text, links, and both directions of a correction.
    public static func entryLine(_ e: LogEntry, correctedBy: [Int64] = [], _ language: Language = .vi) -> String {
        let english = language == .en
        func t(_ vi: String, _ en: String) -> String { english ? en : vi }
        var line = "- **#\(e.id)** \(VietnamTime.dateTime(e.eventAt))"
        if e.isLate { line += t(" (ghi lúc ", " (written ") + VietnamTime.dateTime(e.writtenAt) + ")" }
        line += " · \(t(e.category.labelVI, e.category.labelEN)) · \(person(e.author, language))"
        if let c = e.corrects { line += t(" · sửa mục #", " · corrects #") + String(c) }
        line += ": " + escaped(e.text)
        var links: [String] = []
        if !e.alarmIDs.isEmpty { links.append(t("cảnh báo ", "alarm ") + e.alarmIDs.joined(separator: ", ")) }
        if !e.agencyCodes.isEmpty { links.append(t("cơ quan ", "agency ") + e.agencyCodes.joined(separator: ", ")) }
        if !e.wardCodes.isEmpty { links.append(t("phường/xã ", "ward ") + e.wardCodes.joined(separator: ", ")) }
        if !links.isEmpty { line += " [" + links.joined(separator: "; ") + "]" }
        if !correctedBy.isEmpty { line += t(" — đã được sửa bởi ", " — corrected by ") + correctedBy.map { "#\($0)" }.joined(separator: ", ") }
        return line
    }

    /// Text from people and sources made literal in Markdown: `\ ` * < [ ]` and a leading `#` get a backslash, so
    /// "Cầu *Rào*" stays as written and "<b>" is not a tag. The console reads the escapes back (`FormattedLine`).
    public static func escaped(_ text: String) -> String {
        var out = ""
        for (i, c) in text.enumerated() {
            if "\\`*<[]".contains(c) || (i == 0 && c == "#") { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func person(_ a: Actor, _ language: Language = .vi) -> String {
        "\(escaped(a.name)) (\(a.role.label(language)))"
    }
}
