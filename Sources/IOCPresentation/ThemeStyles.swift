import IOCConfig
import IOCScreenConfig
import TUICore
import TUIWidgets

/// Maps a theme's roles onto the styles widgets take: the one mapping, for the console and the wall.
public enum ThemeStyles {
    public static func widgetStyles(_ theme: Theme) -> WidgetStyles {
        var s = WidgetStyles.plain
        s.text = theme.style(.text)
        s.muted = theme.style(.muted)
        s.border = theme.style(.border)
        s.borderFocused = theme.style(.borderFocused)
        s.title = theme.style(.title)
        s.header = theme.style(.header)
        s.selected = theme.style(.selected)
        s.accent = theme.style(.accent)
        s.good = theme.style(.good)
        s.warning = theme.style(.warning)
        s.critical = theme.style(.critical)
        s.stale = theme.style(.stale)
        return s
    }
}
