import Foundation
import IOCDomain

/// Finds the records whose text carries terminal control sequences or bidi controls. The text is cleaned wherever
/// it is read (`TextSanitizer`) and the record kept; the source is noted, since a department system that sends
/// escape sequences is broken or attacked, and someone should know.
enum ControlText {
    /// "record 3: field 'tieu_de'" for each record holding such text (the first field found in it).
    static func problems(in records: [Any], what: String) -> [String] {
        records.enumerated().compactMap { index, record in
            // Most records hold nothing: checked without ordering keys; the path is looked for only when found.
            guard holds(record) else { return nil }
            return field(in: record, path: "").map { "\(what) \(index): field '\(TextSanitizer.clean($0, maxCharacters: 60))'" }
        }
    }

    /// Whether any string or key in `value` holds controls.
    private static func holds(_ value: Any, depth: Int = 0) -> Bool {
        guard depth < 32 else { return false }
        switch value {
        case let text as String:
            return !text.hasPrefix(HTTPJSONNumberGuard.marker) && TextSanitizer.holdsControls(text)
        case let object as [String: Any]:
            return object.contains { TextSanitizer.holdsControls($0.key) || holds($0.value, depth: depth + 1) }
        case let array as [Any]:
            return array.contains { holds($0, depth: depth + 1) }
        default:
            return false
        }
    }

    /// The path of the first string in `value` that holds controls, or nil.
    static func field(in value: Any, path: String, depth: Int = 0) -> String? {
        guard depth < 32 else { return nil }
        switch value {
        case let text as String:
            // The number guard's own marker (a number no double holds) is named as such elsewhere.
            if text.hasPrefix(HTTPJSONNumberGuard.marker) { return nil }
            return TextSanitizer.holdsControls(text) ? (path.isEmpty ? "(value)" : path) : nil
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                let inner = path.isEmpty ? key : "\(path).\(key)"
                if TextSanitizer.holdsControls(key) { return inner }
                if let found = field(in: object[key]!, path: inner, depth: depth + 1) { return found }
            }
            return nil
        case let array as [Any]:
            for (index, item) in array.enumerated() {
                if let found = field(in: item, path: "\(path)[\(index)]", depth: depth + 1) { return found }
            }
            return nil
        default:
            return nil
        }
    }

    /// The note for the batch, or nil when no record held controls.
    static func note(_ records: [Any], what: String) -> String? {
        LeftOut.note(problems(in: records, what: what), "\(what)s held terminal control or bidi characters (removed)")
    }
}
