import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// Leaders' directives: how many are open, overdue and due soon, and the most urgent with owner, deadline and
/// progress.
enum DirectivesSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let n = counts(c)
        let tiles = [
            Headline(label: c.pick("Chỉ đạo đang thực hiện", "Directives open"), value: c.numbers.format(n.open),
                     detail: c.pick("tổng số \(c.numbers.format(n.total))", "of \(c.numbers.format(n.total)) in all"),
                     severity: .normal, status: c.pick("● theo dõi 100% chỉ đạo", "● every directive tracked")),
            overdue(c),
            Headline(label: c.pick("Sắp đến hạn (24 giờ)", "Due within 24 h"), value: c.numbers.format(n.dueSoon),
                     detail: c.pick("cần hoàn thành trong ngày", "to finish today"),
                     severity: n.dueSoon > 0 ? .warning : .normal,
                     status: n.dueSoon > 0 ? c.pick("! Nhắc cơ quan chủ trì", "! Remind the owners") : c.pick("✓ Không có", "✓ None")),
        ]
        let listed = min(c.data.directives.filter { $0.event.status.isOpen }.count, c.top(6))
        let (tileArea, band) = c.bands(area, tileShare: 0.4, tableRows: listed)
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        c.caption(c.pick("Chỉ đạo cần chú ý — gấp nhất trước", "Directives to watch — most urgent first"), rest, &buffer)
        let open = c.data.directives.filter { $0.event.status.isOpen }
        let barWidth = c.roomy ? 20 : 10
        let rows = open.prefix(c.top(6)).map { d -> TableRow in
            let e = d.event
            let status = DeadlineStatus.classify(e, now: c.now)
            let severity: Severity = status == .overdue ? .critical : (status == .dueSoon ? .warning : .normal)
            let verdict: String
            switch status {
            case .overdue: verdict = c.pick("✖ Quá hạn", "✖ Overdue")
            case .dueSoon: verdict = c.pick("! Sắp đến hạn", "! Due soon")
            default: verdict = c.pick("✓ Trong hạn", "✓ In time")
            }
            let due = e.dueAt.map { String(VietnamTime.dateTime($0).prefix(10)) } ?? "–"
            let left = e.dueAt.map { remaining($0, c) } ?? ""
            let progress = e.progress ?? 0
            return TableRow(cells: [subject(e.title(c.language)), d.agencyName(c.language) ?? c.agencyName(e.agencyCode), due, left,
                                    SlideTable.bar(progress / 100, width: barWidth) + " " + c.numbers.format(progress) + "%",
                                    verdict], severity: severity)
        }
        let columns = [
            TableColumn(title: c.pick("Nội dung chỉ đạo", "Directive"), width: .fill(2)),
            TableColumn(title: c.pick("Cơ quan chủ trì", "Owner"), width: .fill(1)),
            TableColumn(title: c.pick("Hạn", "Due"), width: .fixed(11)),
            TableColumn(title: c.pick("Còn lại", "Left"), width: .fixed(12)),
            TableColumn(title: c.pick("Tiến độ", "Progress"), width: .fixed(barWidth + 6)),
            TableColumn(title: c.pick("Trạng thái", "Status"), width: .fixed(15)),
        ]
        SlideTable(columns: columns, rows: rows, styles: c.styles)
            .render(into: &buffer, area: Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 2))
    }

    /// Overdue directives as a tile.
    static func overdue(_ c: SlideContext) -> Headline {
        let n = counts(c)
        return Headline(label: c.pick("Chỉ đạo quá hạn", "Directives overdue"), value: c.numbers.format(n.overdue),
                        detail: c.pick("đang thực hiện \(c.numbers.format(n.open)) · sắp đến hạn \(c.numbers.format(n.dueSoon))",
                                       "open \(c.numbers.format(n.open)) · due soon \(c.numbers.format(n.dueSoon))"),
                        severity: n.overdue > 0 ? .critical : (n.dueSoon > 0 ? .warning : .normal),
                        status: n.overdue > 0 ? c.pick("✖ Cần đôn đốc", "✖ To chase") : c.pick("✓ Không quá hạn", "✓ None overdue"))
    }

    /// The true counts when the store gave them, else counted from the listed directives.
    static func counts(_ c: SlideContext) -> EventCounts {
        if let counts = c.data.directiveCounts { return counts }
        let open = c.data.directives.filter { $0.event.status.isOpen }
        let states = open.map { DeadlineStatus.classify($0.event, now: c.now) }
        return EventCounts(total: c.data.directives.count, open: open.count,
                           overdue: states.filter { $0 == .overdue }.count, dueSoon: states.filter { $0 == .dueSoon }.count)
    }

    /// "còn 3 ngày", "còn 5 giờ", "quá 2 ngày".
    static func remaining(_ due: Date, _ c: SlideContext) -> String {
        let seconds = due.timeIntervalSince(c.now)
        let hours = Int(abs(seconds) / 3600)
        let amount = hours >= 24 ? c.pick("\(hours / 24) ngày", "\(hours / 24) d") : c.pick("\(hours) giờ", "\(hours) h")
        return seconds >= 0 ? c.pick("còn ", "") + amount + c.pick("", " left") : c.pick("quá ", "") + amount + c.pick("", " late")
    }

    /// A directive's subject: its title after "… chỉ đạo " or "… directs: " (who issued it is the same on every row).
    static func subject(_ title: String) -> String { DirectiveTitle.subject(title) }
}
