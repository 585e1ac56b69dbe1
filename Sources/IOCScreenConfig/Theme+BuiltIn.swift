import IOCConfig
import TUICore

extension Theme {
    /// The theme compiled into the program, so the console works with no `Themes/` folder and on terminals without
    /// colour: meaning is carried by attributes only (bold, underline, reverse, dim), never by colour.
    /// `Themes/monochrome.yaml` is the same theme as a file.
    public static let builtInMonochrome = Theme(
        name: "monochrome",
        description: "No colours: meaning by bold, underline, reverse and dim only",
        styles: [
            .text: .plain,
            .muted: Style(attributes: .dim),
            .border: Style(attributes: .dim),
            .borderFocused: Style(attributes: .bold),
            .title: Style(attributes: .bold),
            .header: Style(attributes: [.bold, .underline]),
            .selected: Style(attributes: .reverse),
            .accent: Style(attributes: .bold),
            .good: .plain,
            .warning: Style(attributes: .bold),
            .critical: Style(attributes: [.bold, .underline]),
            .stale: Style(attributes: .dim),
            .statusBar: Style(attributes: .reverse),
            .statusBarAlert: Style(attributes: [.reverse, .bold]),
            .aqiGood: .plain,
            .aqiModerate: .plain,
            .aqiPoor: Style(attributes: .bold),
            .aqiBad: Style(attributes: .bold),
            .aqiVeryBad: Style(attributes: [.bold, .underline]),
            .aqiHazardous: Style(attributes: [.bold, .underline, .reverse]),
        ])
}
