import IOCDomain

/// A report as Markdown: a title, where the figures come from, then one section per subject with its table and the
/// rule it follows.
public enum ReportMarkdown {
    public static func render(_ f: ReportFigures, _ lang: Language) -> String {
        var out = "# " + ReportText.title(f, lang) + "\n\n" + ReportText.readAt(f, lang) + "\n"
        if let hidden = ReportText.hidden(f, lang) { out += "\n" + hidden + "\n" }
        out += "\n" + alarms(f, lang) + "\n" + dossiers(f, lang) + "\n" + feedback(f, lang)
        return out
    }

    static func feedback(_ f: ReportFigures, _ lang: Language) -> String {
        var out = "## " + lang.pick("3. Phản ánh, kiến nghị của người dân theo cơ quan", "3. Citizen feedback by agency") + "\n\n"
        guard !f.hidden.contains(.feedback) else {
            return out + lang.pick("⊘ Chưa được cấp quyền xem.", "⊘ Not granted to this account.") + "\n"
        }
        let before = Dictionary(f.previousFeedback.map { ($0.summary.agencyCode, $0.summary) }, uniquingKeysWith: { a, _ in a })
        out += table(
            [lang.pick("Cơ quan", "Agency"), lang.pick("Tiếp nhận", "Received"), lang.pick("Kỳ trước", "Before"),
             lang.pick("Đã chuyển xử lý", "Routed"), lang.pick("Đã giải quyết", "Resolved"),
             lang.pick("Thời gian giải quyết (trung vị)", "Time to resolve (median)"),
             lang.pick("Đang xử lý", "Open"), lang.pick("Quá hạn", "Overdue"), lang.pick("Quá hạn kỳ trước", "Overdue before")],
            rows: f.feedback.map { a in
                let s = a.summary, was = before[s.agencyCode]
                return [ReportText.agencyName(s, lang), "\(s.received)", "\(was?.received ?? 0)",
                        "\(s.routed) (\(ReportText.percent(s.routedRate, lang)))", "\(s.resolved)",
                        ReportText.duration(a.medianHoursToResolve.map { $0 * 3600 }, lang), "\(s.inProgress)",
                        "\(s.overdue)", "\(was?.overdue ?? 0)"]
            },
            right: [1, 2, 3, 4, 5, 6, 7, 8])
        out += "\n" + lang.pick(
            "Tiếp nhận trong kỳ; đã chuyển xử lý: trong số tiếp nhận, theo trạng thái hiện tại (mục tiêu 100%); đã giải quyết trong kỳ, thời gian tính từ khi tiếp nhận; đang xử lý và quá hạn tại cuối kỳ. Cơ quan nhiều phản ánh quá hạn nhất đứng đầu.",
            "Received in the period; routed: of those received, by their status now (target 100%); resolved in the period, timed from receipt; open and overdue at the period's end. The agency with the most overdue cases first.") + "\n"
        return out
    }

    static func alarms(_ f: ReportFigures, _ lang: Language) -> String {
        let a = f.alarms, before = f.previousAlarms
        var out = "## " + lang.pick("1. Cảnh báo (ISA-18.2)", "1. Alarms (ISA-18.2)") + "\n\n"
        out += table(
            [lang.pick("Mức ưu tiên", "Priority"), lang.pick("Phát sinh", "Annunciated"), lang.pick("Kỳ trước", "Before"),
             lang.pick("Thay đổi", "Change"), lang.pick("Đã xác nhận", "Acknowledged"),
             lang.pick("Thời gian xác nhận (trung vị)", "Time to acknowledge (median)"), lang.pick("(P90)", "(P90)")],
            rows: zip(a.byPriority, before.byPriority).map { now, was in
                [ReportText.priority(now.priority, lang), "\(now.annunciated)", "\(was.annunciated)",
                 ReportText.change(now.annunciated, was.annunciated), "\(now.acknowledged)",
                 ReportText.duration(now.medianSecondsToAcknowledge, lang), ReportText.duration(now.p90SecondsToAcknowledge, lang)]
            } + [[lang.pick("Tổng", "Total"), "\(a.annunciated)", "\(before.annunciated)",
                  ReportText.change(a.annunciated, before.annunciated), "\(a.acknowledged)", "", ""]],
            right: [1, 2, 3, 4])
        out += "\n" + lang.pick(
            "Tải cảnh báo: trung bình \(ReportText.decimal(a.averagePer10Minutes, lang)) cảnh báo/10 phút (mục tiêu ≤ \(AlarmLoad.acceptablePer10Minutes), tối đa \(AlarmLoad.maximumPer10Minutes)); cao nhất \(a.peakPer10Minutes)/10 phút; ngập cảnh báo (trên \(AlarmLoad.floodStartsAbove)/10 phút) \(ReportText.percent(a.floodPercent, lang)) thời gian (mục tiêu dưới 1%).",
            "Alarm load: on average \(ReportText.decimal(a.averagePer10Minutes, lang)) alarms per 10 minutes (target ≤ \(AlarmLoad.acceptablePer10Minutes), at most \(AlarmLoad.maximumPer10Minutes)); peak \(a.peakPer10Minutes) per 10 minutes; in flood (over \(AlarmLoad.floodStartsAbove) per 10 minutes) \(ReportText.percent(a.floodPercent, lang)) of the time (target under 1%).") + "\n"
        return out
    }

