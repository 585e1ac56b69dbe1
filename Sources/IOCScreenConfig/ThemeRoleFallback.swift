import IOCConfig
import TUICore

/// How a role a theme leaves out gets its style.
public enum ThemeRoleFallback: Sendable, Hashable {
    /// The parent role's style with these attributes added.
    case inherit(ThemeRole, adding: TextAttributes)
    /// The `text` style with this foreground (the official VN_AQI colours).
    case foreground(Color)
}
