import Foundation
import IOCDomain

/// A report's figures as CSV (RFC 4180): one table per section, each a header row then its rows, tables separated
/// by an empty line; the first column names the section. Numbers are plain (a dot for decimals), for spreadsheets.
public enum ReportCSV {
    public static func render(_ f: ReportFigures, _ lang: Language) -> String {
        var lines: [[String]] = [["section", "priority", "annunciated", "previous_annunciated", "acknowledged",
                                  "median_seconds_to_acknowledge", "p90_seconds_to_acknowledge"]]
        for (now, was) in zip(f.alarms.byPriority, f.previousAlarms.byPriority) {
            lines.append(["alarms", "\(now.priority)", "\(now.annunciated)", "\(was.annunciated)", "\(now.acknowledged)",
                          number(now.medianSecondsToAcknowledge), number(now.p90SecondsToAcknowledge)])
        }
        var tables = [lines]
        if !f.hidden.contains(.government) {
            let before = Dictionary(f.previousDossiers.map { ($0.agencyCode, $0) }, uniquingKeysWith: { a, _ in a })
            var dossiers: [[String]] = [["section", "rank", "agency_code", "agency", "workload", "done", "done_early",
                                         "done_on_time", "done_late", "in_progress", "late_in_progress", "on_time_rate",
                                         "previous_on_time_rate"]]
            for (i, a) in f.dossiers.enumerated() {
                dossiers.append(["dossiers", "\(i + 1)", a.agencyCode, ReportText.agencyName(a, lang), "\(a.workload)", "\(a.done)",
                                 "\(a.doneEarly)", "\(a.doneOnTime)", "\(a.doneLate)", "\(a.inProgress)", "\(a.lateInProgress)",
                                 number(a.onTimeRate), number(before[a.agencyCode]?.onTimeRate)])
            }
            tables.append(dossiers)
        }
        if !f.hidden.contains(.feedback) {
            var rows: [[String]] = [["section", "agency_code", "agency", "received", "routed", "resolved",
                                     "median_hours_to_resolve", "in_progress", "overdue", "previous_received", "previous_overdue"]]
            let was = Dictionary(f.previousFeedback.map { ($0.summary.agencyCode, $0.summary) }, uniquingKeysWith: { a, _ in a })
            for a in f.feedback {
                let s = a.summary
                rows.append(["feedback", s.agencyCode, ReportText.agencyName(s, lang), "\(s.received)", "\(s.routed)",
                             "\(s.resolved)", number(a.medianHoursToResolve), "\(s.inProgress)", "\(s.overdue)",
                             "\(was[s.agencyCode]?.received ?? 0)", "\(was[s.agencyCode]?.overdue ?? 0)"])
            }
            tables.append(rows)
        }
        return tables.map { $0.map(row).joined(separator: "\r\n") + "\r\n" }.joined(separator: "\r\n")
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.2f", value)
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
