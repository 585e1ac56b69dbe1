import TUICore

/// Fits a panel's summary line ("Đúng hạn 95,2% · Trễ 123 · …") to a width by dropping whole " · " segments from
/// the end, so a number is never cut in the middle ("Trễ 1" for 123 would be a wrong figure, not a short one).
enum SummaryFitting {
    static let separator = " · "

    static func fit(_ summary: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(summary) <= width { return summary }
        var segments = summary.components(separatedBy: separator)
        while segments.count > 1 {
            segments.removeLast()
            let candidate = segments.joined(separator: separator) + " …"
            if TextWidth.of(candidate) <= width { return candidate }
        }
        return TextWidth.truncate(summary, to: width)
    }
}
