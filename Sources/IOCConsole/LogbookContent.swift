import Foundation
import IOCDomain
import TUIWidgets

/// The logbook screen's table, the handover screen's lines, and the on-duty text of the status bar.
enum LogbookContent {
    /// Entries newest first: number, event time (with `*` and the writing time when late), shift, category, author,
    /// text. A correction starts with `↳#N`; a corrected entry stays and says which entry corrects it.
    static func table(_ screen: LogbookScreen, model: ConsoleModel) -> PanelTable {
        let lang = model.language
        var t = PanelTable(columns: [
            TableColumn(title: "#", width: .fixed(5)),
            TableColumn(title: lang.pick("Lúc", "At"), width: .fixed(13)),
            TableColumn(title: lang.pick("Ca", "Shift"), width: .fixed(6)),
            TableColumn(title: lang.pick("Loại", "Category"), width: .fixed(16)),
            TableColumn(title: lang.pick("Người ghi", "Author"), width: .fixed(18)),
            TableColumn(title: lang.pick("Nội dung", "Text"), width: .fill(1)),
        ])
        // Narrow terminals: the text matters more than the shift and the author (the detail screen has them).
        t.dropOrder = [2, 4, 3]
        let narrow = model.width < 110
        var correctedBy: [Int64: [Int64]] = [:]
        for e in screen.entries { if let c = e.corrects { correctedBy[c, default: []].append(e.id) } }
        for e in screen.entries.reversed() {
            var text = e.text
            if let c = e.corrects { text = "↳#\(c) " + text }
            if let by = correctedBy[e.id] {
                text += lang.pick(" (đã sửa → ", " (corrected → ") + by.map { "#\($0)" }.joined(separator: ", ") + ")"
            }
            if !e.alarmIDs.isEmpty { text += " ⚑" }
            var at = VietnamTime.shortDateTime(e.eventAt)
            if e.isLate { at += "*" }
            t.append([.number("\(e.id)", Double(e.id)), .time(at, e.eventAt), TableCell(String(e.shiftID.suffix(5))),
                      TableCell(lang.pick(e.category.labelVI, e.category.labelEN)), TableCell(e.author.name), TableCell(text)],
                     target: .logEntry(e))
        }
        if narrow {
            let keep = [0, 1, 3, 5]
            t.columns = keep.map { t.columns[$0] }
            t.rows = t.rows.map { $0.keeping(keep) }
            t.dropOrder = []
        }
        var filters: [String] = []
        if let s = screen.query.shiftID { filters.append(lang.pick("ca ", "shift ") + s) }
        if let c = screen.query.category { filters.append(lang.pick(c.labelVI, c.labelEN)) }
        if let q = screen.query.search { filters.append(lang.pick("tìm “", "search “") + q + "”") }
        let n = lang.numberStyle.format(screen.entries.count)
        t.summary = lang.pick("\(n) mục", screen.entries.count == 1 ? "1 entry" : "\(n) entries")
            + (filters.isEmpty ? lang.pick(" · tất cả", " · all") : " · " + filters.joined(separator: " · "))
            + lang.pick(" · * ghi muộn · ⚑ có cảnh báo", " · * late entry · ⚑ linked alarm")
        return t
    }

    /// What an empty logbook says instead of an empty table: how to write the first entry, or, when a filter is on,
    /// that nothing matches it and how to widen it.
    static func emptyLines(_ screen: LogbookScreen, model: ConsoleModel) -> [String] {
        let lang = model.language
        let q = screen.query
        guard q.shiftID != nil || q.category != nil || q.search != nil else {
            return [lang.pick("Chưa có mục nào — n: ghi mới", "No entries yet — n: write one"), "",
                    lang.pick("Ghi muộn: bắt đầu bằng giờ sự việc, “@08:15 Tai nạn ở …”. L trên màn hình chính ghi kèm liên kết tới mục đang chọn.",
                              "A late entry starts with the event time, “@08:15 Crash at …”. L on the main screen links the entry to the selection.")]
        }
        var widen: [String] = []
        if q.search != nil { widen.append(lang.pick("Esc: bỏ tìm", "Esc: clear the search")) }
        if q.category != nil { widen.append(lang.pick("f: loại khác hoặc tất cả", "f: another category or all")) }
        if q.shiftID != nil { widen.append(lang.pick("t: ca khác hoặc tất cả", "t: another shift or all")) }
        return [lang.pick("Không có mục nào khớp bộ lọc — ", "No entry matches the filter — ") + widen.joined(separator: " · ")
                + lang.pick(" · n: ghi mới", " · n: write one")]
    }

