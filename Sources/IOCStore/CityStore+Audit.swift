import Foundation
import IOCDomain

/// The audit trail: append-only, hash-chained records of who did what (and what was refused), written in the same
/// transaction as the action they record where there is one, and read by `ioc audit` and the SOC forwarder.
extension CityStore {
    /// Appends `event` chained to the newest record, inside the caller's transaction. Free text is cleaned of control
    /// and bidi characters and kept to 2 000 characters: an audit line must read as what it is.
    @discardableResult
    static func appendAudit(_ db: SQLSession, _ event: AuditEvent) throws -> AuditRecord {
        var e = event
        e.at = Date(unixMillis: e.at.unixMillis)
        e.account = TextSanitizer.clean(e.account, maxCharacters: 64)
        e.actor = TextSanitizer.clean(e.actor, maxCharacters: 120)
        e.role = TextSanitizer.clean(e.role, maxCharacters: 20)
        e.target = TextSanitizer.clean(e.target, maxCharacters: 200)
        e.detail = TextSanitizer.clean(e.detail, maxCharacters: 2000)
        let last = try db.fetchOne(sql: "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")
        let id: Int64 = (last?["id"] ?? 0) + 1
        let previous: String = last?["hash"] ?? AuditChain.genesis
        let record = AuditRecord(id: id, event: e, previousHash: previous, hash: AuditRow.hash(id: id, e, previousHash: previous))
        try db.execute(sql: AuditRow.insertSQL, arguments: AuditRow.arguments(record))
        return record
    }

    /// Appends one record in its own transaction (configuration loads, exports, refusals decided outside the store).
    @discardableResult
    public func audit(_ event: AuditEvent) throws -> AuditRecord {
        try database.write { db in
            var record: AuditRecord?
            record = try Self.appendAudit(db, event)
            return record!
        }
    }

    /// The event of `actor` doing `action` on `target` from this process's account.
    func auditEvent(_ action: AuditAction, by actor: Actor, at: Date, outcome: AuditOutcome = .ok, target: String = "",
                    detail: String = "", domain: Pillar? = nil) -> AuditEvent {
        AuditEvent(at: at, account: account, actor: actor.name, role: actor.role.rawValue, action: action, outcome: outcome,
                   target: target, detail: detail, domain: domain)
    }

    /// Runs `body`; when it throws one of the refusals the store decides (`LogbookRefusal`, `SourceActionRefusal`,
    /// `AccessRefusal`), the refusal is appended as a `refused` record in its own transaction (the body's was rolled
    /// back) and rethrown.
    func auditingRefusals<T>(_ action: AuditAction, by actor: Actor, at: Date, target: String = "",
                             _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let refusal as LogbookRefusal {
            try audit(auditEvent(action, by: actor, at: at, outcome: .refused, target: target, detail: refusal.text(.en)))
            throw refusal
        } catch let refusal as SourceActionRefusal {
            try audit(auditEvent(action, by: actor, at: at, outcome: .refused, target: target, detail: "\(refusal)"))
            throw refusal
        } catch let refusal as AccessRefusal {
            try audit(auditEvent(action, by: actor, at: at, outcome: .refused, target: target, detail: refusal.text(.en)))
            throw refusal
        }
    }

    /// Recomputes every record's hash from its stored fields and checks each links to the one before and the ids run
    /// without a gap; names the first record that fails.
    public func verifyAuditChain() throws -> ChainCheck {
        try database.read { db in
            var verifier = ChainVerifier(genesis: AuditChain.genesis, noun: "bản ghi", nounEN: "record")
            try db.forEachRow(sql: "SELECT * FROM audit ORDER BY id", arguments: []) { row in
                let record: AuditRecord
                do { record = try AuditRow.record(row) } catch {
                    let links = AuditRow.links(row)
                    verifier.check(id: row.value(named: "id").flatMap(Int64.init(sqlValue:)) ?? 0, previous: links.previous,
                                   stored: links.hash, computed: nil, unreadable: "\(error)")
                    return false
                }
                return verifier.check(id: record.id, previous: record.previousHash, stored: record.hash,
                                      computed: AuditRow.hash(id: record.id, record.event, previousHash: record.previousHash))
            }
            return verifier.result
        }
    }

