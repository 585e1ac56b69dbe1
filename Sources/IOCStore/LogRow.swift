import Crypto
import Foundation
import TextFold
import IOCDomain

/// Converts log entries to and from `log_entry` rows, and hashes them.
enum LogRow {
    static let insertSQL = """
        INSERT INTO log_entry (id, shift_id, author, role, category, text, search, event_ms, written_ms, alarm_ids,
                               agency_codes, ward_codes, corrects_id, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// SHA-256 (lower-case hex) of the entry's canonical text.
    static func hash(_ e: LogEntry) -> String {
        SHA256.hash(data: Data(LogChain.canonicalText(e).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The folded text search runs on: text, author, category names and links.
    static func search(_ e: LogEntry) -> String {
        TextFolding.fold(([e.text, e.author.name, e.category.labelVI, e.category.labelEN] + e.alarmIDs + e.agencyCodes + e.wardCodes)
            .joined(separator: " "))
    }

    static func arguments(_ e: LogEntry) -> SQLArguments {
        [e.id, e.shiftID, e.author.name, e.author.role.rawValue, e.category.rawValue, e.text, search(e),
         e.eventAt.unixMillis, e.writtenAt.unixMillis, json(e.alarmIDs), json(e.agencyCodes), json(e.wardCodes),
         e.corrects, e.previousHash, e.hash]
    }

    /// Decodes a row with throwing accessors, so a hand-edited value (a wrong type, an unknown role) is an error that
    /// verification reports against the entry, never a crash.
    static func entry(_ row: SQLRow) throws -> LogEntry {
        func column<T: SQLValueConvertible>(_ name: String) throws -> T { try row.decode(T.self, forColumn: name) }
        let roleText: String = try column("role")
        guard let role = OperatorRole(rawValue: roleText) else { throw LogbookRefusal.unreadableRow(column: "log_entry.role", value: roleText) }
        let categoryText: String = try column("category")
        guard let category = LogCategory(rawValue: categoryText) else {
            throw LogbookRefusal.unreadableRow(column: "log_entry.category", value: categoryText)
        }
        var draft = LogEntryDraft(author: Actor(name: try column("author"), role: role), category: category, text: "",
                                  eventAt: Date(unixMillis: try column("event_ms")), writtenAt: Date(unixMillis: try column("written_ms")),
                                  alarmIDs: list(try column("alarm_ids")), agencyCodes: list(try column("agency_codes")),
                                  wardCodes: list(try column("ward_codes")), corrects: try column("corrects_id"))
        // The stored text as it is (not cleaned again), so a changed byte shows in verification.
        draft.text = try column("text")
        return LogEntry(id: try column("id"), shiftID: try column("shift_id"), draft: draft, previousHash: try column("prev_hash"),
                        hash: try column("hash"))
    }

    static func json(_ list: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? String(data: encoder.encode(list), encoding: .utf8)) ?? "[]"
    }

    static func list(_ text: String?) -> [String] {
        guard let data = text?.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
