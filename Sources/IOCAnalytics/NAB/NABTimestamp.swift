import Foundation

/// Parses NAB's timestamps, `YYYY-MM-DD HH:MM:SS` with an optional fraction (`.ffffff`), read as UTC.
///
/// Written by hand (civil date to days since 1970) because `DateFormatter` is slow and locale-sensitive, and the
/// corpus holds a few hundred thousand timestamps.
public enum NABTimestamp {
    /// The date for `text`, or nil when it is not of the form above (whole: a trailing zone or other bytes are not).
    public static func parse<S: StringProtocol>(_ text: S) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 19 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for k in from..<(from + count) {
                let b = bytes[k]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard bytes[4] == 45, bytes[7] == 45, bytes[10] == 32 || bytes[10] == 84, bytes[13] == 58, bytes[16] == 58,
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        // Nothing may follow but a fraction (`.ffffff`): a zone or anything else is not this form.
        var fraction = 0.0
        if bytes.count > 19 {
            guard bytes[19] == 46, bytes.count > 20 else { return nil }
            var scale = 0.1
            for b in bytes[20...] {
                guard b >= 48, b <= 57 else { return nil }
                fraction += Double(b - 48) * scale
                scale /= 10
            }
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
