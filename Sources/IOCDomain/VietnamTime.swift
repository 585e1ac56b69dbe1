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
        calendar.component(.weekday, from: date)
    }

    /// "HH:mm:ss" in UTC+7.
    public static func clock(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// "dd/MM/yyyy HH:mm" in UTC+7, the Vietnamese order.
    public static func dateTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d/%02d/%04d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// "dd/MM HH:mm" in UTC+7.
    public static func shortDateTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.month, .day, .hour, .minute], from: date)
        return String(format: "%02d/%02d %02d:%02d", c.day ?? 0, c.month ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
