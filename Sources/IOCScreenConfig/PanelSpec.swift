import IOCConfig
import TUICore

/// One panel of a layout row: what it shows, how wide it is, and its title in Vietnamese and English.
public struct PanelSpec: Sendable, Hashable {
    /// Unique within one arrangement (wide or compact); the console keeps focus and scroll state by it.
    public var id: String
    public var kind: PanelKind
    public var width: Constraint
    /// Vietnamese title; nil means the console's default title for `kind`.
    public var title: String?
    /// English title for `--lang en`; nil means the console's default.
    public var titleEN: String?

    public init(id: String, kind: PanelKind, width: Constraint, title: String? = nil, titleEN: String? = nil) {
        self.id = id; self.kind = kind; self.width = width; self.title = title; self.titleEN = titleEN
    }
}
