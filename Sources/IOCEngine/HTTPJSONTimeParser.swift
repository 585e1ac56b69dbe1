import Foundation
import IOCDomain

/// Reads times from department JSON: ISO 8601 with an offset, local `yyyy-MM-dd HH:mm:ss` or `dd/MM/yyyy HH:mm:ss`
/// (read as Vietnam time, UTC+7), or Unix seconds / milliseconds. One parser per poll (formatters are not Sendable).
struct HTTPJSONTimeParser {
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
            let seconds = number.doubleValue
            guard seconds.isFinite, seconds > 0 else { return nil }
            return Date(timeIntervalSince1970: seconds > 1e11 ? seconds / 1000 : seconds)
        }
        guard let text = (value as? String)?.trimmingCharacters(in: .whitespaces), !text.isEmpty, text.count < 40 else {
            return nil
        }
        if let date = iso.date(from: text) ?? isoFractional.date(from: text) { return date }
        for formatter in local {
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// A cursor text for a time: ISO 8601 with the Vietnam offset, as CAP and most Vietnamese APIs expect.
    func cursor(for date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = VietnamTime.zone
        return formatter.string(from: date)
    }
}
