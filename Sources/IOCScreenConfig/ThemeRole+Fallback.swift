import IOCConfig
import TUICore

extension ThemeRole {
    /// The fallback table for roles a theme file leaves out. Only `text` is required; chains end at `text`.
    ///
    /// | role | falls back to |
    /// |---|---|
    /// | muted | text + dim |
    /// | border | muted |
    /// | title | text + bold |
    /// | border_focused, header, accent | title |
    /// | selected | text + reverse |
    /// | good | text (normal is quiet) |
    /// | warning | text + bold |
    /// | critical | warning + underline |
    /// | stale | muted |
    /// | status_bar | text + reverse |
    /// | status_bar_alert | critical + reverse |
    /// | aqi_* | text with the official VN_AQI colour as foreground |
    public var fallback: ThemeRoleFallback {
        switch self {
        case .text: return .inherit(.text, adding: [])
        case .muted: return .inherit(.text, adding: .dim)
        case .border: return .inherit(.muted, adding: [])
        case .title: return .inherit(.text, adding: .bold)
        case .borderFocused, .header, .accent: return .inherit(.title, adding: [])
        case .selected: return .inherit(.text, adding: .reverse)
        case .good: return .inherit(.text, adding: [])
        case .warning: return .inherit(.text, adding: .bold)
        case .critical: return .inherit(.warning, adding: .underline)
        case .stale: return .inherit(.muted, adding: [])
        case .statusBar: return .inherit(.text, adding: .reverse)
        case .statusBarAlert: return .inherit(.critical, adding: .reverse)
        case .aqiGood, .aqiModerate, .aqiPoor, .aqiBad, .aqiVeryBad, .aqiHazardous:
            return .foreground(officialAQIColor ?? .default)
        }
    }

    /// The official VN_AQI colour of an AQI band role (1459/QĐ-TCMT), nil for other roles.
    public var officialAQIColor: Color? {
        switch self {
        case .aqiGood: return .rgb(0, 228, 0)
        case .aqiModerate: return .rgb(255, 255, 0)
        case .aqiPoor: return .rgb(255, 126, 0)
        case .aqiBad: return .rgb(255, 0, 0)
        case .aqiVeryBad: return .rgb(143, 63, 151)
        case .aqiHazardous: return .rgb(126, 0, 35)
        default: return nil
        }
    }
}
