import Foundation
import IOCDomain

/// How rule messages write numbers and durations, the Vietnamese way (or the English way for `message_en`).
enum RuleText {
    /// Whole numbers plainly ("183"), others with at most one decimal (two below 10), trailing zeros dropped:
    /// "23,5", "9,9", "0,75" (English: "23.5", "9.9", "0.75").
    static func number(_ value: Double, style: NumberStyle = .vietnamese) -> String {
        var text = style.format(value, decimals: abs(value) < 10 ? 2 : 1)
        let mark: Character = style == .vietnamese ? "," : "."
        guard text.contains(mark) else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.last == mark { text.removeLast() }
        return text
    }

    /// `duration(_:)` in `language`; in English: "45 s", "15 min", "2 h", "1 h 30 min", "3 days".
    static func duration(_ seconds: TimeInterval, _ language: Language) -> String {
        guard language == .en else { return duration(seconds) }
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        if s < 86400 {
            let minutes = (s % 3600) / 60
            return minutes == 0 ? "\(s / 3600) h" : "\(s / 3600) h \(minutes) min"
        }
        let days = s / 86400, hours = (s % 86400) / 3600
        let dayText = days == 1 ? "1 day" : "\(days) days"
        return hours == 0 ? dayText : "\(dayText) \(hours) h"
    }

    /// "45 giây", "15 phút", "2 giờ", "1 giờ 30 phút", "3 ngày".
    static func duration(_ seconds: TimeInterval) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) giây" }
        if s < 3600 { return "\(s / 60) phút" }
        if s < 86400 {
            let minutes = (s % 3600) / 60
            return minutes == 0 ? "\(s / 3600) giờ" : "\(s / 3600) giờ \(minutes) phút"
        }
        let hours = (s % 86400) / 3600
        return hours == 0 ? "\(s / 86400) ngày" : "\(s / 86400) ngày \(hours) giờ"
    }

    /// Prefix of a clear's message, before the message the raise carried.
    static let clearedPrefix = "Đã trở lại bình thường: "

    /// `clearedPrefix` in English.
    static let clearedPrefixEN = "Back to normal: "
}
