/// One terminal cell: a grapheme, its display width and its style.
///
/// A wide grapheme (width 2) occupies its cell and the next one; that next cell is a continuation cell
/// with an empty grapheme and width 0.
public struct Cell: Hashable, Sendable {
    /// The text shown: `" "` when blank, `""` for the right half of a wide grapheme.
    public var grapheme: String
    /// 0 (continuation of a wide grapheme), 1 or 2.
    public var width: Int
    public var style: Style

    public init(grapheme: String, width: Int, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space in the plain style.
    public static let blank = Cell(grapheme: " ", width: 1, style: .plain)

    /// The right half of a wide grapheme, in the given style.
    public static func continuation(style: Style) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
