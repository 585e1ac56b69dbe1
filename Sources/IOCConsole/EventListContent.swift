import Foundation
import IOCDomain
import IOCPresentation
import TUIWidgets

/// The table of an event-list screen and the lines of an event's detail screen.
enum EventListContent {
    /// The list's section in its title ("Hồ sơ › Sở Xây dựng").
    static func section(_ kind: EventKind, _ lang: Language) -> String {
        switch kind {
        case .dossier: return lang.pick("Hồ sơ", "Dossiers")
        case .feedback: return lang.pick("Phản ánh", "Feedback")
        case .directive: return lang.pick("Chỉ đạo", "Directives")
        case .incident: return lang.pick("Sự cố", "Incidents")
        case .alert: return lang.pick("Tin cảnh báo", "Alerts")
        }
    }

    static func table(_ screen: EventListScreen, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: lang.pick("Mã", "ID"), width: .fixed(12), isIdentifier: true),
            TableColumn(title: lang.pick("Nội dung", "Subject"), width: .fill(3)),
            TableColumn(title: lang.pick("Trạng thái", "Status"), width: .fixed(16)),
            TableColumn(title: lang.pick("Phường/xã", "Ward"), width: .fill(1)),
            TableColumn(title: lang.pick("Hạn", "Due"), width: .fixed(12)),
            TableColumn(title: lang.pick("Thời hạn", "Deadline"), width: .fixed(16)),
        ])
        t.dropOrder = [3, 2, 4]
        // Dossiers: the estimated probability of lateness of each open one not yet late (issue 18).
        let risky = screen.kind == .dossier && !screen.risks.isEmpty
        if risky {
            t.columns.append(TableColumn(title: lang.pick("Nguy cơ trễ", "Late risk"), width: .fixed(11), alignment: .right))
            t.dropOrder = [3, 2, 6, 4]
        }
        for e in screen.events {
            let d = DeadlineStatus.classify(e.event, now: model.now)
            let due = e.event.dueAt.map(VietnamTime.shortDateTime) ?? "–"
            var cells = [TableCell(e.event.externalID), TableCell(e.event.title(lang)), TableCell(StatusWords.event(e.event.status, lang)),
                         TableCell(e.wardName ?? "–"), .time(due, e.event.dueAt), TableCell(StatusWords.deadline(d, lang))]
            var severity = StatusWords.severity(d)
            if risky {
                // Only while it is open (the risks are a minute old at most: one closed since has none).
                let risk = e.event.status.isOpen ? screen.risks[EventListScreen.riskKey(e)] : nil
                cells.append(risk.map { .number(LatenessText.percent($0, lang), $0.probability * 100) } ?? TableCell(""))
                if let risk, severity == .normal, risk.probability >= LatenessModel.atRiskProbability { severity = .warning }
            }
            t.append(cells, severity: severity, target: .event(e))
        }
        let n = lang.numberStyle
        // What the list counts, in the summary's Vietnamese ("309 phản ánh · …"; English says "items").
        let noun = section(screen.kind, .vi).lowercased()
        if let c = screen.counts {
            let shown = screen.events.count < c.total
                ? lang.pick("\(n.format(screen.events.count)) khẩn nhất / \(n.format(c.total))", "\(n.format(screen.events.count)) most urgent of \(n.format(c.total))")
                : n.format(c.total)
            t.summary = lang.pick("\(shown) \(noun) · đang mở \(n.format(c.open)) · quá hạn \(n.format(c.overdue)) · sắp trễ hạn \(n.format(c.dueSoon))",
                                  "\(shown) items · open \(n.format(c.open)) · overdue \(n.format(c.overdue)) · due in 24h \(n.format(c.dueSoon))")
            t.summarySeverity = c.overdue > 0 ? .warning : .normal
        } else {
            let overdue = screen.events.filter { DeadlineStatus.classify($0.event, now: model.now) == .overdue }.count
            t.summary = lang.pick("\(n.format(screen.events.count)) \(noun) · quá hạn \(n.format(overdue))",
                                  "\(n.format(screen.events.count)) items · overdue \(n.format(overdue))")
            t.summarySeverity = overdue > 0 ? .warning : .normal
        }
        return t
    }

    /// A source as people call it, "Mô phỏng Hải Phòng (simulator)"; the id alone when the dashboard does not know it.
    static func sourceName(_ id: String, _ d: DashboardSnapshot?, _ language: Language = .vi) -> String {
        guard let name = d?.sources.first(where: { $0.sourceID == id })?.name(language), name != id else { return id }
        return "\(name) (\(id))"
    }

    static func detailLines(_ e: EventSummary, model: ConsoleModel) -> [String] {
        let lang = model.language
        let ev = e.event
        let d = DeadlineStatus.classify(ev, now: model.now)
        var lines = [
            lang.pick("Mã: ", "ID: ") + ev.externalID,
            lang.pick("Nội dung: ", "Subject: ") + ev.title(lang),
            lang.pick("Trạng thái: ", "Status: ") + StatusWords.event(ev.status, lang),
            lang.pick("Cơ quan xử lý: ", "Agency: ") + (e.agencyName(lang) ?? ev.agencyCode ?? "–"),
            lang.pick("Phường/xã: ", "Ward: ") + (e.wardName ?? "–"),
            lang.pick("Tiếp nhận: ", "Opened: ") + VietnamTime.dateTime(ev.openedAt),
        ]
        if let due = ev.dueAt { lines.append(lang.pick("Hạn xử lý: ", "Due: ") + VietnamTime.dateTime(due) + "  " + StatusWords.deadline(d, lang)) }
        // The list it was opened from knows its estimated lateness (open dossiers not yet late).
        let key = EventListScreen.riskKey(e)
        if let risk = model.screens.lazy.compactMap({ screen -> LatenessEstimate? in
            if case .eventList(let list) = screen { return list.risks[key] }
            return nil
        }).first {
            lines.append(lang.pick("Nguy cơ trễ hạn: ", "Risk of lateness: ") + LatenessText.full(risk, lang))
        }
        if let closed = ev.closedAt { lines.append(lang.pick("Hoàn thành: ", "Closed: ") + VietnamTime.dateTime(closed)) }
        if let p = ev.progress { lines.append(lang.pick("Tiến độ: ", "Progress: ") + lang.numberStyle.format(p, decimals: 0) + "%") }
        lines.append(lang.pick("Cập nhật: ", "Updated: ") + VietnamTime.dateTime(ev.updatedAt))
        lines.append(lang.pick("Nguồn: ", "Source: ") + sourceName(e.sourceID, model.dashboard, lang))
        let detail = ev.detail(lang)
        if !detail.isEmpty { lines.append(""); lines.append(detail) }
        return lines
    }

    static func sourceLines(_ s: SourceHealth, model: ConsoleModel) -> [String] {
        let lang = model.language
        func t(_ d: Date?) -> String { d.map { VietnamTime.dateTime($0) + " (" + DataAge.format(model.now.timeIntervalSince($0)) + ")" } ?? "–" }
        let today = s.today(at: model.now)
        let n = lang.numberStyle
        let state = StatusWords.source(s.status(at: model.now), lang)
            + (s.isPaused ? lang.pick(" · ⏸ Tạm dừng (p: chạy lại)", " · ⏸ Paused (p: resume)") : "")
        return [
            lang.pick("Nguồn: ", "Source: ") + s.name(lang) + " [" + s.sourceID + ", " + s.kind + "]",
            lang.pick("Trạng thái: ", "Status: ") + state,
            lang.pick("Chu kỳ: ", "Interval: ")
                + lang.numberStyle.format(s.intervalSeconds, decimals: s.intervalSeconds == s.intervalSeconds.rounded() ? 0 : 1) + " s",
            lang.pick("Địa chỉ: ", "Address: ") + (s.endpoint ?? "–"),
            lang.pick("Kết nối: ", "Connection: ") + (s.transportSecurity?.label(lang) ?? "–"),
            lang.pick("Lần thử gần nhất: ", "Last attempt: ") + t(s.lastAttemptAt),
            lang.pick("Lần thành công gần nhất: ", "Last success: ") + t(s.lastSuccessAt),
            lang.pick("Thời gian thu thập: ", "Latency: ") + (s.lastDurationMs.map { $0 < 1 ? "<1 ms" : "\(Int($0.rounded())) ms" } ?? "–"),
            lang.pick("Hôm nay: ", "Today: ") + lang.pick("\(n.format(today.polls)) lần thu thập, \(n.format(today.failures)) lỗi",
                                                        "\(n.format(today.polls)) polls, \(n.format(today.failures)) failed")
                + (s.errorRate(at: model.now).map { " (\(Int(($0 * 100).rounded()))%)" } ?? "")
                + lang.pick(" · \(n.format(today.records)) bản ghi", " · \(n.format(today.records)) records"),
            lang.pick("Lỗi liên tiếp: ", "Consecutive failures: ") + String(s.consecutiveFailures),
            lang.pick("Lỗi gần nhất: ", "Last error: ") + (s.lastError ?? "–"),
        ]
    }
}
