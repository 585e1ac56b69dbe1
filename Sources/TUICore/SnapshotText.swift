/// A readable, diffable text form of a buffer, used by snapshot tests and `ioc snapshot`.
public enum SnapshotText {
    /// Plain rows, one per line, trailing spaces trimmed — then, if
    /// `styles` is true, a "styles:" section listing runs "y x1-x2 fg=… bg=… attrs=…" for non-plain cells only.
    ///
    /// Runs are maximal stretches of one style within a row; `x2` is inclusive. Every line ends with "\n".
    public static func render(_ buffer: Buffer, styles: Bool = false) -> String {
        var out = ""
        for y in 0..<buffer.height {
            var row = buffer.rowText(y)
            while row.last == " " { row.removeLast() }
            out += row + "\n"
        }
        guard styles else { return out }
        out += "styles:\n"
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                var end = x
                while end + 1 < buffer.width, buffer[end + 1, y].style == style { end += 1 }
                if !style.isPlain {
                    out += "\(y) \(x)-\(end) fg=\(style.foreground.name) bg=\(style.background.name) "
                        + "attrs=\(style.attributes.names)\n"
                }
                x = end + 1
            }
        }
        return out
    }
}
