import Foundation
import IOCDomain

/// Fast UTC+7 arithmetic for the simulator (no Calendar on the hot path): local days, hours, weekdays.
enum LocalClock {
    static let offset = Double(VietnamTime.offsetSeconds)

    /// Days since 1970-01-01 in UTC+7.
    static func day(_ date: Date) -> Int64 {
        Int64(((date.timeIntervalSince1970 + offset) / 86400).rounded(.down))
    }

    /// Hour of day 0..<24 in UTC+7, with fraction.
    static func hour(_ date: Date) -> Double {
        let local = date.timeIntervalSince1970 + offset
        let seconds = local - (local / 86400).rounded(.down) * 86400
        return seconds / 3600
    }

    /// 1 = Sunday … 7 = Saturday, like Foundation.
    static func weekday(_ date: Date) -> Int { weekday(ofDay: day(date)) }

    static func weekday(ofDay day: Int64) -> Int {
        Int(((day % 7) + 7 + 4) % 7) + 1 // 1970-01-01 was a Thursday (5)
    }

    static func isWeekend(_ date: Date) -> Bool {
        let w = weekday(date)
        return w == 1 || w == 7
    }

    /// Midnight UTC+7 of a local day, as a UTC date.
    static func start(ofDay day: Int64) -> Date {
        Date(timeIntervalSince1970: Double(day) * 86400 - offset)
    }

    /// Local (year, month, day) of a local day number (Howard Hinnant's civil-from-days).
    static func civil(ofDay day: Int64) -> (year: Int, month: Int, day: Int) {
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }

    /// Local day number of a (year, month, day) (days-from-civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func month(_ date: Date) -> Int { civil(ofDay: day(date)).month }

    /// Fraction of the local year elapsed at `date` (0 at 1 January 00:00).
    static func yearFraction(_ date: Date) -> Double {
        let d = day(date)
        let year = civil(ofDay: d).year
        let first = dayNumber(year: year, month: 1, day: 1)
        let next = dayNumber(year: year + 1, month: 1, day: 1)
        let local = (date.timeIntervalSince1970 + offset) / 86400 - Double(first)
        return min(1, max(0, local / Double(next - first)))
    }

    /// `count` working days (Monday–Friday) after `date`, at 17:00 local: a legal deadline.
    static func addingWorkingDays(_ count: Int, to date: Date) -> Date {
        var d = day(date)
        var left = count
        while left > 0 {
            d += 1
            let w = weekday(ofDay: d)
            if w != 1 && w != 7 { left -= 1 }
        }
        return start(ofDay: d) + 17 * 3600
    }
}
