import TUICore

/// The styles widgets draw with, one per role; the console builds this from a theme.
public struct WidgetStyles: Sendable, Hashable {
    public var text: Style
    public var muted: Style
    public var border: Style
    public var borderFocused: Style
    public var title: Style
    public var header: Style
    public var selected: Style
    public var accent: Style
    /// Normal-good state; not coloured in the dark theme (colour only for abnormal states).
    public var good: Style
    public var warning: Style
    public var critical: Style
    public var stale: Style

    public init(
        text: Style, muted: Style, border: Style, borderFocused: Style, title: Style, header: Style,
        selected: Style, accent: Style, good: Style, warning: Style, critical: Style, stale: Style
    ) {
        self.text = text
        self.muted = muted
        self.border = border
        self.borderFocused = borderFocused
        self.title = title
        self.header = header
        self.selected = selected
        self.accent = accent
        self.good = good
        self.warning = warning
        self.critical = critical
        self.stale = stale
    }

    /// Everything `Style.plain` except selected = reverse and title bold.
    public static let plain = WidgetStyles(
        text: .plain, muted: .plain, border: .plain, borderFocused: .plain, title: Style(attributes: .bold),
        header: .plain, selected: Style(attributes: .reverse), accent: .plain, good: .plain, warning: .plain,
        critical: .plain, stale: .plain)

    /// The style for text in a given state: `text` when normal, else the matching state style.
    public func style(for severity: Severity) -> Style {
        switch severity {
        case .normal: return text
        case .warning: return warning
        case .critical: return critical
        case .stale: return stale
        }
    }
}
