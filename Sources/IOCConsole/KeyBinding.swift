import TUICore

/// One key binding with its help text, so the help bar and the help screen come from the same table that
/// handles keys and cannot drift from it.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [KeyEvent]
    public var action: ConsoleAction
    /// Label in Vietnamese and English.
    public var labelVI: String
    public var labelEN: String
    /// Shown in the one-line help bar (the help screen shows every binding).
    public var inHelpBar: Bool
    /// Where the binding applies; a context's bindings take precedence over global ones for the same key.
    public var context: KeyContext

    public init(_ keys: [KeyEvent], _ action: ConsoleAction, vi: String, en: String, inHelpBar: Bool = false,
                context: KeyContext = .global) {
        self.keys = keys; self.action = action; self.labelVI = vi; self.labelEN = en; self.inHelpBar = inHelpBar
        self.context = context
    }

    /// "Tab", "↑/k", "q": the keys as an operator reads them.
    public var keysText: String { keys.map(\.displayName).joined(separator: "/") }
}
