import IOCDomain

/// The data sources over the period — are the figures "đúng, đủ, sạch, sống": each source's polls and failures
/// (availability against `SourceReport.availabilityTarget`), the records it brought, the days it brought any, and
/// its state when the report was read.
enum SourceSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let table = ReportTable(
            id: "sources",
            columns: [ReportColumn("source_id", lang.pick("Mã", "Id"), numeric: false, readable: false),
                      ReportColumn("source", lang.pick("Nguồn dữ liệu", "Source"), numeric: false),
                      ReportColumn("polls", lang.pick("Lượt đọc", "Polls")),
                      ReportColumn("failures", lang.pick("Lỗi", "Failed")),
                      ReportColumn("availability", lang.pick("Sẵn sàng", "Availability")),
                      ReportColumn("records", lang.pick("Bản ghi", "Records")),
                      ReportColumn("clean", lang.pick("Sạch", "Clean")),
                      ReportColumn("days_with_data", lang.pick("Ngày có số liệu", "Days with data")),
                      ReportColumn("status_now", lang.pick("Hiện trạng", "State now"), numeric: false),
                      ReportColumn("last_success", lang.pick("Lần đọc được gần nhất", "Last good poll"), numeric: false)],
            rows: f.sources.map { s in
                let status = SourceStatus(rawValue: s.statusNow)
                let missed = s.availability.map { $0 < SourceReport.availabilityTarget } ?? false
                return [.text(s.id), .text(lang == .en && !s.nameEN.isEmpty ? s.nameEN : s.name), .count(s.polls),
                        .count(s.failures),
                        ReportCell((missed ? "✗ " : "") + ReportText.percent(s.availability, lang), .decimal(s.availability)),
                        .count(s.records), ReportCell(ReportText.percent(s.clean, lang), .decimal(s.clean)),
                        ReportCell("\(s.daysWithData)/\(s.days)", .integer(s.daysWithData)),
                        ReportCell(status?.label(lang) ?? s.statusNow, .text(s.statusNow)),
                        ReportCell(s.lastSuccess.map(VietnamTime.dateTime) ?? "–",
                                   s.lastSuccess.map { .text(VietnamTime.isoDateTime($0)) } ?? .none)]
            })
        let target = lang.numberStyle.format(SourceReport.availabilityTarget, decimals: 0)
        return ReportSection(
            id: "sources", title: lang.pick("Nguồn dữ liệu kết nối", "Connected data sources"), tables: [table],
            notes: [lang.pick(
                "Sẵn sàng = lượt đọc thành công / lượt đọc (mục tiêu ≥ \(target)%; ✗ dưới mục tiêu); sạch: trong các lượt đọc thành công, tỷ lệ lượt mà mọi bản ghi đều hợp lệ (không bản ghi nào bị loại); ngày có số liệu: số ngày trong kỳ có ít nhất một lượt đọc thành công. Hiện trạng và lần đọc được gần nhất tại thời điểm lập báo cáo.",
                "Availability = polls that succeeded / polls (target ≥ \(target)%; ✗ below it); clean: of the polls that succeeded, the share whose every record was valid (none left out); days with data: days of the period with at least one good poll. State now and last good poll as the report was made.")])
    }
}