    static func dossiers(_ f: ReportFigures, _ lang: Language) -> String {
        var out = "## " + lang.pick("2. Hồ sơ thủ tục hành chính theo cơ quan", "2. Administrative dossiers by agency") + "\n\n"
        guard !f.hidden.contains(.government) else {
            return out + lang.pick("⊘ Chưa được cấp quyền xem.", "⊘ Not granted to this account.") + "\n"
        }
        let before = Dictionary(f.previousDossiers.map { ($0.agencyCode, $0) }, uniquingKeysWith: { a, _ in a })
        let total = DossierReport.total(f.dossiers), totalBefore = DossierReport.total(f.previousDossiers)
        func row(_ rank: String, _ a: AgencyPerformance, _ was: AgencyPerformance?) -> [String] {
            [rank, ReportText.agencyName(a, lang, total: rank.isEmpty), "\(a.workload)", "\(a.done)",
             "\(a.doneEarly)", "\(a.doneOnTime)", "\(a.doneLate)", "\(a.inProgress)", "\(a.lateInProgress)",
             ReportText.percent(a.onTimeRate, lang), ReportText.pointsChange(a.onTimeRate, was?.onTimeRate, lang)]
        }
        out += table(
            [lang.pick("Hạng", "Rank"), lang.pick("Cơ quan", "Agency"), lang.pick("Phải giải quyết", "Workload"),
             lang.pick("Đã giải quyết", "Done"), lang.pick("Trước hạn", "Early"), lang.pick("Đúng hạn", "On time"),
             lang.pick("Trễ hạn", "Late"), lang.pick("Đang giải quyết", "In progress"), lang.pick("Đang quá hạn", "Overdue"),
             lang.pick("Tỷ lệ đúng hạn", "On-time rate"), lang.pick("So với kỳ trước", "Against before")],
            rows: f.dossiers.enumerated().map { i, a in row("\(i + 1)", a, before[a.agencyCode]) }
                + [row("", total, totalBefore)],
            right: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        out += "\n" + lang.pick(
            "Tỷ lệ trễ hạn = (đang giải quyết quá hạn + đã giải quyết trễ hạn) / số phải giải quyết (tiếp nhận trong kỳ và kỳ trước chuyển sang); tỷ lệ đúng hạn = 100% − tỷ lệ trễ hạn; mục tiêu \(KPITarget.dossiersOnTime.text(compact: false)). Xếp hạng từ tỷ lệ đúng hạn thấp nhất.",
            "Late rate = (overdue in progress + done late) / workload (received in the period or carried over); on-time rate = 100% − late rate; target \(KPITarget.dossiersOnTime.text(compact: false)). Ranked from the lowest on-time rate.") + "\n"
        return out
    }

    /// A Markdown table; `right` lists the columns aligned right (numbers). Cells have their pipes escaped.
    static func table(_ header: [String], rows: [[String]], right: Set<Int>) -> String {
        // Backslashes first (so a name's "\|" stays text), then pipes; control characters (CR, LF) are spaces.
        func line(_ cells: [String]) -> String {
            "| " + cells.map { ReportText.plain($0).replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { right.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
