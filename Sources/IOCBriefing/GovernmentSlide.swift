import Foundation
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Government performance: the city's on-time rate for dossiers, late and due-soon counts, and the agencies ranked
/// by on-time rate (lowest first, with their rank among all).
enum GovernmentSlide {
    /// Hà Nội's target: more than 95% of dossiers on time (IOCDomain's table, the console's too).
    static let target = KPITarget.dossiersOnTime

    static func severity(_ rate: Double) -> Severity {
        switch target.verdict(rate) {
        case .met: return .normal
        case .missed: return .warning
        case .seriouslyMissed: return .critical
        }
    }

    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let total = c.data.governmentTotal
        let late = total.lateInProgress + total.doneLate
        var tiles = [
            onTime(c),
            Headline(label: c.pick("Hồ sơ trễ hạn", "Late dossiers"), value: c.numbers.format(late),
                     detail: c.pick("trên \(c.numbers.format(total.workload)) hồ sơ tiếp nhận",
                                    "of \(c.numbers.format(total.workload)) received"),
                     severity: late > 0 ? .warning : .normal,
                     status: late > 0 ? c.pick("! Cần đôn đốc", "! To chase") : c.pick("✓ Không trễ", "✓ None late")),
            Headline(label: c.pick("Sắp trễ hạn (24 giờ)", "Due within 24 h"), value: c.numbers.format(total.dueSoon),
                     detail: c.pick("đang xử lý \(c.numbers.format(total.inProgress))", "in progress \(c.numbers.format(total.inProgress))")
                         + (total.atRisk.map { c.pick(" · nguy cơ trễ \(c.numbers.format($0))", " · at risk \(c.numbers.format($0))") } ?? ""),
                     severity: total.dueSoon > 0 ? .warning : .normal,
                     status: total.dueSoon > 0 ? c.pick("! Cảnh báo sớm", "! Early warning") : c.pick("✓ Không có", "✓ None")),
        ]
        if let intake = ProjectionText.intake(c.data, .government),
           let expected = ProjectionText.dayExpected(intake, c.language), let today = intake.latest {
            // Where today's intake is heading, from the seasonal forecast of the day's count.
            tiles.append(Headline(label: c.pick("Tiếp nhận hôm nay", "Received today"), value: c.numbers.format(today),
                                  detail: expected, severity: .normal, status: c.pick("→ dự báo 80%", "→ 80% forecast")))
        }
        let ranked = c.data.government.filter { $0.workload > 0 }
            .sorted { ($0.onTimeRate ?? 0, $1.agencyName) > ($1.onTimeRate ?? 0, $0.agencyName) }
        let count = ranked.count
        let shown = ranked.enumerated().reversed().prefix(c.top(8))
        let (tileArea, band) = c.bands(area, tileShare: 0.4, tableRows: shown.count)
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        c.caption(c.pick("Xếp hạng cơ quan theo tỷ lệ đúng hạn — thấp nhất trước",
                         "Agencies ranked by on-time rate — lowest first"), rest, &buffer)
        let rows = shown.map { index, a -> TableRow in
            let rate = a.onTimeRate ?? 0
            let severity = GovernmentSlide.severity(rate)
            let verdict = severity == .normal ? c.pick("✓ Đạt", "✓ On target") : c.pick("✖ Chưa đạt", "✖ Missed")
            return TableRow(cells: ["\(index + 1)/\(count)", a.agencyName(c.language), c.numbers.format(a.workload),
                                    c.numbers.format(a.inProgress), c.numbers.format(a.lateInProgress + a.doneLate),
                                    c.numbers.format(a.dueSoon), c.numbers.percent(a.onTimeRate), "", verdict],
                            severity: severity)
        }
        let columns = [
            TableColumn(title: c.pick("Hạng", "Rank"), width: .fixed(7)),
            TableColumn(title: c.pick("Cơ quan", "Agency"), width: .fill(1)),
            TableColumn(title: c.pick("Tiếp nhận", "Received"), width: .fixed(11), alignment: .right),
            TableColumn(title: c.pick("Đang xử lý", "In progress"), width: .fixed(12), alignment: .right),
            TableColumn(title: c.pick("Trễ hạn", "Late"), width: .fixed(9), alignment: .right),
            TableColumn(title: c.pick("Sắp trễ", "Due soon"), width: .fixed(10), alignment: .right),
            TableColumn(title: c.pick("Đúng hạn", "On time"), width: .fixed(10), alignment: .right),
            TableColumn(title: "", width: .fixed(2)),
            TableColumn(title: c.pick("Đánh giá", "Verdict"), width: .fixed(14)),
        ]
        SlideTable(columns: columns, rows: rows, styles: c.styles)
            .render(into: &buffer, area: Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 2))
    }

    /// The city's on-time rate against the target (> 95%).
    static func onTime(_ c: SlideContext) -> Headline {
        let total = c.data.governmentTotal
        guard let rate = total.onTimeRate else {
            return Headline(label: c.pick("Hồ sơ đúng hạn", "Dossiers on time"), value: "–",
                            detail: c.pick("chưa có hồ sơ", "no dossiers yet"), severity: .stale,
                            status: c.pick("? Chưa có số liệu", "? No data"))
        }
        let severity = GovernmentSlide.severity(rate)
        return Headline(label: c.pick("Hồ sơ đúng hạn", "Dossiers on time"), value: c.numbers.percent(rate),
                        detail: c.pick("mục tiêu \(target.text())", "target \(target.text())"),
                        severity: severity,
                        status: severity == .normal ? c.pick("✓ Đạt mục tiêu", "✓ On target")
                            : severity.glyph + c.pick(" Dưới mục tiêu", " Below target"))
    }
}
