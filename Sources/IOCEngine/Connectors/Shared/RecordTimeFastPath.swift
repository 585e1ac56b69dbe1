import Foundation

/// The time shapes departments send most, read from their digits without a formatter (Foundation's formatters cost
/// tens of microseconds a try on Linux, and a record may try seven): `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm[:ss[.fff]]`
/// with `Z` or `±HH:MM` (ISO 8601) or none (Vietnam time), `yyyy-MM-dd HH:mm[:ss]` and `dd/MM/yyyy[ HH:mm[:ss]]` (Vietnam
/// time, UTC+7 all year). Anything else is left to the formatters.
enum RecordTimeFastPath {
    static func date(_ text: String) -> Date? {
        var bytes = Array(text.utf8)[...]
        func number(_ count: Int) -> Int? {
            guard bytes.count >= count else { return nil }
            var value = 0
            for byte in bytes.prefix(count) {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            bytes = bytes.dropFirst(count)
            return value
        }
        func take(_ byte: UInt8) -> Bool {
            guard bytes.first == byte else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        var year = 0, month = 0, day = 0
        if bytes.count >= 10, bytes[bytes.startIndex + 4] == UInt8(ascii: "-") {
            guard let y = number(4), take(UInt8(ascii: "-")), let m = number(2), take(UInt8(ascii: "-")), let d = number(2) else { return nil }
            (year, month, day) = (y, m, d)
        } else if bytes.count >= 10, bytes[bytes.startIndex + 2] == UInt8(ascii: "/") {
            guard let d = number(2), take(UInt8(ascii: "/")), let m = number(2), take(UInt8(ascii: "/")), let y = number(4) else { return nil }
            (year, month, day) = (y, m, d)
        } else {
            return nil
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offset = 7 * 3600   // Vietnam time unless the text says otherwise
        if take(UInt8(ascii: "T")) || take(UInt8(ascii: " ")) {
            guard let h = number(2), take(UInt8(ascii: ":")), let mi = number(2) else { return nil }
            (hour, minute) = (h, mi)
            if take(UInt8(ascii: ":")) {
                guard let s = number(2) else { return nil }
                second = s
                if take(UInt8(ascii: ".")) {
                    var scale = 0.1
                    while let byte = bytes.first, byte >= 48 && byte <= 57 {
                        fraction += Double(byte - 48) * scale
                        scale /= 10
                        bytes = bytes.dropFirst()
                    }
                }
            }
            if take(UInt8(ascii: "Z")) {
                offset = 0
            } else if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
                guard let oh = number(2) else { return nil }
                _ = take(UInt8(ascii: ":"))
                // An offset is at most 14 hours (UTC+14, Kiribati): "+70:00" is no offset, not 70 hours.
                guard let om = number(2), om < 60, oh * 60 + om <= 14 * 60 else { return nil }
                offset = (oh * 3600 + om * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
            }
        }
        guard bytes.isEmpty, hour < 24, minute < 60, second < 61 else { return nil }
        // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        // A day that does not exist (31/02) is not a date.
        let daysInMonth = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }
}
