import Foundation

/// Renders a handover record as Markdown, in Vietnamese, for printing or mailing; the console shows the same lines
/// section by section, so the screen and the paper never disagree. Times are UTC+7.
public enum HandoverMarkdown {
    /// The whole record: a title, who and when, then every section with its heading.
    public static func render(_ r: HandoverRecord) -> String {
        var out = ["# Biên bản giao ca — ca \(r.shiftID)", ""]
        for section in HandoverSection.allCases {
            out.append("## \(section.titleVI)")
            out.append("")
            out += lines(section, of: r)
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The lines of one section (Markdown list items or key lines); "- (không có)" when it is empty.
    public static func lines(_ section: HandoverSection, of r: HandoverRecord) -> [String] {
        let s = r.sections
        var out: [String]
        switch section {
        case .summary:
            out = ["- Tình hình chung: **\(r.overallStatus.labelVI)**",
                   "- Người giao: \(person(r.outgoing)) · bắt đầu giao ca \(VietnamTime.dateTime(r.startedAt))",
                   "- Trạng thái: \(r.state.labelVI)"]
            if let incoming = r.incoming {
                out.append("- Người nhận: \(person(incoming))" + (r.acceptedAt.map { " · tiếp nhận \(VietnamTime.dateTime($0))" } ?? ""))
            }
            if let reservations = r.reservations, !reservations.isEmpty { out.append("- Bảo lưu: \(reservations)") }
            out.append("- Tóm tắt: \(s.openAlarms.count) cảnh báo mở · \(s.shelvedAlarms.count) tạm gác/ngừng phục vụ · "
                       + "\(s.sourcesNotOK.count) nguồn lỗi · \(s.openDirectives.count) chỉ đạo mở · \(s.logEntries.count) mục nhật ký")
            out.append("")
            out.append("Diễn biến ca:")
            out.append("")
            out += r.narrative.isEmpty ? ["(không ghi)"] : r.narrative.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
            return out
        case .openAlarms:
            out = s.openAlarms.map { a in
                "- [\(a.priority.digit) \(a.priority.labelVI)] \(a.state.glyph) \(a.state.labelVI) — \(a.message) (`\(a.id)`)"
                    + (a.activeSince.map { " · từ \(VietnamTime.dateTime($0))" } ?? "")
                    + (a.agencyCode.map { " · \($0)" } ?? "")
                    + (a.acknowledgedBy.map { " · xác nhận: \($0)" } ?? "")
            }
        case .shelved:
            out = s.shelvedAlarms.map { item in
                let a = item.alarm
                var line = "- \(a.state.glyph) \(a.state.labelVI) — \(a.message) (`\(a.id)`) · lý do: \(item.reason ?? "(không ghi)")"
                if let until = item.until { line += " · đến \(VietnamTime.dateTime(until))" }
                else if a.state == .shelved { line += " · đến khi hết cảnh báo" }
                else if a.state == .outOfService { line += " · đến khi trưởng ca đưa trở lại" }
                return line
            }
        case .stale:
            out = s.staleAlarms.map { a in
                "- [\(a.priority.digit)] \(a.message) (`\(a.id)`)" + (a.activeSince.map { " · hoạt động từ \(VietnamTime.dateTime($0))" } ?? "")
            }
        case .sources:
            out = s.sourcesNotOK.map { h in
                "- \(h.status == .down ? "✖ Mất kết nối" : "! Chập chờn") — \(h.name) (`\(h.sourceID)`) · lần tốt cuối: "
                    + (h.lastSuccessAt.map(VietnamTime.dateTime) ?? "chưa có")
                    + (h.lastError.map { " · lỗi: \($0)" } ?? "")
            }
        case .kpiBreaches:
            out = s.kpiBreaches.map { b in
                "- \(b.name): \(NumberStyle.vietnamese.auto(b.value)) \(b.unit) \(b.above ? "trên" : "dưới") ngưỡng "
                    + NumberStyle.vietnamese.auto(b.limit) + (b.at.map { " · lúc \(VietnamTime.dateTime($0))" } ?? "")
            }
        case .overdue:
            out = s.overdueByAgency.map { o in
                "- \(o.agencyName.isEmpty ? "(chưa rõ cơ quan)" : o.agencyName) (\(o.agencyCode)): hồ sơ trễ hạn \(o.lateDossiers), "
                    + "sắp trễ \(o.dueSoonDossiers) · phản ánh quá hạn \(o.overdueFeedback), sắp quá hạn \(o.dueSoonFeedback)"
            }
        case .directives:
            out = s.openDirectives.map { d in
                "- \(d.overdue ? "‼ Quá hạn — " : "")\(d.title) (\(d.externalID))" + (d.agencyName.map { " · \($0)" } ?? "")
                    + (d.dueAt.map { " · hạn \(VietnamTime.dateTime($0))" } ?? "")
                    + (d.progress.map { " · \(Int($0.rounded()))%" } ?? "")
            }
        case .logEntries:
            let correctedBy = Dictionary(grouping: s.logEntries.filter { $0.corrects != nil }, by: { $0.corrects! })
            out = s.logEntries.map { entryLine($0, correctedBy: correctedBy[$0.id]?.map(\.id) ?? []) }
        }
        return out.isEmpty ? ["- (không có)"] : out
    }

    /// One log entry as a Markdown list item: number, event time (and writing time when late), category, author,
    /// text, links, and both directions of a correction.
    public static func entryLine(_ e: LogEntry, correctedBy: [Int64] = []) -> String {
        var line = "- **#\(e.id)** \(VietnamTime.dateTime(e.eventAt))"
        if e.isLate { line += " (ghi lúc \(VietnamTime.dateTime(e.writtenAt)))" }
        line += " · \(e.category.labelVI) · \(person(e.author))"
        if let c = e.corrects { line += " · sửa mục #\(c)" }
        line += ": \(e.text)"
        var links: [String] = []
        if !e.alarmIDs.isEmpty { links.append("cảnh báo " + e.alarmIDs.joined(separator: ", ")) }
        if !e.agencyCodes.isEmpty { links.append("cơ quan " + e.agencyCodes.joined(separator: ", ")) }
        if !e.wardCodes.isEmpty { links.append("phường/xã " + e.wardCodes.joined(separator: ", ")) }
        if !links.isEmpty { line += " [" + links.joined(separator: "; ") + "]" }
        if !correctedBy.isEmpty { line += " — đã được sửa bởi " + correctedBy.map { "#\($0)" }.joined(separator: ", ") }
        return line
    }

    static func person(_ a: Actor) -> String { "\(a.name) (\(roleVI(a.role)))" }

    /// The Vietnamese name of a role.
    public static func roleVI(_ role: OperatorRole) -> String {
        switch role {
        case .operator: return "trực ban"
        case .supervisor: return "trưởng ca"
        case .viewer: return "lãnh đạo/xem"
        case .admin: return "quản trị"
        }
    }
}
