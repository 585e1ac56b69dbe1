import IOCDomain

/// Socio-economic indicators against their plan: the latest figure in the period and the one before, the plan and
/// where the figure stands against it; a trend line against the plan for each indicator with figures to draw.
enum IndicatorSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let title = lang.pick("Kinh tế – xã hội so với kế hoạch", "Socio-economic figures against plan")
        guard !f.hidden.contains(.socioEconomic) else {
            return ReportSection(id: "indicators", title: title, withheld: ReportText.withheld(lang))
        }
        /// Large figures whole ("155.290"), small ones to a tenth ("3,2").
        func figure(_ v: Double) -> String { lang.numberStyle.format(v, decimals: abs(v) >= 1000 ? 0 : 1) }
        func number(_ v: Double?) -> ReportCell { ReportCell(v.map(figure) ?? "–", .decimal(v)) }
        let table = ReportTable(
            id: "indicators",
            columns: [ReportColumn("key", lang.pick("Mã", "Key"), numeric: false, readable: false),
                      ReportColumn("indicator", lang.pick("Chỉ tiêu", "Indicator"), numeric: false),
                      ReportColumn("unit", lang.pick("Đơn vị", "Unit"), numeric: false),
                      ReportColumn("value", lang.pick("Số liệu mới nhất", "Latest figure")),
                      ReportColumn("as_of", lang.pick("Ngày", "As of"), numeric: false),
                      ReportColumn("previous", lang.pick("Kỳ trước", "Before")),
                      ReportColumn("plan", lang.pick("Kế hoạch", "Plan")),
                      ReportColumn("percent_of_plan", lang.pick("So với kế hoạch", "Against plan"), numeric: false)],
            rows: f.indicators.map { i in
                let against: ReportCell
                if let p = i.percentOfPlan {
                    against = ReportCell(lang.pick("đạt ", "") + ReportText.percent(p, lang) + lang.pick("", " of plan"), .decimal(p))
                } else if let met = i.meetsPlan {
                    against = ReportCell(met ? lang.pick("Đạt", "Met") : lang.pick("✗ Không đạt", "✗ Missed"), .text(met ? "met" : "missed"))
                } else {
                    against = ReportCell("–", .none)
                }
                return [.text(i.key), .text(lang.pick(i.name, i.nameEN.isEmpty ? i.name : i.nameEN)),
                        .text(UnitName.text(i.unit, lang)), number(i.latest?.value),
                        ReportCell(i.latest.map { VietnamTime.isoDate($0.at) } ?? "–", i.latest.map { .text(VietnamTime.isoDate($0.at)) } ?? .none),
                        number(i.previous?.value), number(i.plan), against]
            })
        let charts = f.indicators.filter { $0.trend.count >= 2 }.map { i -> ReportChart in
            .trend(ReportTrendChart(
                title: lang.pick(i.name, i.nameEN.isEmpty ? i.name : i.nameEN), unit: UnitName.text(i.unit, lang),
                points: i.trend.map { p in
                    let c = VietnamTime.components(p.at)
                    return .init(label: "\(c.month)/\(c.year % 100)", value: p.value)
                },
                plan: i.plan, planText: lang.pick("Kế hoạch ", "Plan ") + (i.plan.map(figure) ?? ""),
                style: lang.numberStyle))
        }
        return ReportSection(
            id: "indicators", title: title, tables: [table], charts: charts,
            notes: [lang.pick(
                "Số liệu mới nhất trong kỳ và trong kỳ trước; kế hoạch là chỉ tiêu năm. Chỉ tiêu lũy kế được so theo tỷ lệ hoàn thành kế hoạch năm; chỉ tiêu cần giữ thấp (như CPI) đạt khi không vượt kế hoạch. Biểu đồ: số liệu cuối mỗi tháng, đường nét đứt là kế hoạch.",
                "The latest figure in the period and in the period before; the plan is the year's target. A running total is given as a share of the year's plan; a figure to keep low (such as the CPI) meets its plan when it does not exceed it. Charts: each month's last figure, the dashed line the plan.")])
    }
}
