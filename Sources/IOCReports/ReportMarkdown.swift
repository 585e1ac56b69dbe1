import IOCDomain

/// A report as Markdown: the title, the lines under it, then each section with its tables (numbers aligned right)
/// and the rules its figures follow. Charts are left out: their figures are in the tables.
public enum ReportMarkdown {
    public static func render(_ f: ReportFigures, _ lang: Language) -> String {
        let d = ReportSections.document(f, lang)
        var out = "# " + ReportText.plain(d.title) + "\n\n" + d.preamble.map(ReportText.plain).joined(separator: "\n\n") + "\n"
        for s in d.sections {
            out += "\n## " + s.title + "\n\n"
            if let withheld = s.withheld {
                out += withheld + "\n"
                continue
            }
            for t in s.tables {
                if let title = t.title { out += "### " + title + "\n\n" }
                out += table(t, lang) + "\n"
            }
            out += s.notes.joined(separator: "\n\n") + (s.notes.isEmpty ? "" : "\n")
        }
        return out
    }

    /// A table's readable columns and rows; cells have their pipes escaped and control characters made spaces.
    static func table(_ t: ReportTable, _ lang: Language) -> String {
        let columns = t.columns.indices.filter { t.columns[$0].readable }
        // Backslashes first (so a name's "\|" stays text), then pipes; control characters (CR, LF) are spaces.
        func line(_ cells: [String]) -> String {
            "| " + cells.map { ReportText.plain($0).replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "|", with: "\\|") }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + columns.map { t.columns[$0].numeric ? "---:" : "---" }.joined(separator: "|") + "|"
        let shown = t.rows.prefix(t.readableRows ?? t.rows.count)
        var out = ([line(columns.map { t.columns[$0].label }), rule] + shown.map { row in line(columns.map { row.indices.contains($0) ? row[$0].text : "" }) })
            .joined(separator: "\n") + "\n"
        if let more = ReportText.moreRows(t, lang) { out += "\n" + more + "\n" }
        return out
    }
}
