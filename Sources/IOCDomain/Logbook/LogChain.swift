import Foundation

/// The hash chain of the logbook: what exactly is hashed for each entry. The store computes SHA-256 of
/// `canonicalText` (UTF-8) and keeps the hex digest; changing any field, or the order, breaks the chain.
public enum LogChain {
    /// The previous hash of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// One field per line, `name=value`, in a fixed order; text fields are NFC and their newlines are escaped, so no
    /// value can imitate another field. Times are Unix milliseconds; lists are comma-joined.
    public static func canonicalText(_ e: LogEntry) -> String {
        func escaped(_ s: String) -> String {
            s.precomposedStringWithCanonicalMapping
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\r", with: "\\r")
        }
        func listItem(_ s: String) -> String { escaped(s).replacingOccurrences(of: ",", with: "\\,") }
        func ms(_ d: Date) -> String { String(Int64((d.timeIntervalSince1970 * 1000).rounded())) }
        let fields: [(String, String)] = [
            ("v", "1"),
            ("id", String(e.id)),
            ("shift", escaped(e.shiftID)),
            ("author", escaped(e.author.name)),
            ("role", e.author.role.rawValue),
            ("category", e.category.rawValue),
            ("event_ms", ms(e.eventAt)),
            ("written_ms", ms(e.writtenAt)),
            ("alarms", e.alarmIDs.map(listItem).joined(separator: ",")),
            ("agencies", e.agencyCodes.map(listItem).joined(separator: ",")),
            ("wards", e.wardCodes.map(listItem).joined(separator: ",")),
            ("corrects", e.corrects.map(String.init) ?? ""),
            ("text", escaped(e.text)),
            ("previous", e.previousHash),
        ]
        return fields.map { "\($0.0)=\($0.1)" }.joined(separator: "\n")
    }
}
