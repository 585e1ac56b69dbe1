import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// Open alarms by priority (ISA-18.2: 1 emergency … 4 low), and the top risks: the most urgent alarms, longest
/// running first within a priority.
enum AlarmsSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let open = c.data.alarms.filter { $0.state.isShownInMainList }
        let tiles = AlarmPriority.allCases.map { p -> Headline in
            let mine = open.filter { $0.priority == p }
            let unacked = mine.filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }.count
            let severity: Severity = mine.isEmpty ? .normal : (p <= .high ? .critical : .warning)
            let status = mine.isEmpty ? c.pick("✓ Không có", "✓ None")
                : (unacked > 0 ? severity.glyph + c.pick(" \(unacked) chưa xác nhận", " \(unacked) unacknowledged")
                   : c.pick("✓ Đã xác nhận hết", "✓ All acknowledged"))
            return Headline(label: "\(p.digit) · " + c.pick(p.labelVI, p.labelEN), value: c.numbers.format(mine.count),
                            detail: c.pick("ưu tiên \(p.digit)", "priority \(p.digit)"), severity: severity, status: status)
        }
        // The table, and the overlay note two rows under it.
        let (tileArea, band) = c.bands(area, tileShare: 0.4, tableRows: min(open.count, c.top(6)), below: 2)
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        // Alarms of domains the wall's account may not see are said with the caption, not left out silently.
        let restricted = c.data.hidden?.alarmsText(c.language).map { " · ⊘ " + $0 } ?? ""
        c.caption(c.pick("Rủi ro hàng đầu — ưu tiên cao nhất, kéo dài nhất trước", "Top risks — most urgent, longest running first")
                  + restricted, rest, &buffer)
        let risks = open.sorted { a, b in
            if a.priority != b.priority { return a.priority < b.priority }
            let sa = a.activeSince ?? a.lastChangeAt, sb = b.activeSince ?? b.lastChangeAt
            return sa == sb ? a.id < b.id : sa < sb
        }
        let rows = risks.prefix(c.top(6)).map { a -> TableRow in
            let since = a.activeSince ?? a.lastChangeAt
            let acked = a.state == .acknowledged
            let severity: Severity = acked ? .normal : (a.priority <= .high ? .critical : .warning)
            return TableRow(cells: [a.priority.digit + " " + c.pick(a.priority.labelVI, a.priority.labelEN),
                                    a.state.glyph + " " + c.pick(a.state.labelVI, a.state.labelEN), shortened(a.message(c.language)),
                                    c.agencyName(a.agencyCode), DataAge.format(c.now.timeIntervalSince(since))],
                            severity: severity)
        }
        let columns = [
            TableColumn(title: c.pick("Ưu tiên", "Priority"), width: .fixed(14)),
            TableColumn(title: c.pick("Trạng thái", "State"), width: .fixed(c.roomy ? 26 : 17)),
            TableColumn(title: c.pick("Cảnh báo", "Alarm"), width: .fill(3)),
            TableColumn(title: c.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: c.pick("Đã kéo dài", "Running"), width: .fixed(11), alignment: .right),
        ]
        let tableArea = Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 3)
        if rows.isEmpty {
            buffer.write(c.pick("✓ Không có cảnh báo đang mở", "✓ No open alarms"), x: tableArea.x, y: tableArea.y,
                         style: c.styles.widget.text, maxWidth: tableArea.width)
        } else {
            SlideTable(columns: columns, rows: rows, styles: c.styles).render(into: &buffer, area: tableArea)
        }
        let hidden = c.data.alarms.filter { $0.state.isOverlay }
        let count = { (s: AlarmState) in hidden.filter { $0.state == s }.count }
        let note = c.pick("Tạm gác \(count(.shelved)) · Bị triệt \(count(.suppressed)) · Ngừng phục vụ \(count(.outOfService))",
                          "Shelved \(count(.shelved)) · Suppressed \(count(.suppressed)) · Out of service \(count(.outOfService))")
        buffer.write(note, x: rest.x, y: rest.maxY - 1, style: c.styles.widget.muted, maxWidth: rest.width)
    }

    /// An alarm message without who issued a directive it quotes ("Chỉ đạo quá hạn: Chủ tịch UBND … chỉ đạo kiểm
    /// tra …" → "Chỉ đạo quá hạn: Kiểm tra …"), so the row shows what differs.
    static func shortened(_ message: String) -> String {
        guard let colon = message.range(of: ": ") else { return message }
        let rest = String(message[colon.upperBound...])
        let subject = DirectivesSlide.subject(rest)
        return subject == rest ? message : String(message[..<colon.upperBound]) + subject
    }

    /// Open alarms (in the main list) with their priority mix and unacknowledged count.
    static func openAlarms(_ c: SlideContext) -> Headline {
        let open = c.data.alarms.filter { $0.state.isShownInMainList }
        let unacked = open.filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }
        let urgent = unacked.contains { $0.priority <= .high }
        let severity: Severity = unacked.isEmpty ? .normal : (urgent ? .critical : .warning)
        // One part ("1/2/3/4: 0/2/1/1"), so a narrow tile never drops a priority's count.
        let mix = AlarmPriority.allCases.map(\.digit).joined(separator: "/") + ": "
            + AlarmPriority.allCases.map { p in "\(open.filter { $0.priority == p }.count)" }.joined(separator: "/")
        let status: String
        if open.isEmpty { status = c.pick("✓ Không có cảnh báo", "✓ No alarms") }
        else if unacked.isEmpty { status = c.pick("✓ Đã xác nhận hết", "✓ All acknowledged") }
        else { status = severity.glyph + c.pick(" \(unacked.count) chưa xác nhận", " \(unacked.count) unacknowledged") }
        return Headline(label: c.pick("Cảnh báo đang mở", "Open alarms"), value: c.numbers.format(open.count),
                        detail: c.pick("theo ưu tiên ", "by priority ") + mix, severity: severity, status: status)
    }
}
