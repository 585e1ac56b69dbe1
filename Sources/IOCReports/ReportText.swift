import Foundation
import IOCDomain

/// The words and numbers a report shares between its forms: one place for a label, a priority's name, a duration.
enum ReportText {
    static func title(_ f: ReportFigures, _ lang: Language) -> String {
        lang.pick("Báo cáo hoạt động Trung tâm Giám sát, điều hành thông minh — ", "IOC operations report — ")
            + f.period.name(lang)
    }

    static func priority(_ p: Int, _ lang: Language) -> String {
        let names = lang == .vi ? ["Khẩn cấp", "Cao", "Trung bình", "Thấp"] : ["Emergency", "High", "Medium", "Low"]
        return "\(p) " + names[min(3, max(0, p - 1))]
    }

    /// "35 s", "4 ph 05 s", "1 h 02 ph", from two days "4 ngày 05 h" / "4 d 05 h"; "–" when there is none.
    static func duration(_ seconds: Double?, _ lang: Language) -> String {
        guard let seconds else { return "–" }
        let s = Int(seconds.rounded())
        let minute = lang.pick("ph", "min")
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) \(minute) \(pad(s % 60)) s" }
        if s < 2 * 86_400 { return "\(s / 3600) h \(pad(s % 3600 / 60)) \(minute)" }
        return "\(s / 86_400) \(lang.pick("ngày", "d")) \(pad(s % 86_400 / 3600)) h"
    }

    static func percent(_ value: Double?, _ lang: Language) -> String {
        guard let value else { return "–" }
        return lang.numberStyle.percent(value)
    }

    static func decimal(_ value: Double, _ lang: Language) -> String {
        lang.numberStyle.format(value, decimals: 2)
    }

    /// The change from `before` to `now`: "+3", "−2", "0"; percentage points for rates ("+1,2 đ.%", "+1.2 pp").
    static func change(_ now: Int, _ before: Int) -> String {
        let d = now - before
        return d > 0 ? "+\(d)" : d < 0 ? "−\(-d)" : "0"
    }

    static func pointsChange(_ now: Double?, _ before: Double?, _ lang: Language) -> String {
        guard let now, let before else { return "–" }
        let d = now - before
        let text = lang.numberStyle.format(abs(d), decimals: 1)
        let unit = lang.pick(" đ.%", " pp")
        return (d > 0.05 ? "+" : d < -0.05 ? "−" : "") + text + unit
    }

    static func readAt(_ f: ReportFigures, _ lang: Language) -> String {
        if f.isPartial {
            let span = VietnamTime.dateTime(f.readAt)
            return lang.pick("Kỳ chưa kết thúc: số liệu đến \(span) (giờ Việt Nam), so với cùng khoảng thời gian của kỳ trước (\(f.period.previous.name(.vi))).",
                             "The period is not over: figures to \(span) (Vietnam time), compared with the same span of the period before (\(f.period.previous.name(.en))).")
        }
        return lang.pick("Số liệu từ bộ đệm của IOC, đọc lúc \(VietnamTime.dateTime(f.readAt)) (giờ Việt Nam); so với kỳ trước: \(f.period.previous.name(.vi)).",
                  "Figures from the IOC's cache, read at \(VietnamTime.dateTime(f.readAt)) (Vietnam time); compared with the period before: \(f.period.previous.name(.en)).")
    }

    static func hidden(_ f: ReportFigures, _ lang: Language) -> String? {
        guard !f.hidden.isEmpty else { return nil }
        return lang.pick("⊘ Không gồm (chưa được cấp quyền xem): ", "⊘ Left out (not granted to this account): ")
            + f.hidden.map { $0.label(lang) }.joined(separator: ", ")
    }

    /// Under a table shortened for people: how many rows are left out, and where they are.
    static func moreRows(_ t: ReportTable, _ lang: Language) -> String? {
        guard let limit = t.readableRows, t.rows.count > limit else { return nil }
        return lang.pick("… và \(t.rows.count - limit) dòng nữa (đủ trong báo cáo CSV, JSON).",
                         "… and \(t.rows.count - limit) more rows (all of them in the CSV and JSON reports).")
    }

    /// The text with its first letter a capital ("sự kiện" → "Sự kiện").
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "Jan" … "Dec".
    static func monthShort(_ month: Int) -> String {
        String(ReportPeriod.monthNames[min(11, max(0, month - 1))].prefix(3))
    }

    /// Said in place of a section whose domain this reader may not see.
    static func withheld(_ lang: Language) -> String {
        lang.pick("⊘ Chưa được cấp quyền xem.", "⊘ Not granted to this account.")
    }

    /// An agency's name as the report shows it: "(chưa phân công)" / "(unassigned)" for dossiers with no agency.
    /// `total`: the city's row (`DossierReport.total`), whose empty code is not "unassigned".
    static func agencyName(_ a: AgencyPerformance, _ lang: Language, total: Bool = false) -> String {
        a.agencyCode.isEmpty && !total ? lang.pick("(chưa phân công)", "(unassigned)") : a.agencyName(lang)
    }

    /// The same for a feedback row.
    static func agencyName(_ f: FeedbackSummary, _ lang: Language) -> String {
        f.agencyCode.isEmpty ? lang.pick("(chưa phân công)", "(unassigned)") : f.agencyName(lang)
    }

    /// Text from outside (names, codes) as every other boundary cleans it (`TextSanitizer`): tab, CR and LF are
    /// spaces, terminal sequences and other controls are gone; not shortened.
    static func plain(_ text: String) -> String {
        TextSanitizer.clean(text, maxCharacters: .max)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
