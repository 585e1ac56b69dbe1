import Foundation

extension VietnamTime {
    /// Whether two instants fall on the same calendar day in UTC+7.
    public static func isSameDay(_ a: Date, _ b: Date) -> Bool { localDayNumber(a) == localDayNumber(b) }

    /// "HH:mm:ss" when `date` is on the same day as `today` in UTC+7, else "dd/MM/yyyy HH:mm:ss": a time shown as
    /// current must never hide that it is from another day.
    public static func clock(_ date: Date, datedUnlessOn today: Date) -> String {
        guard !isSameDay(date, today) else { return clock(date) }
        return String(dateTime(date).prefix(10)) + " " + clock(date)
    }
}

extension VietnamTime {
    /// The midnight (UTC+7) that starts the civil day `year`-`month`-`day`; a day or month out of range rolls over
    /// (month 13 is January of the next year, day 0 the last day of the month before), as the periods need.
    public static func startOfDay(year: Int, month: Int, day: Int) -> Date {
        // Months first, so that month 0 or 13 land in the right year; then days from the civil date (H. Hinnant).
        let months = year * 12 + (month - 1)
        let y0 = months >= 0 ? months / 12 : -((-months + 11) / 12)
        let m0 = months - y0 * 12 + 1
        let y = m0 <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m0 > 2 ? m0 - 3 : m0 + 9) + 2) / 5 + 1 - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468 + (day - 1)
        return Date(timeIntervalSince1970: Double(days * 86_400 - offsetSeconds))
    }
}
