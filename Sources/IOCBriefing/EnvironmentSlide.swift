import Foundation
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Environment: VN_AQI by station (number, official band word and colour, bar), water levels and rainfall.
enum EnvironmentSlide {
    static func render(_ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        let stations = c.data.publicOrder.filter { $0.definition.unit == "VN_AQI" }
            .sorted { ($0.latest ?? -1) > ($1.latest ?? -1) }
        let gauges = c.data.publicOrder.filter { $0.definition.key.hasPrefix("water.level.") }
        let rain = c.data.publicOrder.first { $0.definition.key == "weather.rainfall" }
        var tiles: [Headline] = []
        if let worst = worstAQI(c) { tiles.append(worst) }
        let poor = stations.filter { ($0.latest ?? 0) > 100 }.count
        tiles.append(Headline(label: c.pick("Trạm vượt ngưỡng", "Stations above limit"),
                              value: "\(poor)/\(stations.count)",
                              detail: c.pick("VN_AQI > 100", "VN_AQI > 100"),
                              severity: poor > 0 ? .warning : .normal,
                              status: poor > 0 ? c.pick("! Cần khuyến cáo", "! Advisory due")
                                  : c.pick("✓ Không khí đạt", "✓ Air within limits")))
        if let rain { tiles.append(reading(rain, c, label: c.pick("Lượng mưa", "Rainfall"))) }
        if let highest = gauges.max(by: { ratio($0) < ratio($1) }) {
            tiles.append(reading(highest, c, label: c.pick("Mực nước cao nhất", "Highest water level")))
        }
        let shown = Array(stations.prefix(c.top(8)))
        let (tileArea, band) = c.bands(area, tileShare: 0.4, tableRows: shown.count)
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        c.caption(c.pick("VN_AQI theo trạm quan trắc — cao nhất trước", "VN_AQI by station — highest first"), rest, &buffer)
        let barWidth = c.roomy ? 40 : 20
        let rows = shown.map { s -> TableRow in
            let v = s.latest ?? 0
            let stale = ReadingAssessment.isStale(s, sources: c.data.sources, now: c.now)
            let category = AQICategory(aqi: v)
            let word = stale ? c.pick("? Số liệu cũ", "? Stale") : c.pick(category.labelVI, category.labelEN)
            return TableRow(cells: [ReadingAssessment.place(s, c.language), s.latest.map { c.numbers.format($0) } ?? "–",
                                    "", word, ReadingAssessment.trendText(s.history, c.language) ?? "",
                                    SlideTable.bar(v / 300, width: barWidth)],
                            severity: ReadingAssessment.severity(s, stale: stale))
        }
        let columns = [
            TableColumn(title: c.pick("Trạm", "Station"), width: .fill(1)),
            TableColumn(title: "VN_AQI", width: .fixed(8), alignment: .right),
            TableColumn(title: "", width: .fixed(2)),
            TableColumn(title: c.pick("Mức", "Band"), width: .fixed(14)),
            TableColumn(title: c.pick("Xu hướng", "Trend"), width: .fixed(12)),
            TableColumn(title: c.pick("0 … 300", "0 … 300"), width: .fixed(barWidth)),
        ]
        let tableArea = Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: rest.height - 2)
        var table = SlideTable(columns: columns, rows: rows, styles: c.styles)
        table.lastColumnStyles = shown.map { c.styles.aqi(AQICategory(aqi: $0.latest ?? 0)) }
        table.render(into: &buffer, area: tableArea)
    }

    /// The station with the highest VN_AQI as a tile (number, band word, trend).
    static func worstAQI(_ c: SlideContext) -> Headline? {
        guard let worst = c.data.publicOrder.filter({ $0.definition.unit == "VN_AQI" && $0.latest != nil })
            .max(by: { ($0.latest ?? 0) < ($1.latest ?? 0) }), let v = worst.latest else { return nil }
        let stale = ReadingAssessment.isStale(worst, sources: c.data.sources, now: c.now)
        let severity = ReadingAssessment.severity(worst, stale: stale)
        let category = AQICategory(aqi: v)
        let band = c.pick(category.labelVI, category.labelEN)
        let glyph = severity == .normal ? "✓" : severity.glyph
        return Headline(label: c.pick("VN_AQI cao nhất", "Worst VN_AQI"), value: c.numbers.format(v),
                        detail: ReadingAssessment.place(worst, c.language), severity: severity,
                        status: stale ? c.pick("? Số liệu cũ", "? Stale") : glyph + " " + band,
                        trend: ReadingAssessment.trendText(worst.history, c.language))
    }

    private static func ratio(_ r: KPIReading) -> Double {
        guard let v = r.latest, let limit = r.definition.warnAbove, limit > 0 else { return r.latest ?? 0 }
        return v / limit
    }

    /// A measurement as a tile, against its warning threshold.
    private static func reading(_ r: KPIReading, _ c: SlideContext, label: String) -> Headline {
        let stale = ReadingAssessment.isStale(r, sources: c.data.sources, now: c.now)
        let severity = ReadingAssessment.severity(r, stale: stale)
        let limit = r.definition.warnAbove.map { c.pick(" · ngưỡng ", " · limit ") + c.numbers.auto($0) } ?? ""
        let place = ReadingAssessment.place(r, c.language)
        let status: String
        switch severity {
        case .stale: status = c.pick("? Số liệu cũ", "? Stale")
        case .normal: status = c.pick("✓ Dưới ngưỡng", "✓ Below the limit")
        default: status = severity.glyph + c.pick(" Vượt ngưỡng", " Above the limit")
        }
        return Headline(label: label, value: ReadingAssessment.headlineValue(r, c.language),
                        detail: UnitName.text(r.definition.unit, c.language) + (place == ReadingAssessment.name(r, c.language) ? "" : " · " + place) + limit,
                        severity: severity, status: status, trend: ReadingAssessment.trendText(r.history, c.language))
    }
}
