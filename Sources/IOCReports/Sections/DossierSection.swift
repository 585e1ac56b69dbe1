import IOCDomain

/// Administrative dossiers per agency by the official on-time formula, ranked from the lowest on-time rate, with
/// the city's total and the change against the period before; bars of the on-time rate against the target.
enum DossierSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let title = lang.pick("Hồ sơ thủ tục hành chính theo cơ quan", "Administrative dossiers by agency")
        guard !f.hidden.contains(.government) else {
            return ReportSection(id: "dossiers", title: title, withheld: ReportText.withheld(lang))
        }
        let before = Dictionary(f.previousDossiers.map { ($0.agencyCode, $0) }, uniquingKeysWith: { a, _ in a })
        let total = DossierReport.total(f.dossiers), totalBefore = DossierReport.total(f.previousDossiers)
        func row(_ rank: Int?, _ a: AgencyPerformance, _ was: AgencyPerformance?) -> [ReportCell] {
            let change = (a.onTimeRate ?? .nan) - (was?.onTimeRate ?? .nan)
            return [rank.map { .count($0) } ?? ReportCell("", .none), .text(a.agencyCode),
                    .text(ReportText.agencyName(a, lang, total: rank == nil)),
                    .count(a.workload), .count(a.done), .count(a.doneEarly), .count(a.doneOnTime), .count(a.doneLate),
                    .count(a.inProgress), .count(a.lateInProgress),
                    ReportCell(ReportText.percent(a.onTimeRate, lang), .decimal(a.onTimeRate)),
                    ReportCell(ReportText.percent(was?.onTimeRate, lang), .decimal(was?.onTimeRate)),
                    ReportCell(ReportText.pointsChange(a.onTimeRate, was?.onTimeRate, lang), .decimal(change.isNaN ? nil : change))]
        }
        let table = ReportTable(
            id: "dossiers",
            columns: [ReportColumn("rank", lang.pick("Hạng", "Rank")),
                      ReportColumn("agency_code", lang.pick("Mã", "Code"), numeric: false, readable: false),
                      ReportColumn("agency", lang.pick("Cơ quan", "Agency"), numeric: false),
                      ReportColumn("workload", lang.pick("Phải giải quyết", "Workload")),
                      ReportColumn("done", lang.pick("Đã giải quyết", "Done")),
                      ReportColumn("done_early", lang.pick("Trước hạn", "Early")),
                      ReportColumn("done_on_time", lang.pick("Đúng hạn", "On time")),
                      ReportColumn("done_late", lang.pick("Trễ hạn", "Late")),
                      ReportColumn("in_progress", lang.pick("Đang giải quyết", "In progress")),
                      ReportColumn("late_in_progress", lang.pick("Đang quá hạn", "Overdue")),
                      ReportColumn("on_time_rate", lang.pick("Tỷ lệ đúng hạn", "On-time rate")),
                      ReportColumn("previous_on_time_rate", lang.pick("Kỳ trước", "Before"), readable: false),
                      ReportColumn("on_time_rate_change", lang.pick("So với kỳ trước", "Against before"))],
            rows: f.dossiers.enumerated().map { i, a in row(i + 1, a, before[a.agencyCode]) } + [row(nil, total, totalBefore)])
        let target = KPITarget.dossiersOnTime
        let bars = ReportBarChart(
            title: lang.pick("Tỷ lệ hồ sơ đúng hạn theo cơ quan", "Dossiers on time by agency"),
            items: (f.dossiers + [total]).enumerated().map { i, a in
                .init(label: ReportText.agencyName(a, lang, total: i == f.dossiers.count), value: a.onTimeRate,
                      text: ReportText.percent(a.onTimeRate, lang))
            },
            maximum: 100, target: target.value, targetText: lang.pick("mục tiêu ", "target ") + target.text())
        return ReportSection(
            id: "dossiers", title: title, tables: [table], charts: [.bars(bars)],
            notes: [lang.pick(
                "Tỷ lệ trễ hạn = (đang giải quyết quá hạn + đã giải quyết trễ hạn) / số phải giải quyết (tiếp nhận trong kỳ và kỳ trước chuyển sang); tỷ lệ đúng hạn = 100% − tỷ lệ trễ hạn; mục tiêu \(target.text(compact: false)). Xếp hạng từ tỷ lệ đúng hạn thấp nhất.",
                "Late rate = (overdue in progress + done late) / workload (received in the period or carried over); on-time rate = 100% − late rate; target \(target.text(compact: false)). Ranked from the lowest on-time rate.")])
    }
}
