import TUICore

/// A table column: its header title, its width constraint and how its cells align.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: Constraint
    public var alignment: Alignment
    /// An identifier (a case code, a dossier number): never cut, so its width is its longest cell's, whatever `width`
    /// says, and other columns shrink first (`Table.identifierWidths`).
    public var isIdentifier: Bool

    public init(title: String, width: Constraint, alignment: Alignment = .left, isIdentifier: Bool = false) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.isIdentifier = isIdentifier
    }
}
