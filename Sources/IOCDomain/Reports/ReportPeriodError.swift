/// Why a report's period was refused, said in the reader's language with what was given.
public enum ReportPeriodError: Error, Equatable, Sendable {
    /// `--of` that names no period of the kind ("2026-13", "2026-Q5", "Q3").
    case badPeriod(String)
    /// A date that is not a real "yyyy-MM-dd" day.
    case badDate(String)
    /// `--to` before `--from`.
    case endBeforeStart(from: String, to: String)
    /// A range asked for without its dates.
    case rangeNeedsDates

    public func text(_ lang: Language) -> String {
        switch self {
        case .badPeriod(let t):
            return lang.pick("kỳ báo cáo không hợp lệ: \"\(t)\" (ví dụ 2026-10, 2026-Q3, 2026-H1, 2026)",
                             "not a report period: \"\(t)\" (e.g. 2026-10, 2026-Q3, 2026-H1, 2026)")
        case .badDate(let t):
            return lang.pick("ngày không hợp lệ: \"\(t)\" (dạng yyyy-MM-dd)", "not a date: \"\(t)\" (yyyy-MM-dd)")
        case .endBeforeStart(let from, let to):
            return lang.pick("--to \(to) trước --from \(from)", "--to \(to) is before --from \(from)")
        case .rangeNeedsDates:
            return lang.pick("khoảng thời gian cần --from và --to", "a range needs --from and --to")
        }
    }
}
