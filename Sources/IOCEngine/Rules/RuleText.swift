import Foundation
import IOCDomain

/// How rule messages write numbers and durations, the Vietnamese way.
enum RuleText {
    /// Whole numbers plainly ("183"), others with at most one decimal (two below 10), trailing zeros dropped:
    /// "23,5", "9,9", "0,75".
    static func number(_ value: Double) -> String {
        var text = NumberStyle.vietnamese.format(value, decimals: abs(value) < 10 ? 2 : 1)
        guard text.contains(",") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(",") { text.removeLast() }
        return text
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
}
