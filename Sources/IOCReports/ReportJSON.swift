import Foundation
import IOCDomain

/// A report's figures as JSON, for other programs. The shape (stable; keys sorted):
/// `{"title", "period": {"kind", "name", "nameEN", "start", "end" (dates, "yyyy-MM-dd", the end excluded)},
/// "previousPeriod": {…}, "readAt" (ISO 8601), "partial" (the period was not over: figures to readAt, the period
/// before to the same span), "hidden": [domain], "sections": [{"id", "title", "withheld" (only when the reader may not
/// see it: no tables then), "notes": [text], "tables": [{"id", "title"?, "columns": [{"key", "label"}],
/// "rows": [{key: value}]}]}]}` — a value is a number, text or null (no figure), every row (none left out); labels
/// and text are in the report's language. Each table's id and keys are its CSV's.
public enum ReportJSON {
    public static func render(_ f: ReportFigures, _ lang: Language) throws -> String {
        let d = ReportSections.document(f, lang)
        let root: [String: Any] = [
            "title": d.title, "period": period(f.period), "previousPeriod": period(f.period.previous),
            "readAt": ISO8601DateFormatter().string(from: f.readAt), "partial": f.isPartial,
            "hidden": f.hidden.map(\.rawValue),
            "sections": d.sections.map { s -> [String: Any] in
                var o: [String: Any] = ["id": s.id, "title": s.title, "notes": s.notes,
                                        "tables": s.tables.map(table)]
                if let withheld = s.withheld { o["withheld"] = withheld }
                return o
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func table(_ t: ReportTable) -> [String: Any] {
        var o: [String: Any] = [
            "id": t.id, "columns": t.columns.map { ["key": $0.key, "label": $0.label] },
            "rows": t.rows.map { row in
                Dictionary(zip(t.columns.map(\.key), row.map { value($0.value) }), uniquingKeysWith: { a, _ in a })
            },
        ]
        if let title = t.title { o["title"] = title }
        return o
    }

    static func value(_ v: ReportValue) -> Any {
        switch v {
        case .integer(let n): return n
        case .decimal(let d): return d.isFinite ? d : NSNull()
        case .text(let s): return s
        case .none: return NSNull()
        }
    }

    static func period(_ p: ReportPeriod) -> [String: Any] {
        ["kind": p.kind.rawValue, "name": p.name(.vi), "nameEN": p.name(.en),
         "start": VietnamTime.isoDate(p.start), "end": VietnamTime.isoDate(p.end)]
    }
}
