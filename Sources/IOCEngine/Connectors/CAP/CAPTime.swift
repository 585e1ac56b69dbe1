import Foundation

/// CAP's time: `yyyy-MM-ddTHH:mm:ss±hh:mm`, always with an offset, never `Z` or fractions (the schema's pattern on
/// xs:dateTime), and a real time: a day that exists in its month, hours to 23 (or 24:00:00, the next midnight),
/// no leap second, an offset within ±14:00.
enum CAPTime {
    static func date(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 25, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
              b[19] == 0x2B || b[19] == 0x2D, b[22] == 0x3A else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in b[from..<(from + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), let offsetHours = number(20, 2),
              let offsetMinutes = number(23, 2) else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard year >= 1, (1...12).contains(month), (1...days[month - 1]).contains(day), minute <= 59, second <= 59,
              hour <= 23 || (hour == 24 && minute == 0 && second == 0),
              offsetMinutes <= 59, offsetHours < 14 || (offsetHours == 14 && offsetMinutes == 0) else { return nil }
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day
        components.hour = hour; components.minute = minute; components.second = second
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let local = calendar.date(from: components) else { return nil }
        let offset = (offsetHours * 3600 + offsetMinutes * 60) * (b[19] == 0x2D ? -1 : 1)
        return local.addingTimeInterval(TimeInterval(-offset))
    }
}
