import Crypto
import Foundation
import GRDB
import IOCDomain

/// Converts audit records to and from `audit` rows, and hashes them.
enum AuditRow {
    static let insertSQL = """
        INSERT INTO audit (id, at_ms, account, actor, role, action, outcome, target, detail, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func hash(id: Int64, _ e: AuditEvent, previousHash: String) -> String {
        SHA256.hash(data: Data(AuditChain.canonicalText(id: id, e, previousHash: previousHash).utf8))
            .map { String(format: "%02x", $0) }.joined()
    }

    static func arguments(_ r: AuditRecord) -> StatementArguments {
        let e = r.event
        return [r.id, e.at.unixMillis, e.account, e.actor, e.role, e.action.rawValue, e.outcome.rawValue, e.target,
                e.detail, r.previousHash, r.hash]
    }

    /// The record of a row; an outcome the code does not know is an error (the chain check names the record).
    static func record(_ row: Row) throws -> AuditRecord {
        let stated: String = row["outcome"] ?? ""
        guard let outcome = AuditOutcome(rawValue: stated) else { throw UnknownOutcome(text: stated) }
        let event = AuditEvent(at: Date(unixMillis: row["at_ms"]), account: row["account"], actor: row["actor"],
                               role: row["role"], action: AuditAction(rawValue: row["action"]), outcome: outcome,
                               target: row["target"], detail: row["detail"])
        return AuditRecord(id: row["id"], event: event, previousHash: row["prev_hash"], hash: row["hash"])
    }

    /// An outcome other than ok/refused: only a hand-edited row has one.
    struct UnknownOutcome: Error, CustomStringConvertible {
        let text: String
        var description: String { "outcome '\(text)'" }
    }
}
