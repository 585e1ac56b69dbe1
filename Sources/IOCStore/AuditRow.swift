import Crypto
import Foundation
import IOCDomain

/// Converts audit records to and from `audit` rows, and hashes them.
enum AuditRow {
    static let insertSQL = """
        INSERT INTO audit (id, at_ms, account, actor, role, action, outcome, target, detail, domain, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func hash(id: Int64, _ e: AuditEvent, previousHash: String) -> String {
        SHA256.hash(data: Data(AuditChain.canonicalText(id: id, e, previousHash: previousHash).utf8))
            .map { String(format: "%02x", $0) }.joined()
    }

    static func arguments(_ r: AuditRecord) -> SQLArguments {
        let e = r.event
        return [r.id, e.at.unixMillis, e.account, e.actor, e.role, e.action.rawValue, e.outcome.rawValue, e.target,
                e.detail, e.domain?.rawValue, r.previousHash, r.hash]
    }

    /// The record of a row; a value of the wrong type or an outcome the code does not know (only a hand-edited row
    /// has one) is an error naming the column, never a trap: the chain check names the record.
    static func record(_ row: SQLRow) throws -> AuditRecord {
        func text(_ name: String) throws -> String {
            guard let v = String(sqlValue: row.value(named: name) ?? .null) else { throw Unreadable(text: "\(name) is not text") }
            return v
        }
        func integer(_ name: String) throws -> Int64 {
            guard case .integer(let v) = row.value(named: name) ?? .null else { throw Unreadable(text: "\(name) is not a whole number") }
            return v
        }
        func domain() throws -> Pillar? {
            let value = row.value(named: "domain") ?? .null
            if value.isNull { return nil }
            guard let name = String(sqlValue: value), let d = Pillar(rawValue: name) else { throw Unreadable(text: "domain is not a domain") }
            return d
        }
        let stated = try text("outcome")
        guard let outcome = AuditOutcome(rawValue: stated) else { throw Unreadable(text: "outcome '\(stated)'") }
        let event = AuditEvent(at: Date(unixMillis: try integer("at_ms")), account: try text("account"), actor: try text("actor"),
                               role: try text("role"), action: AuditAction(rawValue: try text("action")), outcome: outcome,
                               target: try text("target"), detail: try text("detail"), domain: try domain())
        return AuditRecord(id: try integer("id"), event: event, previousHash: try text("prev_hash"), hash: try text("hash"))
    }

    /// The stated previous hash and hash of a row that cannot be read whole ("" where they cannot be read either).
    static func links(_ row: SQLRow) -> (previous: String, hash: String) {
        (String(sqlValue: row.value(named: "prev_hash") ?? .null) ?? "", String(sqlValue: row.value(named: "hash") ?? .null) ?? "")
    }

    /// A row that is not what the code writes: only a hand-edited row is.
    struct Unreadable: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }
}
