import IOCDomain

/// A report as one self-contained HTML file: its styles inline, its charts inline SVG (`ReportSVG`), no script, and a
/// Content-Security-Policy that lets the page fetch nothing, so it opens the same offline, by mail or from a USB
/// stick. Printed on A4 (`@page`), each section starts a page, a table's header repeats on each page and its rows
/// are not cut.
public enum ReportHTML {
    public static func render(_ f: ReportFigures, _ lang: Language) -> String {
        let d = ReportSections.document(f, lang)
        var out = """
            <!DOCTYPE html>
            <html lang="\(lang == .vi ? "vi" : "en")">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(d.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>\(escape(d.title))</h1>

            """
        for line in d.preamble { out += "<p class=\"lead\">\(escape(line))</p>\n" }
        out += "</header>\n"
        for s in d.sections {
            out += "<section id=\"\(escape(s.id))\">\n<h2>\(escape(s.title))</h2>\n"
            if let withheld = s.withheld {
                out += "<p class=\"withheld\">\(escape(withheld))</p>\n</section>\n"
                continue
            }
            for t in s.tables { out += table(t, lang) }
            for c in s.charts { out += "<figure>" + ReportSVG.render(c) + "</figure>\n" }
            for n in s.notes { out += "<p class=\"note\">\(escape(n))</p>\n" }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func table(_ t: ReportTable, _ lang: Language) -> String {
        let columns = t.columns.indices.filter { t.columns[$0].readable }
        func cell(_ tag: String, _ column: Int, _ text: String) -> String {
            "<\(tag)\(t.columns[column].numeric ? " class=\"n\"" : "")>\(escape(text))</\(tag)>"
        }
        var out = t.title.map { "<h3>\(escape($0))</h3>\n" } ?? ""
        out += "<table>\n<thead><tr>" + columns.map { cell("th", $0, t.columns[$0].label) }.joined() + "</tr></thead>\n<tbody>\n"
        for row in t.rows.prefix(t.readableRows ?? t.rows.count) {
            out += "<tr>" + columns.map { cell("td", $0, row.indices.contains($0) ? row[$0].text : "") }.joined() + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let more = ReportText.moreRows(t, lang) { out += "<p class=\"note\">\(escape(more))</p>\n" }
        return out
    }

    /// Text as HTML: the five special characters as entities, control characters as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in ReportText.plain(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A4 portrait, 15 mm margins; system fonts only (nothing to fetch); black on white for print.
    static let style = """

        @page { size: A4; margin: 15mm 12mm; }
        html { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; background: #fff; }
        body { max-width: 186mm; margin: 0 auto; }
        h1 { font-size: 16pt; margin: 0 0 4mm; }
        h2 { font-size: 13pt; margin: 0 0 3mm; border-bottom: 1px solid #444; }
        h3 { font-size: 11pt; margin: 4mm 0 2mm; }
        p.lead { margin: 0 0 2mm; }
        p.note { font-size: 8.5pt; color: #333; margin: 2mm 0; }
        p.withheld { font-style: italic; }
        section { break-before: page; page-break-before: always; }
        header + section { break-before: auto; page-break-before: auto; margin-top: 6mm; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 8.5pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        td.n { white-space: nowrap; }
        td:not(.n) { min-width: 28mm; }
        figure { margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; }
        svg { max-width: 100%; height: auto; }

        """
}