    /// Every field of one entry, wrapped by the view.
    static func detailLines(_ e: LogEntry, correctedBy: [Int64], model: ConsoleModel) -> [String] {
        let lang = model.language
        var out = [
            lang.pick("Sự việc lúc: ", "Happened at: ") + VietnamTime.dateTime(e.eventAt) + " UTC+7",
            lang.pick("Ghi lúc: ", "Written at: ") + VietnamTime.dateTime(e.writtenAt) + " UTC+7" + (e.isLate ? lang.pick(" (ghi muộn)", " (late entry)") : ""),
            lang.pick("Ca: ", "Shift: ") + e.shiftID,
            lang.pick("Người ghi: ", "Author: ") + e.author.name + " (" + e.author.role.label(lang) + ")",
            lang.pick("Loại: ", "Category: ") + lang.pick(e.category.labelVI, e.category.labelEN),
        ]
        if let c = e.corrects { out.append(lang.pick("Sửa mục: #", "Corrects: #") + String(c)) }
        if !correctedBy.isEmpty { out.append(lang.pick("Đã được sửa bởi: ", "Corrected by: ") + correctedBy.map { "#\($0)" }.joined(separator: ", ")) }
        if !e.alarmIDs.isEmpty { out.append(lang.pick("Cảnh báo: ", "Alarms: ") + e.alarmIDs.joined(separator: ", ")) }
        if !e.agencyCodes.isEmpty {
            // By name where the dashboard knows it ("Sở Nông nghiệp và Môi trường (SNNMT)"): the code alone is a riddle.
            let named = e.agencyCodes.map { code -> String in
                let name = model.dashboard.map { AlarmListContent.agencyName(code, $0, lang) } ?? code
                return name == code ? code : "\(name) (\(code))"
            }
            out.append(lang.pick("Cơ quan: ", "Agencies: ") + named.joined(separator: ", "))
        }
        if !e.wardCodes.isEmpty { out.append(lang.pick("Phường/xã: ", "Wards: ") + e.wardCodes.joined(separator: ", ")) }
        out += ["", e.text, "", "SHA-256: " + e.hash, lang.pick("Mục trước: ", "Previous: ") + e.previousHash,
                "", lang.pick("c: ghi mục sửa · L: ghi mục mới liên kết như mục này · Esc: quay lại",
                              "c: write a correction · L: a new entry with the same links · Esc: back")]
        return out
    }

    /// The handover screen: a header line (section n of 9, what is still unseen), then the section's lines.
    static func handoverLines(_ s: HandoverScreen, model: ConsoleModel) -> [String] {
        let lang = model.language
        guard let r = s.record else {
            return [lang.pick("Chưa có biên bản giao ca.", "No handover has been started."), ""] + handoverPreview(s, model: model)
        }
        let all = HandoverSection.allCases
        let position = (all.firstIndex(of: s.section) ?? 0) + 1
        var header = lang.pick("Mục \(position)/\(all.count): \(s.section.titleVI)", "Section \(position)/\(all.count): \(s.section.titleEN)")
        header += "  ·  ← →"
        if r.state == .started {
            header += s.unseen.isEmpty
                ? lang.pick("  ·  đã xem hết: a tiếp nhận, R có bảo lưu", "  ·  all seen: a accept, R with reservations")
                : lang.pick("  ·  còn \(s.unseen.count) mục chưa xem", "  ·  \(s.unseen.count) sections unseen")
        } else {
            // The last handover, accepted: the next outgoing operator starts from here.
            header += lang.pick("  ·  b: bắt đầu giao ca mới", "  ·  b: start the next handover")
        }
        var body = HandoverMarkdown.lines(s.section, of: r, lang)
        if r.state.isAccepted, s.section == .summary {
            // Under the last (accepted) record, what the next one would hold: the outgoing operator's preview.
            body += [""] + handoverPreview(s, model: model)
        }
        return [header, ""] + body
    }

    /// What a handover started now would hold, counted per section from the dashboard on screen and the log entries
    /// written since the last handover started (all of them before the first), so the outgoing operator sees what
    /// will be handed over before pressing b.
    static func handoverPreview(_ s: HandoverScreen, model: ConsoleModel) -> [String] {
        let lang = model.language
        let n = lang.numberStyle
        var out = [lang.pick("Nếu bắt đầu giao ca bây giờ (b), biên bản sẽ gồm:", "A handover started now (b) would hold:"), ""]
        if let d = model.dashboard {
            var entries = s.previewEntries ?? []
            if let r = s.record {
                // As the store assembles it: after the last entry that record holds (or written after it started).
                let last = r.sections.logEntries.map(\.id).max()
                entries = entries.filter { e in last.map { e.id > $0 } ?? (e.writtenAt >= r.startedAt) }
            }
            let sections = HandoverAssembly.sections(from: d, entries: entries, now: model.now)
            let since = s.record.map { r in lang.pick(" (từ biên bản #\(r.id))", " (since handover #\(r.id))") }
                ?? lang.pick(" (mọi mục: chưa từng giao ca)", " (every entry: no handover yet)")
            for section in HandoverSection.allCases where section != .summary {
                let count = section == .logEntries && s.previewEntries == nil ? "…" : n.format(sections.count(of: section))
                out.append("- " + lang.pick(section.titleVI, section.titleEN) + ": **" + count + "**"
                           + (section == .logEntries ? since : ""))
            }
        } else {
            out.append(lang.pick("- (đang chờ dữ liệu)", "- (waiting for data)"))
        }
        out += ["", lang.pick("Sau đó ghi tình hình chung và diễn biến ca; người nhận ca xem từng mục rồi tiếp nhận (a).",
                              "Then write the overall status and a narrative; the incoming operator reviews each section and accepts (a).")]
        return out
    }

    /// The handover screen's body below its header, formatted and wrapped to `width` columns: what the Markdown
    /// export says, drawn as bullets, quote bars and bold text instead of Markdown source.
    static func handoverRows(_ s: HandoverScreen, model: ConsoleModel, width: Int) -> [[FormattedRun]] {
        handoverLines(s, model: model).dropFirst(2).flatMap { line -> [[FormattedRun]] in
            line.isEmpty ? [[]] : FormattedLine(markdown: line).rows(width: width)
        }
    }
}
