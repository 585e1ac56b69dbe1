import Foundation

/// One table cell as it is built: the text shown, and beside it the value it sorts by when it is a quantity (a
/// count, a rate, a time, an age). A cell with no value sorts by its text, folded; sorting never parses the shown
/// text back ("1.204", "97,5%", "06/12 08:15" were all read as numbers or compared as text before).
public struct TableCell: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public var text: String
    public var value: Double?

    public init(_ text: String, value: Double? = nil) {
        self.text = text
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// A quantity shown as `text` (formatted in the reader's style), sorted by `value`.
    public static func number(_ text: String, _ value: Double?) -> TableCell {
        TableCell(text, value: value)
    }

    /// An integer count shown as `text`, sorted by `count`.
    public static func number(_ text: String, _ count: Int) -> TableCell {
        TableCell(text, value: Double(count))
    }

    /// A moment shown as `text` (a clock, a date), sorted by the moment itself.
    public static func time(_ text: String, _ date: Date?) -> TableCell {
        TableCell(text, value: date?.timeIntervalSince1970)
    }
}
