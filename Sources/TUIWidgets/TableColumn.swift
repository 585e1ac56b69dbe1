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
    /// With `trailingSeparator`: when at least `keepsCutTail` columns are left after the kept segments, the first
    /// dropped segment is shown cut ("6 citizen reports overdue · Hai Phong Ur…") rather than dropped, so a row still
    /// says whose it is; 0 drops it whole (a list of counts, where half a segment would misread).
    public var keepsCutTail: Int
    /// A cell too wide for the column, written "head<separator>tail", shortens its head first and keeps its tail whole
    /// (a series name: "Chỉ số ùn tắc – Đường Lạch Tray" → "Chỉ số… – Đường Lạch Tray", or the place alone).
    public var headSeparator: String?

    public init(title: String, width: Constraint, alignment: Alignment = .left, isIdentifier: Bool = false,
                trailingSeparator: String? = nil, keepsCutTail: Int = 0, headSeparator: String? = nil) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.isIdentifier = isIdentifier
        self.trailingSeparator = trailingSeparator
        self.keepsCutTail = keepsCutTail
        self.headSeparator = headSeparator
    }

    /// `text` as this column shows it in `width` cells: trailing segments dropped, or the head shortened, while it
    /// is too wide (what is still too wide is cut at the right when drawn).
    public func fit(_ text: String, width: Int) -> String {
        guard TextWidth.of(text) > width else { return text }
        if let separator = headSeparator, let range = text.range(of: separator) {
            let head = String(text[..<range.lowerBound])
            let tail = String(text[range.upperBound...])
            // A head cut to fewer than 4 columns says nothing ("C…"): the tail alone then.
            let room = width - TextWidth.of(separator) - TextWidth.of(tail)
            guard room >= 4 else { return tail }
            var short = TextWidth.truncate(head, to: room)
            if short.hasSuffix(" …") { short = String(short.dropLast(2)) + "…" }
            return short + separator + tail
        }
        guard let separator = trailingSeparator else { return text }
        var segments = text.components(separatedBy: separator)
        var dropped: String?
        while segments.count > 1, TextWidth.of(segments.joined(separator: separator)) > width { dropped = segments.removeLast() }
        let kept = segments.joined(separator: separator)
        if keepsCutTail > 0, let dropped {
            let room = width - TextWidth.of(kept) - TextWidth.of(separator)
            if room >= keepsCutTail {
                var cut = TextWidth.truncate(dropped, to: room)
                if cut.hasSuffix(" …") { cut = String(cut.dropLast(2)) + "…" }
                return kept + separator + cut
            }
        }
        return kept
    }
}
