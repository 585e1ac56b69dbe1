import IOCDomain

/// Leaders' directives per agency: issued or carried over, done on time or late, open and overdue at the period's
/// end, by the dossiers' on-time rule (`DossierReport`).
enum DirectiveSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let title = lang.pick("Chỉ đạo của lãnh đạo và tình hình thực hiện", "Leaders' directives and how they stand")
        guard !f.hidden.contains(.directives) else {
            return ReportSection(id: "directives", title: title, withheld: ReportText.withheld(lang))
        }
        let before = Dictionary(f.previousDirectives.map { ($0.agencyCode, $0) }, uniquingKeysWith: { a, _ in a })
        let total = DossierReport.total(f.directives), totalBefore = DossierReport.total(f.previousDirectives)
        func row(_ a: AgencyPerformance, _ was: AgencyPerformance?, total: Bool) -> [ReportCell] {
            [.text(a.agencyCode), .text(ReportText.agencyName(a, lang, total: total)), .count(a.workload), .count(a.done),
             .count(a.doneEarly + a.doneOnTime), .count(a.doneLate), .count(a.inProgress), .count(a.lateInProgress),
             ReportCell(ReportText.percent(a.onTimeRate, lang), .decimal(a.onTimeRate)),
             ReportCell(ReportText.percent(was?.onTimeRate, lang), .decimal(was?.onTimeRate))]
        }
        let table = ReportTable(
            id: "directives",
            columns: [ReportColumn("agency_code", lang.pick("Mã", "Code"), numeric: false, readable: false),
                      ReportColumn("agency", lang.pick("Cơ quan chủ trì", "Lead agency"), numeric: false),
                      ReportColumn("workload", lang.pick("Phải thực hiện", "To carry out")),
                      ReportColumn("done", lang.pick("Hoàn thành", "Done")),
                      ReportColumn("done_on_time", lang.pick("Đúng hạn", "On time")),
                      ReportColumn("done_late", lang.pick("Trễ hạn", "Late")),
                      ReportColumn("in_progress", lang.pick("Đang thực hiện", "In progress")),
                      ReportColumn("late_in_progress", lang.pick("Quá hạn", "Overdue")),
                      ReportColumn("on_time_rate", lang.pick("Tỷ lệ đúng hạn", "On-time rate")),
                      ReportColumn("previous_on_time_rate", lang.pick("Kỳ trước", "Before"))],
            rows: f.directives.map { row($0, before[$0.agencyCode], total: false) } + [row(total, totalBefore, total: true)])
        return ReportSection(
            id: "directives", title: title, tables: [table],
            notes: [lang.pick(
                "Phải thực hiện: chỉ đạo giao trong kỳ và kỳ trước chuyển sang; tỷ lệ đúng hạn theo cùng công thức với hồ sơ (quá hạn đang thực hiện và hoàn thành trễ hạn là trễ). Cơ quan có tỷ lệ đúng hạn thấp nhất đứng đầu.",
                "To carry out: directives given in the period or carried over; the on-time rate by the dossiers' formula (overdue in progress and done late count as late). The agency with the lowest on-time rate first.")])
    }
}
