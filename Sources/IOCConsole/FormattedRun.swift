/// A piece of text in one style, within a formatted line.
struct FormattedRun: Sendable, Hashable {
    var text: String
    var style: RunStyle

    init(_ text: String, _ style: RunStyle = .plain) {
        self.text = text; self.style = style
    }
}
