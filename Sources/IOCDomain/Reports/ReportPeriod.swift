import Foundation

/// The span a report covers, in Vietnam time: a calendar month, quarter, half-year or year, or the days from one date
/// to another, both included (Hải Phòng's regulation asks for monthly, quarterly, half-yearly, yearly and ad-hoc
/// reports). `start` is inclusive and `end` exclusive, both at midnight UTC+7. `previous` is the span just before,
/// of the same kind and length, for the change against the previous period.
public struct ReportPeriod: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Hashable {
        case month
        case quarter
        case halfYear = "half-year"
        case year
        /// From one date to another (`--from`, `--to`).
        case range

        /// Months in one period of this kind (nil for a range of days).
        public var months: Int? {
            switch self {
            case .month: return 1
            case .quarter: return 3
            case .halfYear: return 6
            case .year: return 12
            case .range: return nil
            }
        }
    }

    public let kind: Kind
    public let start: Date
    public let end: Date
    /// The first month (1–12) and year of a calendar period; for a range, those of its first day.
    public let year: Int
    public let month: Int

    /// The calendar period of `kind` that contains `date` (a range: the one day of `date`).
    public init(_ kind: Kind, containing date: Date) {
        let c = VietnamTime.components(date)
        guard let months = kind.months else {
            self.init(kind: .range, year: c.year, month: c.month, start: VietnamTime.startOfDay(date),
                      end: VietnamTime.startOfDay(date).addingTimeInterval(86_400))
            return
        }
        let first = (c.month - 1) / months * months + 1
        self.init(calendar: kind, year: c.year, month: first)
    }

    /// The calendar period of `kind` named by `text`: a month "2026-10" (the period that contains it), a year "2026"
    /// (its first period), a quarter "2026-Q3" or a half-year "2026-H1" (of that kind only).
    public init(_ kind: Kind, of text: String) throws {
        guard let months = kind.months else { throw ReportPeriodError.rangeNeedsDates }
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = parts.first.flatMap(Self.year), parts.count <= 2 else { throw ReportPeriodError.badPeriod(text) }
        var month = 1
        if parts.count == 2 {
            let second = parts[1]
            if second.count == 2, Self.isDigits(second), let m = Int(second), (1...12).contains(m) {
                month = m
            } else if second.count == 2, second.hasPrefix("Q"), kind == .quarter, let q = Int(second.dropFirst()), (1...4).contains(q) {
                month = (q - 1) * 3 + 1
            } else if second.count == 2, second.hasPrefix("H"), kind == .halfYear, let h = Int(second.dropFirst()), (1...2).contains(h) {
                month = (h - 1) * 6 + 1
            } else {
                throw ReportPeriodError.badPeriod(text)
            }
        }
        self.init(calendar: kind, year: year, month: (month - 1) / months * months + 1)
    }

    /// The days from `from` to `to` ("yyyy-MM-dd"), both included.
    public init(from: String, to: String) throws {
        guard let first = Self.day(from) else { throw ReportPeriodError.badDate(from) }
        guard let last = Self.day(to) else { throw ReportPeriodError.badDate(to) }
        guard first <= last else { throw ReportPeriodError.endBeforeStart(from: from, to: to) }
        let c = VietnamTime.components(first)
        self.init(kind: .range, year: c.year, month: c.month, start: first, end: last.addingTimeInterval(86_400))
    }

    private init(calendar kind: Kind, year: Int, month: Int) {
        let months = kind.months ?? 1
        self.init(kind: kind, year: year, month: month,
                  start: VietnamTime.startOfDay(year: year, month: month, day: 1),
                  end: VietnamTime.startOfDay(year: year, month: month + months, day: 1))
    }

    private init(kind: Kind, year: Int, month: Int, start: Date, end: Date) {
        self.kind = kind
        self.year = year
        self.month = month
        self.start = start
        self.end = end
    }

    /// Whole days in the period.
    public var days: Int { Int((end.timeIntervalSince(start) / 86_400).rounded()) }

    /// The period just before: the calendar period of the same kind, or as many days just before a range.
    public var previous: ReportPeriod {
        guard let months = kind.months else {
            let length = end.timeIntervalSince(start)
            let start = self.start.addingTimeInterval(-length)
            let c = VietnamTime.components(start)
            return ReportPeriod(kind: .range, year: c.year, month: c.month, start: start, end: self.start)
        }
        let index = year * 12 + (month - 1) - months
        return ReportPeriod(calendar: kind, year: index / 12, month: index % 12 + 1)
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// The period's name: "tháng 10/2026", "quý III/2026", "6 tháng đầu năm 2026", "năm 2026", "01/10/2026 – 15/10/2026";
    /// "October 2026", "Q3 2026", "H1 2026", "2026", "2026-10-01 – 2026-10-15".
    public func name(_ lang: Language) -> String {
        switch kind {
        case .month:
            return lang.pick("tháng \(month)/\(year)", "\(Self.monthNames[month - 1]) \(year)")
        case .quarter:
            let q = (month - 1) / 3 + 1
            return lang.pick("quý \(["I", "II", "III", "IV"][q - 1])/\(year)", "Q\(q) \(year)")
        case .halfYear:
            return month == 1 ? lang.pick("6 tháng đầu năm \(year)", "H1 \(year)")
                              : lang.pick("6 tháng cuối năm \(year)", "H2 \(year)")
        case .year:
            return lang.pick("năm \(year)", "\(year)")
        case .range:
            let last = end.addingTimeInterval(-86_400)
            return lang == .vi ? Self.viDate(start) + " – " + Self.viDate(last)
                               : VietnamTime.isoDate(start) + " – " + VietnamTime.isoDate(last)
        }
    }

    /// January … December.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    private static func viDate(_ date: Date) -> String { String(VietnamTime.dateTime(date).prefix(10)) }

    private static func isDigits<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, isDigits(text), let y = Int(text), (1970...9999).contains(y) else { return nil }
        return y
    }

    /// Midnight UTC+7 of "yyyy-MM-dd", or nil when it is not a real date.
    static func day(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].count == 2, parts[2].count == 2, isDigits(parts[1]), isDigits(parts[2]),
              let y = year(String(parts[0])),
              let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return nil }
        let date = VietnamTime.startOfDay(year: y, month: m, day: d)
        // Rolled over (30 February): not a real date.
        let c = VietnamTime.components(date)
        return c.month == m && c.day == d ? date : nil
    }
}
