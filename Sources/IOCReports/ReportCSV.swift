import Foundation
import IOCDomain

/// A report's figures as CSV (RFC 4180): one table per section's table, each a header row of column keys then its
/// rows, every row, tables separated by an empty line; the first column names the table. Numbers are plain (a dot
/// for decimals, two places), for spreadsheets; text is in the report's language.
public enum ReportCSV {
    public static func render(_ f: ReportFigures, _ lang: Language) -> String {
        let tables = ReportSections.document(f, lang).sections.flatMap(\.tables)
        return tables.map { t in
            ([["section"] + t.columns.map(\.key)] + t.rows.map { [t.id] + $0.map { field($0.value) } })
                .map(row).joined(separator: "\r\n") + "\r\n"
        }.joined(separator: "\r\n")
    }

    static func field(_ value: ReportValue) -> String {
        switch value {
        case .integer(let n): return "\(n)"
        case .decimal(let d): return String(format: "%.2f", d)
        // Names from outside systems: control characters (ESC, CR, LF, tab …) are spaces, as in every form.
        case .text(let s): return ReportText.plain(s)
        case .none: return ""
        }
    }

    /// One record: a field with a comma, quote or line break is quoted, its quotes doubled; a field a spreadsheet
    /// would run as a formula (=, +, -, @, tab or CR first: OWASP's list) gets a leading apostrophe.
    static func row(_ fields: [String]) -> String {
        fields.map { field -> String in
            var f = field
            // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
            if let first = f.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(f) == nil { f = "'" + f }
            guard f.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return f }
            return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
