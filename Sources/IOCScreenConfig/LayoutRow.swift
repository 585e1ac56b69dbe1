import IOCConfig
import TUICore

/// A horizontal band of a layout: its height and the panels side by side in it, left to right.
public struct LayoutRow: Sendable, Hashable {
    public var height: Constraint
    public var panels: [PanelSpec]

    public init(height: Constraint, panels: [PanelSpec]) {
        self.height = height; self.panels = panels
    }
}
