import IOCConfig
/// A purpose a colour serves on screen. Themes assign styles to roles, never widgets to colours.
public enum ThemeRole: String, Sendable, CaseIterable {
    case text, muted, border
    case borderFocused = "border_focused"
    case title, header, selected, accent
    /// Normal state; quiet (not green) in the control-room theme, as ISA-101 asks.
    case good
    case warning, critical, stale
    case statusBar = "status_bar"
    case statusBarAlert = "status_bar_alert"
    /// VN_AQI bands (1459/QĐ-TCMT): Tốt, Trung bình, Kém, Xấu, Rất xấu, Nguy hại.
    case aqiGood = "aqi_good"
    case aqiModerate = "aqi_moderate"
    case aqiPoor = "aqi_poor"
    case aqiBad = "aqi_bad"
    case aqiVeryBad = "aqi_very_bad"
    case aqiHazardous = "aqi_hazardous"
}
