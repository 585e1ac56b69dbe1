import TUICore

/// A table column: its header title, its width constraint and how its cells align.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Constraint
    public var alignment: Alignment
    /// An identifier (a case code, a dossier number; also any short word that must not be cut, like an alarm's state):
    /// never cut, so its width is its longest cell's, whatever `width` says, and other columns shrink first
    /// (`Table.identifierWidths`).
    public var isIdentifier: Bool
    /// A cell too wide for the column gives up whole trailing segments after this separator before it is cut
    /// ("7 citizen reports overdue · Hai Phong Urban…" shows "7 citizen reports overdue").
    public var trailingSeparator: String?

    public init(title: String, width: Constraint, alignment: Alignment = .left, isIdentifier: Bool = false,
                trailingSeparator: String? = nil) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.isIdentifier = isIdentifier
        self.trailingSeparator = trailingSeparator
    }

    /// `text` as this column shows it in `width` cells: trailing segments dropped while it is too wide.
    public func fit(_ text: String, width: Int) -> String {
        guard let separator = trailingSeparator, TextWidth.of(text) > width else { return text }
        var segments = text.components(separatedBy: separator)
        while segments.count > 1, TextWidth.of(segments.joined(separator: separator)) > width { segments.removeLast() }
        return segments.joined(separator: separator)
    }
}
