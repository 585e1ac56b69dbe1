import IOCConfig
/// A screen arrangement read from `Layouts/<name>.yaml`: rows of panels, plus optional rows for small terminals.
public struct LayoutSpec: Sendable, Hashable {
    public var name: String
    /// Screen title shown in the header, if any.
    public var title: String?
    /// Below this size the console shows "terminal too small: need W×H" instead of broken panels.
    public var minWidth: Int
    public var minHeight: Int
    public var rows: [LayoutRow]
    /// Rows for small terminals (used when width < compactBelow.width or height < compactBelow.height), if any.
    public var compactBelow: TerminalSize?
    public var compactRows: [LayoutRow]

    public init(name: String, title: String? = nil, minWidth: Int, minHeight: Int, rows: [LayoutRow],
                compactBelow: TerminalSize? = nil, compactRows: [LayoutRow] = []) {
        self.name = name; self.title = title; self.minWidth = minWidth; self.minHeight = minHeight
        self.rows = rows; self.compactBelow = compactBelow; self.compactRows = compactRows
    }

    /// The rows to draw on a terminal of `width` × `height` cells.
    public func rows(forWidth width: Int, height: Int) -> [LayoutRow] {
        guard let below = compactBelow, !compactRows.isEmpty else { return rows }
        return width < below.width || height < below.height ? compactRows : rows
    }
}
