extension TextWidth {
    /// Splits `s` (sanitised) into lines of at most `width` columns, breaking at spaces, and inside a word
    /// (at grapheme boundaries) only when the word alone is too long. Empty text gives no lines.
    public static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in sanitize(s).split(separator: " ", omittingEmptySubsequences: true) {
            var rest = String(word)
            var restWidth = of(rest)
            let needed = lineWidth == 0 ? restWidth : lineWidth + 1 + restWidth
            if needed <= width {
                line += (lineWidth == 0 ? "" : " ") + rest
                lineWidth = needed
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while restWidth > width {
                var head = ""
                var headWidth = 0
                var index = rest.startIndex
                while index < rest.endIndex {
                    let w = TextWidth.width(of: rest[index])
                    if headWidth + w > width { break }
                    head.append(rest[index])
                    headWidth += w
                    index = rest.index(after: index)
                }
                if head.isEmpty {
                    // A grapheme wider than the line: skip it rather than loop forever.
                    index = rest.index(after: rest.startIndex)
                } else {
                    lines.append(head)
                }
                rest = String(rest[index...])
                restWidth = of(rest)
            }
            line = rest
            lineWidth = restWidth
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}
