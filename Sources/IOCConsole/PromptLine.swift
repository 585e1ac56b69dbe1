import TUICore

/// Fits a prompt (its label, what was typed, the cursor) to the bottom row so the cursor and the end of what is
/// being typed always show: a long label is cut first ("…"), then the start of the typed text.
enum PromptLine {
    static let cursor = "▏"

    static func fit(label: String, text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let input = text + cursor
        let full = label + input
        if TextWidth.of(full) <= width { return full }
        let inputWidth = TextWidth.of(input)
        if inputWidth + 2 <= width {
            // The label gives way, down to its first column and an ellipsis.
            return TextWidth.truncate(label, to: width - inputWidth) + input
        }
        return "…" + tail(input, width: width - 1)
    }

    /// The end of `text` that fits in `width` columns, whole graphemes only.
    static func tail(_ text: String, width: Int) -> String {
        var out: [Character] = []
        var used = 0
        for c in text.reversed() {
            let w = TextWidth.width(of: c)
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return String(out.reversed())
    }
}
