import IOCDomain

/// Citizen feedback per agency: received, routed, resolved with the time to resolve, open and overdue at the
/// period's end, beside the period before.
enum FeedbackSection {
    static func make(_ f: ReportFigures, _ lang: Language) -> ReportSection {
        let title = lang.pick("Phản ánh, kiến nghị của người dân", "Citizen feedback")
        guard !f.hidden.contains(.feedback) else {
            return ReportSection(id: "feedback", title: title, withheld: ReportText.withheld(lang))
        }
        let before = Dictionary(f.previousFeedback.map { ($0.summary.agencyCode, $0.summary) }, uniquingKeysWith: { a, _ in a })
        let byAgency = ReportTable(
            id: "feedback", title: lang.pick("Theo cơ quan", "By agency"),
            columns: [ReportColumn("agency_code", lang.pick("Mã", "Code"), numeric: false, readable: false),
                      ReportColumn("agency", lang.pick("Cơ quan", "Agency"), numeric: false),
                      ReportColumn("received", lang.pick("Tiếp nhận", "Received")),
                      ReportColumn("previous_received", lang.pick("Kỳ trước", "Before")),
                      ReportColumn("routed", lang.pick("Đã chuyển xử lý", "Routed")),
                      ReportColumn("resolved", lang.pick("Đã giải quyết", "Resolved")),
                      ReportColumn("median_hours_to_resolve", lang.pick("Thời gian giải quyết (trung vị)", "Time to resolve (median)")),
                      ReportColumn("in_progress", lang.pick("Đang xử lý", "Open")),
                      ReportColumn("overdue", lang.pick("Quá hạn", "Overdue")),
                      ReportColumn("previous_overdue", lang.pick("Quá hạn kỳ trước", "Overdue before"))],
            rows: f.feedback.map { a in
                let s = a.summary, was = before[s.agencyCode]
                return [.text(s.agencyCode), .text(ReportText.agencyName(s, lang)), .count(s.received),
                        .count(was?.received ?? 0),
                        ReportCell("\(s.routed) (\(ReportText.percent(s.routedRate, lang)))", .integer(s.routed)),
                        .count(s.resolved),
                        ReportCell(ReportText.duration(a.medianHoursToResolve.map { $0 * 3600 }, lang), .decimal(a.medianHoursToResolve)),
                        .count(s.inProgress), .count(s.overdue), .count(was?.overdue ?? 0)]
            })
        let byWard = ReportTable(
            id: "feedback_by_ward", title: lang.pick("Theo phường, xã nơi phản ánh (nhiều nhất trước)", "By ward where reported (most first)"),
            columns: [ReportColumn("ward_code", lang.pick("Mã", "Code"), numeric: false, readable: false),
                      ReportColumn("ward", lang.pick("Phường, xã", "Ward"), numeric: false),
                      ReportColumn("received", lang.pick("Tiếp nhận", "Received")),
                      ReportColumn("previous_received", lang.pick("Kỳ trước", "Before")),
                      ReportColumn("resolved", lang.pick("Đã giải quyết", "Resolved")),
                      ReportColumn("median_hours_to_resolve", lang.pick("Thời gian giải quyết (trung vị)", "Time to resolve (median)")),
                      ReportColumn("in_progress", lang.pick("Đang xử lý", "Open")),
                      ReportColumn("overdue", lang.pick("Quá hạn", "Overdue"))],
            rows: f.feedbackByWard.map { w in
                [.text(w.wardCode), .text(w.wardCode.isEmpty ? lang.pick("(không rõ)", "(unknown)") : w.wardName),
                 .count(w.received), .count(f.previousFeedbackByWard[w.wardCode] ?? 0), .count(w.resolved),
                 ReportCell(ReportText.duration(w.medianHoursToResolve.map { $0 * 3600 }, lang), .decimal(w.medianHoursToResolve)),
                 .count(w.inProgress), .count(w.overdue)]
            },
            readableRows: 20)
        return ReportSection(
            id: "feedback", title: title, tables: [byAgency, byWard],
            notes: [lang.pick(
                "Tiếp nhận trong kỳ; đã chuyển xử lý: trong số tiếp nhận, theo trạng thái hiện tại (mục tiêu 100%); đã giải quyết trong kỳ, thời gian tính từ khi tiếp nhận; đang xử lý và quá hạn tại cuối kỳ. Cơ quan nhiều phản ánh quá hạn nhất đứng đầu.",
                "Received in the period; routed: of those received, by their status now (target 100%); resolved in the period, timed from receipt; open and overdue at the period's end. The agency with the most overdue cases first.")])
    }
}
