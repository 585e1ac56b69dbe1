import Foundation

/// The hash chain of the audit trail: what exactly is hashed for each record. The store keeps the hex SHA-256 of
/// `canonicalText` (UTF-8); changing one byte of any field, deleting a record or swapping two breaks the chain.
public enum AuditChain {
    /// The previous hash of the first record.
    public static let genesis = String(repeating: "0", count: 64)

    /// One field per line, `name=value`, in a fixed order; text is NFC with backslashes and line breaks escaped, so
    /// no value can imitate another field. The time is Unix milliseconds.
    public static func canonicalText(id: Int64, _ e: AuditEvent, previousHash: String) -> String {
        func escaped(_ s: String) -> String {
            s.precomposedStringWithCanonicalMapping
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\r", with: "\\r")
        }
        let fields: [(String, String)] = [
            ("v", "1"),
            ("id", String(id)),
            ("at_ms", String(Int64((e.at.timeIntervalSince1970 * 1000).rounded()))),
            ("account", escaped(e.account)),
            ("actor", escaped(e.actor)),
            ("role", escaped(e.role)),
            ("action", escaped(e.action.rawValue)),
            ("outcome", e.outcome.rawValue),
            ("target", escaped(e.target)),
            ("detail", escaped(e.detail)),
            ("domain", e.domain?.rawValue ?? ""),
            ("previous", previousHash),
        ]
        return fields.map { "\($0.0)=\($0.1)" }.joined(separator: "\n")
    }
}
