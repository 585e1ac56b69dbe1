import Crypto
import Foundation
import GRDB
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
        SearchFolding.fold(([e.text, e.author.name, e.category.labelVI, e.category.labelEN] + e.alarmIDs + e.agencyCodes + e.wardCodes)
            .joined(separator: " "))
    }

    static func arguments(_ e: LogEntry) -> StatementArguments {
        [e.id, e.shiftID, e.author.name, e.author.role.rawValue, e.category.rawValue, e.text, search(e),
         e.eventAt.unixMillis, e.writtenAt.unixMillis, json(e.alarmIDs), json(e.agencyCodes), json(e.wardCodes),
         e.corrects, e.previousHash, e.hash]
    }

    static func entry(_ row: Row) throws -> LogEntry {
        let roleText: String = row["role"]
        guard let role = OperatorRole(rawValue: roleText) else { throw AlarmRecordError(column: "log_entry.role", value: roleText) }
        let categoryText: String = row["category"]
        guard let category = LogCategory(rawValue: categoryText) else {
            throw AlarmRecordError(column: "log_entry.category", value: categoryText)
        }
        var draft = LogEntryDraft(author: Actor(name: row["author"], role: role), category: category, text: "",
                                  eventAt: Date(unixMillis: row["event_ms"]), writtenAt: Date(unixMillis: row["written_ms"]),
                                  alarmIDs: list(row["alarm_ids"]), agencyCodes: list(row["agency_codes"]),
                                  wardCodes: list(row["ward_codes"]), corrects: row["corrects_id"])
        // The stored text as it is (not cleaned again), so a changed byte shows in verification.
        draft.text = row["text"]
        return LogEntry(id: row["id"], shiftID: row["shift_id"], draft: draft, previousHash: row["prev_hash"], hash: row["hash"])
    }

    static func json(_ list: [String]) -> String {
        (try? String(data: JSONEncoder().encode(list), encoding: .utf8)) ?? "[]"
    }

    static func list(_ text: String?) -> [String] {
        guard let data = text?.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
