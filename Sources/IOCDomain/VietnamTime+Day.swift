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
