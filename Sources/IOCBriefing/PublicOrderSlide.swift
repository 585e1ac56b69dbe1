import Foundation
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Public order and traffic: open incidents by type, the most congested corridors with their speed, and the newest
/// incidents when the screen is wide enough.
enum PublicOrderSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        var tiles = [openIncidents(c)]
        let byCount = c.data.openIncidentsByCategory.filter { $0.value > 0 }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let total = c.data.openIncidentsByCategory.values.reduce(0, +)
        for (code, count) in byCount.prefix(3) {
            tiles.append(Headline(label: category(code, c.language), value: c.numbers.format(count),
                                  detail: c.pick("\(count) trên \(total) sự cố đang mở", "\(count) of \(total) open incidents"),
                                  severity: .normal, status: c.pick("● lực lượng đang xử lý", "● crews on it")))
        }
        let corridorCount = c.data.publicOrder.filter { $0.definition.key.hasPrefix("traffic.congestion.") }.count
        let listed = min(c.top(6), max(corridorCount, c.data.recentIncidents.count))
        let (tileArea, rest) = c.bands(area, tileShare: 0.4, tableRows: listed)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        let wide = rest.width >= 140 && !c.data.recentIncidents.isEmpty
        let left = wide ? Rect(x: rest.x, y: rest.y, width: rest.width * 55 / 100, height: rest.height) : rest
        corridors(c, area: left, into: &buffer)
        if wide {
            let x = left.maxX + c.gap * 2
            incidents(c, area: Rect(x: x, y: rest.y, width: rest.maxX - x, height: rest.height), into: &buffer)
        }
    }

    private static func corridors(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        c.caption(c.pick("Tuyến đường ùn tắc nhất", "Most congested corridors"), area, &buffer)
        let congestion = c.data.publicOrder.filter { $0.definition.key.hasPrefix("traffic.congestion.") }
            .sorted { ($0.latest ?? 0) > ($1.latest ?? 0) }
        let barWidth = c.roomy ? 20 : 10
        let projected = congestion.prefix(c.top(6)).contains { ProjectionText.value($0) != nil }
        let rows = congestion.prefix(c.top(6)).map { r -> TableRow in
            let slug = r.definition.key.dropFirst("traffic.congestion.".count)
            let speed = c.data.publicOrder.first { $0.definition.key == "traffic.speed." + slug }
            let v = r.latest ?? 0
            let stale = ReadingAssessment.isStale(r, sources: c.data.sources, now: c.now)
            let severity: Severity = stale ? .stale : (v > 7 ? .critical : (v > 5 ? .warning : .normal))
            let verdict: String
            switch severity {
            case .stale: verdict = c.pick("? Số liệu cũ", "? Stale")
            case .critical: verdict = c.pick("✖ Ùn tắc nặng", "✖ Jammed")
            case .warning: verdict = c.pick("! Đông xe", "! Heavy")
            case .normal: verdict = c.pick("✓ Thông thoáng", "✓ Flowing")
            }
            return TableRow(cells: [ReadingAssessment.place(r, c.language),
                                    SlideTable.bar(v / 10, width: barWidth) + " " + c.numbers.format(v, decimals: 1),
                                    speed?.latest.map { c.numbers.format($0, decimals: 0) + " km/h" } ?? "–", "", verdict]
                                + (projected ? [ProjectionText.value(r).map { ProjectionText.mean($0, c.language, decimals: 1) } ?? ""] : []),
                            severity: severity)
        }
        let columns = [
            TableColumn(title: c.pick("Tuyến", "Corridor"), width: .fill(1)),
            TableColumn(title: c.pick("Ùn tắc /10", "Congestion /10"), width: .fixed(barWidth + 6)),
            TableColumn(title: c.pick("Tốc độ", "Speed"), width: .fixed(10), alignment: .right),
            TableColumn(title: "", width: .fixed(1)),
            TableColumn(title: c.pick("Đánh giá", "Verdict"), width: .fixed(15)),
        ] + (projected ? [TableColumn(title: c.pick("Sau 3 giờ", "In 3 h"), width: .fixed(10), alignment: .right)] : [])
        SlideTable(columns: columns, rows: rows, styles: c.styles)
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2))
    }

    private static func incidents(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        c.caption(c.pick("Sự cố mới nhất", "Newest incidents"), area, &buffer)
        let rows = c.data.recentIncidents.prefix(c.top(6)).map { s -> TableRow in
            let e = s.event
            let open = e.status.isOpen
            return TableRow(cells: [VietnamTime.clock(e.openedAt).prefix(5).description, category(e.category, c.language),
                                    s.wardName ?? e.title(c.language), open ? c.pick("● Đang xử lý", "● Open") : c.pick("✓ Đã xong", "✓ Closed")])
        }
        let columns = [
            TableColumn(title: c.pick("Giờ", "Time"), width: .fixed(6)),
            TableColumn(title: c.pick("Loại", "Type"), width: .fixed(20)),
            TableColumn(title: c.pick("Địa bàn", "Ward"), width: .fill(1)),
            TableColumn(title: c.pick("Trạng thái", "Status"), width: .fixed(12)),
        ]
        SlideTable(columns: columns, rows: rows, styles: c.styles)
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2))
    }

    /// Open incidents in all, with the mix by type.
    static func openIncidents(_ c: SlideContext) -> Headline {
        let total = c.data.openIncidentsByCategory.values.reduce(0, +)
        let mix = c.data.openIncidentsByCategory.filter { $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(3).map { "\(category($0.key, c.language)) \($0.value)" }.joined(separator: " · ")
        return Headline(label: c.pick("Sự cố đang xử lý", "Open incidents"), value: c.numbers.format(total),
                        detail: mix.isEmpty ? c.pick("trật tự, giao thông, thiên tai", "order, traffic, disasters") : mix,
                        severity: .normal,
                        status: total == 0 ? c.pick("✓ Không có sự cố", "✓ No incidents") : c.pick("● lực lượng đang xử lý", "● crews on it"))
    }

    /// A category's full name, from IOCDomain's one table (the console's too).
    static func category(_ code: String, _ lang: Language) -> String {
        IncidentCategory.name(code, lang)
    }
}
