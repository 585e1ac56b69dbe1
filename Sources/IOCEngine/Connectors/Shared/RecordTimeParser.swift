import Foundation
import IOCDomain

/// Reads times from department records (JSON, CSV): ISO 8601 with an offset, local `yyyy-MM-dd HH:mm:ss` or `dd/MM/yyyy HH:mm:ss`
/// (read as Vietnam time, UTC+7), or Unix seconds / milliseconds. One parser per poll (formatters are not Sendable).
struct RecordTimeParser {
    private let iso = ISO8601DateFormatter()
    private let isoFractional: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()
    private let local: [DateFormatter] = [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
        "yyyy-MM-dd", "dd/MM/yyyy",
    ].map { pattern in
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = VietnamTime.zone
        formatter.dateFormat = pattern
        return formatter
    }

    /// The time in a JSON value, or nil when it is not a recognisable time.
    func date(from value: Any) -> Date? {
        if let number = value as? NSNumber, String(cString: number.objCType) != "c" {
            let raw = number.doubleValue
            guard raw.isFinite, raw > 0 else { return nil }
            let seconds = raw > 1e11 ? raw / 1000 : raw
            return Self.plausible(Date(timeIntervalSince1970: seconds))
        }
        guard let text = (value as? String)?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.count < 40 else {
            return nil
        }
        if let date = RecordTimeFastPath.date(text) { return Self.plausible(date) }
        return formatterDate(text).flatMap(Self.plausible)
    }

    /// The text's time read by Foundation's formatters alone (what the fast path must agree with).
    func formatterDate(_ text: String) -> Date? {
        // Every shape read here is written in printable ASCII and in under 40 characters, so nothing else is one of
        // them; and Foundation's DateFormatter on Linux traps ("Incorrect range CFRange") when the part it parsed
        // ends inside a grapheme, as in "2026\u{301}-11-23" (a digit carrying a combining mark), and ICU divides by
        // zero (SIGFPE) on a fraction of some fifty digits: a hostile record must not reach them.
        guard text.utf8.count < 40, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        if let date = iso.date(from: text) ?? isoFractional.date(from: text) { return date }
        for formatter in local {
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// Times outside 2000–2100 are treated as unreadable: a hostile or broken source must not push absurd values
    /// (e.g. 1e20 seconds) into the store, where they would not fit its integer milliseconds.
    static func plausible(_ date: Date) -> Date? {
        let t = date.timeIntervalSince1970
        return t >= 946_684_800 && t < 4_102_444_800 ? date : nil
    }

    /// A cursor text for a time: ISO 8601 with the Vietnam offset, as CAP and most Vietnamese APIs expect.
    func cursor(for date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = VietnamTime.zone
        return formatter.string(from: date)
    }
}