    /// The newest `query.limit` records that match, oldest first.
    public func auditRecords(_ query: AuditQuery) throws -> [AuditRecord] {
        try database.read { db in
            var conditions: [String] = [], arguments: SQLArguments = []
            if let a = query.account { conditions.append("account = ?"); arguments += [a] }
            if let a = query.action { conditions.append("(action = ? OR substr(action, 1, ?) = ?)"); arguments += [a, a.utf8.count + 1, a + "."] }
            if let o = query.outcome { conditions.append("outcome = ?"); arguments += [o.rawValue] }
            if let s = query.since { conditions.append("at_ms >= ?"); arguments += [s.unixMillis] }
            if let u = query.until { conditions.append("at_ms < ?"); arguments += [u.unixMillis] }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [max(0, query.limit)]
            let rows = try db.fetchAll(sql: "SELECT * FROM audit \(filter) ORDER BY id DESC LIMIT ?", arguments: arguments)
            return try rows.reversed().map(AuditRow.record)
        }
    }

    /// Up to `limit` records after `id`, in order: what a collector has not been sent yet.
    public func auditRecords(after id: Int64, limit: Int) throws -> [AuditRecord] {
        try database.read { db in
            try db.fetchAll(sql: "SELECT * FROM audit WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [id, limit]).map(AuditRow.record)
        }
    }

    /// Takes the right to forward to `collector` when nobody holds it, its lease ran out, or `holder` has it already;
    /// renews it for `lease` seconds. Whether `holder` has it now.
    public func claimAuditForwarding(to collector: String, holder: String, at: Date, lease: TimeInterval) throws -> Bool {
        try database.write { db in
            let until = at.addingTimeInterval(lease).unixMillis
            try db.execute(sql: """
                INSERT INTO audit_forwarding (collector, last_id, at_ms, holder, lease_ms) VALUES (?, 0, ?, ?, ?)
                ON CONFLICT (collector) DO UPDATE SET holder = excluded.holder, lease_ms = excluded.lease_ms
                WHERE audit_forwarding.holder IS NULL OR audit_forwarding.holder = excluded.holder
                   OR audit_forwarding.lease_ms < ?
                """, arguments: [collector, at.unixMillis, holder, until, at.unixMillis])
            return try db.fetchOne(String.self, sql: "SELECT holder FROM audit_forwarding WHERE collector = ?", arguments: [collector]) == holder
        }
    }

    /// The last record `collector` was sent: its id (0 before the first) and hash.
    public func auditForwarded(to collector: String) throws -> (id: Int64, hash: String?) {
        try database.read { db in
            let row = try db.fetchOne(sql: "SELECT last_id, last_hash FROM audit_forwarding WHERE collector = ?", arguments: [collector])
            return (row?["last_id"] ?? 0, row?["last_hash"])
        }
    }

    /// The hash of record `id` as it is in the table now, or nil when there is no such record.
    public func auditHash(id: Int64) throws -> String? {
        try database.read { db in
            try db.fetchOne(sql: "SELECT hash FROM audit WHERE id = ?", arguments: [id]).flatMap { String(sqlValue: $0.values[0]) }
        }
    }

    /// Records that `collector` has been sent every record up to `id` (whose hash is `hash`), if `holder` still holds
    /// the lease; whether it did (false: another process took over, and this one must stop).
    public func markAuditForwarded(to collector: String, upTo id: Int64, hash: String, holder: String, at: Date) throws -> Bool {
        try database.write { db in
            try db.execute(sql: """
                UPDATE audit_forwarding SET last_id = ?, last_hash = ?, at_ms = ? WHERE collector = ? AND holder = ? AND last_id < ?
                """, arguments: [id, hash, at.unixMillis, collector, holder, id]) > 0
        }
    }

    /// The last failure to forward to `collector`, or nil once it works again.
    public func noteAuditForwardingError(to collector: String, _ error: String?) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE audit_forwarding SET last_error = ? WHERE collector = ? AND last_error IS DISTINCT FROM ?",
                           arguments: [error, collector, error])
        }
    }

    /// How many records wait for `collector`, and the last failure to send them.
    public func auditBacklog(for collector: String) throws -> AuditBacklog {
        try database.read { db in
            let row = try db.fetchOne(sql: "SELECT last_id, last_error FROM audit_forwarding WHERE collector = ?",
                                       arguments: [collector])
            let sent: Int64 = row?["last_id"] ?? 0
            let waiting = try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM audit WHERE id > ?", arguments: [sent]) ?? 0
            let oldest = try db.fetchOne(Int64.self, sql: "SELECT at_ms FROM audit WHERE id > ? ORDER BY id LIMIT 1", arguments: [sent])
            return AuditBacklog(collector: collector, waiting: waiting, lastError: row?["last_error"],
                                oldestWaiting: oldest.map { Date(unixMillis: $0) })
        }
    }
}
