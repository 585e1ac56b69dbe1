import IOCDomain

/// Incidents by type and by ward: reported in the period beside the period before, closed with the time to close,
/// open at the period's end.
enum IncidentSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let title = lang.pick("Sự cố theo loại và theo phường, xã", "Incidents by type and by ward")
        guard !f.hidden.contains(.publicOrder) else {
            return ReportSection(id: "incidents", title: title, withheld: ReportText.withheld(lang))
        }
        let i = f.incidents
        let byType = ReportTable(
            id: "incidents", title: lang.pick("Theo loại", "By type"),
            columns: [ReportColumn("category", lang.pick("Mã", "Code"), numeric: false, readable: false),
                      ReportColumn("type", lang.pick("Loại sự cố", "Type"), numeric: false),
                      ReportColumn("reported", lang.pick("Phát sinh", "Reported")),
                      ReportColumn("previous", lang.pick("Kỳ trước", "Before")),
                      ReportColumn("change", lang.pick("Thay đổi", "Change")),
                      ReportColumn("closed", lang.pick("Đã xử lý xong", "Closed")),
                      ReportColumn("median_hours_to_close", lang.pick("Thời gian xử lý (trung vị)", "Time to close (median)")),
                      ReportColumn("open_at_end", lang.pick("Còn mở cuối kỳ", "Open at the end"))],
            rows: i.byType.map { t in
                [.text(t.category), .text(IncidentCategory.name(t.category, lang)), .count(t.reported), .count(t.previous),
                 ReportCell(ReportText.change(t.reported, t.previous), .integer(t.reported - t.previous)), .count(t.closed),
                 ReportCell(ReportText.duration(t.medianHoursToClose.map { $0 * 3600 }, lang), .decimal(t.medianHoursToClose)),
                 .count(t.openAtEnd)]
            })
        let types = i.byType.map(\.category)
        let byWard = ReportTable(
            id: "incidents_by_ward", title: lang.pick("Theo phường, xã (nhiều nhất trước)", "By ward (most first)"),
            columns: [ReportColumn("ward_code", lang.pick("Mã", "Code"), numeric: false, readable: false),
                      ReportColumn("ward", lang.pick("Phường, xã", "Ward"), numeric: false),
                      ReportColumn("reported", lang.pick("Phát sinh", "Reported")),
                      ReportColumn("previous", lang.pick("Kỳ trước", "Before"))]
                + types.map { ReportColumn("reported_" + $0, IncidentCategory.name($0, lang, short: true)) },
            rows: i.byWard.map { w in
                [.text(w.wardCode), .text(w.wardCode.isEmpty ? lang.pick("(không rõ)", "(unknown)") : w.wardName),
                 .count(w.reported), .count(w.previous)] + types.map { .count(w.byCategory[$0] ?? 0) }
            },
            readableRows: 20)
        return ReportSection(
            id: "incidents", title: title, tables: [byType, byWard],
            notes: [lang.pick(
                "Phát sinh: sự cố được ghi nhận trong kỳ; thời gian xử lý tính từ khi ghi nhận đến khi đóng, của các sự cố đóng trong kỳ.",
                "Reported: incidents recorded in the period; time to close runs from recording to closing, for incidents closed in the period.")])
    }
}
