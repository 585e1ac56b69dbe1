import TUIWidgets

/// One headline figure for a tile: what it is, the big value, against what, and how it stands.
struct Headline: Sendable, Hashable {
    /// What the figure is ("Hồ sơ đúng hạn").
    var label: String
    /// The big value, already formatted ("97,0%").
    var value: String
    /// Unit and target line under the number ("mục tiêu > 95%").
    var detail: String
    var severity: Severity
    /// The state in words, always after its glyph: "✓ Đạt mục tiêu", "! …", "✖ Dưới mục tiêu", "? Số liệu cũ", or "● …"
    /// for a figure with no target to judge it by ("● so cùng kỳ"), so the line reads the same without colour.
    var status: String
    /// The trend with its word ("▲ tăng"), if there is a history.
    var trend: String?
}
