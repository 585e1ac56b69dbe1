import TUICore

/// The handover and logbook Markdown as a person reads it on a terminal (`ioc log show`, `ioc handover show`): bullets,
/// a quote bar, no `**` or backticks, wrapped with a hanging indent; the same reading of the Markdown as the console's
/// screens (`FormattedLine`), so the shell, the screen and the paper agree. `ioc handover export` keeps the Markdown.
public enum PlainText {
    /// The rows of one Markdown line at `width` columns (nil: one row, no wrapping, e.g. when piped); with `bold`,
    /// bold runs are wrapped in the terminal's bold on/off sequences. An empty line gives one empty row.
    public static func rows(markdown line: String, width: Int?, bold: Bool = false) -> [String] {
        guard !line.isEmpty else { return [""] }
        let formatted = FormattedLine(markdown: line)
        let rows = width.map { formatted.rows(width: max(20, $0)) }
            ?? [(formatted.prefix.isEmpty ? [] : [FormattedRun(formatted.prefix, .marker)]) + formatted.runs]
        return rows.map { runs in
            runs.map { run in bold && run.style == .bold ? "\u{1B}[1m" + run.text + "\u{1B}[22m" : run.text }.joined()
        }
    }

    /// Several Markdown lines, each prefixed by `indent` (counted in the width).
    public static func rows(markdown lines: [String], width: Int?, indent: String = "", bold: Bool = false) -> [String] {
        let inner = width.map { $0 - TextWidth.of(indent) }
        return lines.flatMap { line in rows(markdown: line, width: inner, bold: bold).map { $0.isEmpty ? "" : indent + $0 } }
    }
}
