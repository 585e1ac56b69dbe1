import Foundation
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// Environment: VN_AQI by station (number, official band word and colour, bar), water levels and rainfall, and the
/// rivers as hydro-met bulletins state them (level, rising or falling, the signed difference to the nearest official
/// alarm level, the next level's time if the trend holds).
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
            tiles.append(reading(highest, c, label: c.pick("Mực nước nội đô cao nhất", "Highest urban water level")))
        }
        let rivers = riversBySeverity(c)
        if let river = rivers.first { tiles.append(riverTile(river, c)) }
        let shown = Array(stations.prefix(c.top(8)))
        let (tileArea, band) = c.bands(area, tileShare: 0.4, tableRows: shown.count + (rivers.isEmpty ? 0 : rivers.count + 3))
        let rest = c.tableColumn(band)
        TileBand.render(tiles, area: tileArea, styles: c.styles, gap: c.gap, into: &buffer)
        guard rest.height >= 3 else { return }
        c.caption(c.pick("VN_AQI theo trạm quan trắc — cao nhất trước", "VN_AQI by station — highest first"), rest, &buffer)
        let projected = shown.contains { ProjectionText.value($0) != nil }
        let barWidth = c.roomy ? 40 : (projected ? 12 : 20)
        let rows = shown.map { s -> TableRow in
            let v = s.latest ?? 0
            let stale = ReadingAssessment.isStale(s, sources: c.data.sources, now: c.now)
            let category = AQICategory(aqi: v)
            let word = stale ? c.pick("? Số liệu cũ", "? Stale") : c.pick(category.labelVI, category.labelEN)
            // The forecast 3 h ahead with its 80 % interval, when some station has one.
            let ahead = projected ? [ProjectionText.value(s).map { ProjectionText.meanAndInterval($0, c.language, decimals: 0) } ?? ""] : []
            return TableRow(cells: [ReadingAssessment.place(s, c.language), s.latest.map { c.numbers.format($0) } ?? "–",
                                    "", word, ReadingAssessment.trendText(s.history, c.language) ?? ""] + ahead
                                    + [SlideTable.bar(v / 300, width: barWidth)],
                            severity: ReadingAssessment.severity(s, stale: stale))
        }
        let columns = [
            TableColumn(title: c.pick("Trạm", "Station"), width: .fill(1)),
            TableColumn(title: "VN_AQI", width: .fixed(8), alignment: .right),
            TableColumn(title: "", width: .fixed(2)),
            TableColumn(title: c.pick("Mức", "Band"), width: .fixed(14)),
            TableColumn(title: c.pick("Xu hướng", "Trend"), width: .fixed(12)),
        ] + (projected ? [TableColumn(title: c.pick("Sau 3 giờ (80%)", "In 3 h (80%)"), width: .fixed(17))] : []) + [
            TableColumn(title: c.pick("0 … 300", "0 … 300"), width: .fixed(barWidth)),
        ]
        // The rivers below the stations when there is room for all of them (a bulletin cut short misleads).
        let riverRows = rivers.isEmpty ? 0 : rivers.count + 3
        let aqiHeight = rest.height - 2 - (rest.height - 2 - shown.count - 1 >= riverRows ? riverRows : 0)
        let tableArea = Rect(x: rest.x, y: rest.y + 2, width: rest.width, height: aqiHeight)
        var table = SlideTable(columns: columns, rows: rows, styles: c.styles)
        table.lastColumnStyles = shown.map { c.styles.aqi(AQICategory(aqi: $0.latest ?? 0)) }
        table.render(into: &buffer, area: tableArea)
        if aqiHeight < rest.height - 2 {
            let riverArea = Rect(x: rest.x, y: rest.y + 2 + aqiHeight, width: rest.width, height: rest.height - 2 - aqiHeight)
            renderRivers(rivers, c, area: riverArea, into: &buffer)
        }
    }

    /// The gauges with official levels, the highest level reached first, then the nearest below a level.
    static func riversBySeverity(_ c: SlideContext) -> [WaterLevelStatus] {
        c.data.waterLevels.filter { $0.value != nil }.sorted { a, b in
            let la = a.levelReached?.rawValue ?? 0, lb = b.levelReached?.rawValue ?? 0
            if la != lb { return la > lb }
            return (a.nearest?.difference ?? -.infinity) > (b.nearest?.difference ?? -.infinity)
        }
    }

    /// The river nearest danger as a tile: its level, the difference to the nearest alarm level, its direction.
    static func riverTile(_ s: WaterLevelStatus, _ c: SlideContext) -> Headline {
        let stale = s.at.map { c.now.timeIntervalSince($0) > 3600 } ?? true
        let severity = WaterLevelText.severity(s, stale: stale)
        let glyph = severity == .normal ? "✓" : severity.glyph
        return Headline(label: c.pick("Mực nước sông", "River level"),
                        value: s.value.map { c.numbers.format($0, decimals: 2) + " m" } ?? "–",
                        detail: s.station.name(c.language), severity: severity,
                        status: stale ? c.pick("? Số liệu cũ", "? Stale") : glyph + " " + (s.differenceWords(c.language) ?? ""),
                        trend: WaterLevelText.direction(s, c.language))
    }

    static func renderRivers(_ rivers: [WaterLevelStatus], _ c: SlideContext, area: Rect, into buffer: inout Buffer) {
        guard area.height >= 3 else { return }
        c.caption(c.pick("Mực nước sông so với mức báo động (QĐ 05/2020/QĐ-TTg)", "Rivers against their official alarm levels"),
                  Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), &buffer)
        let rows = rivers.map { s -> TableRow in
            let stale = s.at.map { c.now.timeIntervalSince($0) > 3600 } ?? true
            return TableRow(cells: [s.station.name(c.language), s.value.map { c.numbers.format($0, decimals: 2) } ?? "–",
                                    s.differenceWords(c.language) ?? "", WaterLevelText.direction(s, c.language),
                                    WaterLevelText.nextLevel(s, c.language) ?? ""],
                            severity: WaterLevelText.severity(s, stale: stale))
        }
        let columns = [
            TableColumn(title: c.pick("Trạm", "Station"), width: .fill(1)),
            TableColumn(title: "m", width: .fixed(6), alignment: .right),
            TableColumn(title: c.pick("So với báo động", "Against alarm level"), width: .fixed(c.language == .en ? 31 : 26)),
            TableColumn(title: c.pick("Xu thế", "Trend"), width: .fixed(14)),
            TableColumn(title: c.pick("Nếu giữ xu thế", "If the trend holds"), width: .fill(1)),
        ]
        SlideTable(columns: columns, rows: rows, styles: c.styles)
            .render(into: &buffer, area: Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2))
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
