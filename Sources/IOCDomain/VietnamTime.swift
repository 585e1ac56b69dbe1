import Foundation

/// Times are stored in UTC and shown in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
public enum VietnamTime {
    public static let offsetSeconds = 7 * 3600
    public static let zone = TimeZone(secondsFromGMT: offsetSeconds)!

    /// A Gregorian calendar in UTC+7.
    public static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c
    }

    /// Hour of day (0–23) in UTC+7, with the fraction of the hour.
    public static func hourOfDay(_ date: Date) -> Double {
        let seconds = (Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds) % 86400
        return Double((seconds + 86400) % 86400) / 3600
    }

    /// Day of week in UTC+7: 1 = Sunday … 7 = Saturday (Foundation's convention).
    public static func weekday(_ date: Date) -> Int {
        let days = localDayNumber(date)
        return ((days % 7 + 7 + 4) % 7) + 1   // 1970-01-01 was a Thursday (5)
    }

    /// Year, month, day, hour, minute and second in UTC+7, by integer arithmetic: the console formats dozens of
    /// times per frame, and Foundation's calendar is about a hundred times slower than this.
    public static func components(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let days = floorDivide(local, 86400)
        let secondOfDay = local - days * 86400
        // Civil date from a day number (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }

    /// "HH:mm:ss" in UTC+7.
    /// The midnight (Vietnam time) that starts the day of `date`.
    public static func startOfDay(_ date: Date) -> Date {
        let local = date.timeIntervalSince1970 + Double(offsetSeconds)
        return Date(timeIntervalSince1970: (local / 86_400).rounded(.down) * 86_400 - Double(offsetSeconds))
    }

    public static func clock(_ date: Date) -> String {
        let c = components(date)
        return pad2(c.hour) + ":" + pad2(c.minute) + ":" + pad2(c.second)
    }

    /// "dd/MM/yyyy HH:mm" in UTC+7, the Vietnamese order.
    public static func dateTime(_ date: Date) -> String {
        let c = components(date)
        return pad2(c.day) + "/" + pad2(c.month) + "/" + pad(c.year, to: 4) + " " + pad2(c.hour) + ":" + pad2(c.minute)
    }

    /// "yyyy-MM-dd" in UTC+7 (the order that sorts).
    public static func isoDate(_ date: Date) -> String {
        let c = components(date)
        return pad(c.year, to: 4) + "-" + pad2(c.month) + "-" + pad2(c.day)
    }

    /// "yyyy-MM-ddTHH:mm:ss+07:00": ISO 8601 with Vietnam's offset, for programs (JSON, CSV).
    public static func isoDateTime(_ date: Date) -> String {
        let c = components(date)
        return isoDate(date) + "T" + pad2(c.hour) + ":" + pad2(c.minute) + ":" + pad2(c.second) + "+07:00"
    }

    /// "dd/MM HH:mm" in UTC+7.
    public static func shortDateTime(_ date: Date) -> String {
        let c = components(date)
        return pad2(c.day) + "/" + pad2(c.month) + " " + pad2(c.hour) + ":" + pad2(c.minute)
    }

    /// Days since 1970-01-01 in UTC+7 (negative before).
    static func localDayNumber(_ date: Date) -> Int {
        floorDivide(Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds, 86400)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad2(_ value: Int) -> String { pad(value, to: 2) }

    private static func pad(_ value: Int, to digits: Int) -> String {
        let text = String(value)
        return text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
    }
}
