import TUICore
import TUIWidgets

extension WidgetStyles {
    /// A dark control-room palette for style snapshots: grey base, colour only for abnormal states.
    static let sampleDark = WidgetStyles(
        text: Style(foreground: .indexed(252)),
        muted: Style(foreground: .indexed(245)),
        border: Style(foreground: .indexed(240)),
        borderFocused: Style(foreground: .ansi(15), attributes: .bold),
        title: Style(foreground: .ansi(15), attributes: .bold),
        header: Style(foreground: .indexed(252), background: .indexed(236)),
        selected: Style(attributes: .reverse),
        accent: Style(foreground: .ansi(15)),
        good: Style(foreground: .indexed(252)),
        warning: Style(foreground: .rgb(255, 176, 0)),
        critical: Style(foreground: .rgb(255, 64, 64), attributes: .bold),
        stale: Style(foreground: .indexed(245), attributes: .dim))
}
