import IOCDomain

/// The alarms of the period by priority, with the time to acknowledge, and the alarm load against ISA-18.2's
/// targets (`AlarmLoad`), each beside the period before.
enum AlarmSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let a = f.alarms, before = f.previousAlarms
        func duration(_ seconds: Double?) -> ReportCell { ReportCell(ReportText.duration(seconds, lang), .decimal(seconds)) }
        func change(_ now: Int, _ was: Int) -> ReportCell { ReportCell(ReportText.change(now, was), .integer(now - was)) }
        let byPriority = ReportTable(
            id: "alarms",
            columns: [ReportColumn("priority", lang.pick("Mức ưu tiên", "Priority"), numeric: false),
                      ReportColumn("annunciated", lang.pick("Phát sinh", "Annunciated")),
                      ReportColumn("previous_annunciated", lang.pick("Kỳ trước", "Before")),
                      ReportColumn("change", lang.pick("Thay đổi", "Change")),
                      ReportColumn("acknowledged", lang.pick("Đã xác nhận", "Acknowledged")),
                      ReportColumn("median_seconds_to_acknowledge", lang.pick("Thời gian xác nhận (trung vị)", "Time to acknowledge (median)")),
                      ReportColumn("p90_seconds_to_acknowledge", "(P90)")],
            rows: zip(a.byPriority, before.byPriority).map { now, was in
                [ReportCell(ReportText.priority(now.priority, lang), .integer(now.priority)), .count(now.annunciated),
                 .count(was.annunciated), change(now.annunciated, was.annunciated), .count(now.acknowledged),
                 duration(now.medianSecondsToAcknowledge), duration(now.p90SecondsToAcknowledge)]
            } + [[ReportCell(lang.pick("Tổng", "Total"), .text("total")), .count(a.annunciated), .count(before.annunciated),
                  change(a.annunciated, before.annunciated), .count(a.acknowledged), ReportCell("", .none), ReportCell("", .none)]])

        func yesNo(_ met: Bool) -> ReportCell { ReportCell(met ? lang.pick("Đạt", "Met") : lang.pick("✗ Không đạt", "✗ Missed"), .text(met ? "yes" : "no")) }
        let average = ReportCell(ReportText.decimal(a.averagePer10Minutes, lang), .decimal(a.averagePer10Minutes))
        let flood = ReportCell(ReportText.percent(a.floodPercent, lang), .decimal(a.floodPercent))
        let load = ReportTable(
            id: "alarm_load", title: lang.pick("Tải cảnh báo so với mục tiêu ISA-18.2", "Alarm load against ISA-18.2's targets"),
            columns: [ReportColumn("measure", lang.pick("Chỉ số", "Measure"), numeric: false),
                      ReportColumn("value", lang.pick("Trong kỳ", "This period")),
                      ReportColumn("previous", lang.pick("Kỳ trước", "Before")),
                      ReportColumn("target", lang.pick("Mục tiêu", "Target"), numeric: false),
                      ReportColumn("met", lang.pick("Đánh giá", "Verdict"), numeric: false)],
            rows: [
                [ReportCell(lang.pick("Cảnh báo trung bình mỗi 10 phút", "Alarms per 10 minutes, average"), .text("average_per_10_minutes")),
                 average, ReportCell(ReportText.decimal(before.averagePer10Minutes, lang), .decimal(before.averagePer10Minutes)),
                 .text("≤ \(AlarmLoad.acceptablePer10Minutes) (\(lang.pick("tối đa", "at most")) \(AlarmLoad.maximumPer10Minutes))"),
                 yesNo(a.averagePer10Minutes <= Double(AlarmLoad.maximumPer10Minutes))],
                [ReportCell(lang.pick("Cao nhất trong 10 phút", "Busiest 10 minutes"), .text("peak_per_10_minutes")),
                 .count(a.peakPer10Minutes), .count(before.peakPer10Minutes), .text("≤ \(AlarmLoad.floodStartsAbove)"),
                 yesNo(a.peakPer10Minutes <= AlarmLoad.floodStartsAbove)],
                [ReportCell(lang.pick("Thời gian ngập cảnh báo", "Time in alarm flood"), .text("flood_percent")),
                 flood, ReportCell(ReportText.percent(before.floodPercent, lang), .decimal(before.floodPercent)),
                 .text("< 1%"), yesNo(a.floodPercent < 1)],
            ])
        return ReportSection(
            id: "alarms", title: lang.pick("Cảnh báo (ISA-18.2)", "Alarms (ISA-18.2)"), tables: [byPriority, load],
            notes: [lang.pick(
                "Phát sinh: cảnh báo mới và cảnh báo nâng mức ưu tiên; thời gian xác nhận tính từ lần phát sinh được xác nhận. Tải cảnh báo tính theo khoảng 10 phút; ngập cảnh báo khi trên \(AlarmLoad.floodStartsAbove) cảnh báo/10 phút.",
                "Annunciated: alarms raised, and alarms raised to a more urgent priority; time to acknowledge is from the annunciation acknowledged. Load is counted per 10 minutes; a flood is over \(AlarmLoad.floodStartsAbove) alarms in 10 minutes.")])
    }
}
