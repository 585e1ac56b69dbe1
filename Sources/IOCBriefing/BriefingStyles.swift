import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets

/// The styles the briefing draws with, taken from a theme's roles (meaning never rests on colour: every state also
/// has a glyph and a word).
struct BriefingStyles: Sendable {
    let widget: WidgetStyles
    /// Slide headings.
    let heading: Style
    /// Big headline numbers in a normal state.
    let big: Style
    /// The header and footer bars.
    let bar: Style
    /// The frozen-data marker and problems on the bars.
    let marker: Style
    private let theme: Theme

    init(theme: Theme) {
        self.theme = theme
        widget = ThemeStyles.widgetStyles(theme)
        heading = theme.style(.title)
        big = theme.style(.accent).patched(with: Style(attributes: .bold))
        bar = theme.style(.statusBar)
        marker = theme.style(.statusBarAlert)
    }

    /// Text in a state: plain text when normal, else the warning, critical or stale style.
    func severity(_ s: Severity) -> Style { widget.style(for: s) }

    /// A big number in a state.
    func bigNumber(_ s: Severity) -> Style {
        s == .normal ? big : widget.style(for: s).patched(with: Style(attributes: .bold))
    }

    /// The official VN_AQI band style.
    func aqi(_ category: AQICategory) -> Style {
        switch category {
        case .good: return theme.style(.aqiGood)
        case .moderate: return theme.style(.aqiModerate)
        case .poor: return theme.style(.aqiPoor)
        case .bad: return theme.style(.aqiBad)
        case .veryBad: return theme.style(.aqiVeryBad)
        case .hazardous: return theme.style(.aqiHazardous)
        }
    }
}
