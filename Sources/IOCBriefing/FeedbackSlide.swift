import Foundation
import IOCDomain
import TUICore
import TUIWidgets

/// Citizen feedback (PAKN): received, share routed (target 100%), overdue and due soon, by agency (most overdue first).
enum FeedbackSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let total = c.data.feedbackTotal
        let tiles = [
            Headline(label: c.pick("Phản ánh tiếp nhận", "Cases received"), value: c.numbers.format(total.received),
                     detail: c.pick("đã xử lý \(c.numbers.format(total.resolved))", "resolved \(c.numbers.format(total.resolved))"),
                     severity: .normal, status: c.pick("● \(c.numbers.format(total.inProgress)) đang xử lý",
                                                       "● \(c.numbers.format(total.inProgress)) in progress")),
            routed(c),
            Headline(label: c.pick("Quá hạn", "Overdue"), value: c.numbers.format(total.overdue),
                     detail: c.pick("sắp quá hạn \(c.numbers.format(total.dueSoon))", "due soon \(c.numbers.format(total.dueSoon))"),
                     severity: total.overdue > 0 ? .critical : .normal,
                     status: total.overdue > 0 ? c.pick("✖ Cần đôn đốc", "✖ To chase") : c.pick("✓ Không quá hạn", "✓ None overdue")),
        ]
        let agencies = c.data.feedback.filter { $0.received > 0 || $0.overdue > 0 }
            .sorted { ($0.overdue, $0.dueSoon, $0.received, $1.agencyName) > ($1.overdue, $1.dueSoon, $1.received, $0.agencyName) }
        let (tileArea, band) = c.bands(area, tileShare: 0.4, tableRows: min(agencies.count, c.top(8)))
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        c.caption(c.pick("Theo cơ quan xử lý — quá hạn nhiều nhất trước", "By agency — most overdue first"), rest, &buffer)
        let rows = agencies.prefix(c.top(8)).map { f -> TableRow in
            let severity: Severity = f.overdue > 0 ? .critical : (f.dueSoon > 0 ? .warning : .normal)
            let verdict = f.overdue > 0 ? c.pick("✖ Quá hạn", "✖ Overdue")
                : (f.dueSoon > 0 ? c.pick("! Sắp quá hạn", "! Due soon") : c.pick("✓ Trong hạn", "✓ In time"))
            return TableRow(cells: [f.agencyName(c.language), c.numbers.format(f.received), c.numbers.percent(f.routedRate),
                                    c.numbers.format(f.inProgress), c.numbers.format(f.resolved),
                                    c.numbers.format(f.overdue), c.numbers.format(f.dueSoon), "", verdict],
                            severity: severity)
        }
        let columns = [
            TableColumn(title: c.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: c.pick("Tiếp nhận", "Received"), width: .fixed(11), alignment: .right),
            TableColumn(title: c.pick("Đã chuyển", "Routed"), width: .fixed(11), alignment: .right),
            TableColumn(title: c.pick("Đang xử lý", "In progress"), width: .fixed(12), alignment: .right),
            TableColumn(title: c.pick("Đã xử lý", "Resolved"), width: .fixed(10), alignment: .right),
            TableColumn(title: c.pick("Quá hạn", "Overdue"), width: .fixed(9), alignment: .right),
            TableColumn(title: c.pick("Sắp QH", "Due soon"), width: .fixed(9), alignment: .right),
            TableColumn(title: "", width: .fixed(2)),
            TableColumn(title: c.pick("Đánh giá", "Verdict"), width: .fixed(15)),
        ]
        SlideTable(columns: columns, rows: rows, styles: c.styles)
            .render(into: &buffer, area: Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 2))
    }

    /// The share of cases routed to an agency (target 100%), with the overdue count as its status.
    static func routed(_ c: SlideContext) -> Headline {
        let total = c.data.feedbackTotal
        let label = c.pick("Phản ánh đã chuyển xử lý", "Feedback routed")
        guard let rate = total.routedRate else {
            return Headline(label: label, value: "–", detail: c.pick("chưa có phản ánh", "no cases yet"),
                            severity: .stale, status: c.pick("? Chưa có số liệu", "? No data"))
        }
        let severity: Severity = total.overdue > 0 || rate < 100 ? .warning : .normal
        let status: String
        if total.overdue > 0 {
            status = c.pick("! \(c.numbers.format(total.overdue)) quá hạn", "! \(c.numbers.format(total.overdue)) overdue")
        } else {
            status = rate < 100 ? c.pick("! Chưa chuyển hết", "! Not all routed") : c.pick("✓ Đạt mục tiêu", "✓ On target")
        }
        return Headline(label: label, value: c.numbers.percent(rate),
                        detail: c.pick("mục tiêu 100% · tiếp nhận \(c.numbers.format(total.received))",
                                       "target 100% · received \(c.numbers.format(total.received))"),
                        severity: severity, status: status)
    }
}
