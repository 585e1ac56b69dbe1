import IOCDomain

/// The shifts of the period: handovers and their acceptance, duty changes and sign-ons, and the logbook's entries
/// by category, beside the period before.
enum ShiftSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let s = f.shifts, b = f.previousShifts
        func row(_ key: String, _ vi: String, _ en: String, _ now: Int, _ was: Int) -> [ReportCell] {
            [ReportCell(lang.pick(vi, en), .text(key)), .count(now), .count(was),
             ReportCell(ReportText.change(now, was), .integer(now - was))]
        }
        let columns = [ReportColumn("measure", lang.pick("Nội dung", "Measure"), numeric: false),
                       ReportColumn("value", lang.pick("Trong kỳ", "This period")),
                       ReportColumn("previous", lang.pick("Kỳ trước", "Before")),
                       ReportColumn("change", lang.pick("Thay đổi", "Change"))]
        let handovers = ReportTable(
            id: "shifts", title: lang.pick("Ca trực và bàn giao", "Shifts and handovers"), columns: columns,
            rows: [row("handovers_started", "Biên bản bàn giao lập", "Handovers started", s.handoversStarted, b.handoversStarted),
                   row("accepted", "Đã nhận ca", "Accepted", s.accepted, b.accepted),
                   row("accepted_with_reservations", "Nhận ca có ý kiến bảo lưu", "Accepted with reservations",
                       s.acceptedWithReservations, b.acceptedWithReservations),
                   row("waiting_at_end", "Chưa được nhận cuối kỳ", "Not accepted at the end", s.waitingAtEnd, b.waitingAtEnd),
                   row("duty_changes", "Lượt đổi người trực", "Duty changes", s.dutyChanges, b.dutyChanges),
                   row("sign_ons", "Lượt đăng nhập điều hành", "Operator sign-ons", s.signOns, b.signOns),
                   [ReportCell(lang.pick("Thời gian nhận ca (trung vị)", "Time to accept (median)"), .text("median_minutes_to_accept")),
                    ReportCell(ReportText.duration(s.medianMinutesToAccept.map { $0 * 60 }, lang), .decimal(s.medianMinutesToAccept)),
                    ReportCell(ReportText.duration(b.medianMinutesToAccept.map { $0 * 60 }, lang), .decimal(b.medianMinutesToAccept)),
                    ReportCell("", .none)]])
        let logbook = ReportTable(
            id: "logbook", title: lang.pick("Sổ nhật ký theo loại", "Logbook entries by category"), columns: columns,
            rows: LogCategory.allCases.map { c in
                row(c.rawValue, ReportText.capitalized(c.labelVI), ReportText.capitalized(c.labelEN), s.entriesByCategory[c] ?? 0, b.entriesByCategory[c] ?? 0)
            } + [row("total", "Tổng", "Total", s.entries, b.entries),
                 row("corrections", "Trong đó: đính chính", "Of which corrections", s.corrections, b.corrections)])
        return ReportSection(
            id: "shifts", title: lang.pick("Ca trực, bàn giao ca và sổ nhật ký", "Shifts, handovers and the logbook"),
            tables: [handovers, logbook],
            notes: [lang.pick(
                "Thời gian nhận ca tính từ khi người giao ca lập biên bản đến khi người nhận ca chấp nhận. Sổ nhật ký chỉ ghi thêm: một sai sót được sửa bằng một dòng đính chính.",
                "Time to accept runs from the outgoing operator starting the handover to the incoming operator accepting it. The logbook is append-only: a mistake is put right by a correction entry.")])
    }
}
