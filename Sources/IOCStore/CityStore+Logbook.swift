import Foundation
import TextFold
import IOCDomain

/// The shift logbook: append-only, hash-chained entries, written synchronously in one transaction each.
extension CityStore {
    /// Appends an entry in the shift of `pattern` that contains its writing time, chained to the newest entry, in
    /// one IMMEDIATE transaction (two consoles never chain to the same predecessor). Returns the stored entry.
    /// Refused (nothing written): a viewer as author, empty text, an event time after the writing time (a minute of
    /// clock skew allowed: a logbook tells what happened, not what will), a correction of an entry that does not exist,
    /// a link to an agency, ward or alarm the store does not know (`checkedLinks`: the one rule for the console and the
    /// shell). Alarm links may name an alarm by public number (`A17`); the entry stores its stable `rule|subject` key.
    @discardableResult
    public func appendLogEntry(_ draft: LogEntryDraft, pattern: ShiftPattern = .standard) throws -> LogEntry {
        try appendLogEntry(draft, pattern: pattern, audit: .logAdd, target: nil, alongside: nil)
    }

    /// The same, with `alongside` run in the entry's transaction: an action and the entry that records it are written
    /// together or not at all (a refused entry changes nothing). The audit record of `audit` (target: `target`, or the
    /// entry's number) is written in the same transaction; a refusal is audited on its own.
    func appendLogEntry(_ draft: LogEntryDraft, pattern: ShiftPattern, audit: AuditAction, target: String?,
                        alongside: ((SQLSession) throws -> Void)?) throws -> LogEntry {
        try auditingRefusals(audit, by: draft.author, at: draft.writtenAt, target: target ?? "") {
            try appendLogEntryAudited(draft, pattern: pattern, audit: audit, target: target, alongside: alongside)
        }
    }

    private func appendLogEntryAudited(_ draft: LogEntryDraft, pattern: ShiftPattern, audit: AuditAction, target: String?,
                                       alongside: ((SQLSession) throws -> Void)?) throws -> LogEntry {
        guard draft.author.role.canAct else { throw LogbookRefusal.viewerCannotWrite }
        var draft = draft
        draft.text = LogText.clean(draft.text)
        guard !draft.text.isEmpty else { throw LogbookRefusal.emptyEntry }
        if let length = LogText.excess(draft.text) {
            throw LogbookRefusal.entryTooLong(length: length, limit: LogText.maxCharacters)
        }
        guard draft.eventAt.timeIntervalSince(draft.writtenAt) <= 60 else {
            throw LogbookRefusal.eventAfterWriting(draft.eventAt)
        }
        draft.eventAt = Date(unixMillis: draft.eventAt.unixMillis)
        draft.writtenAt = Date(unixMillis: draft.writtenAt.unixMillis)
        draft.alarmIDs = draft.alarmIDs.map { TextSanitizer.clean($0, maxCharacters: 200) }.filter { !$0.isEmpty }
        draft.agencyCodes = draft.agencyCodes.map { TextSanitizer.clean($0, maxCharacters: 40) }.filter { !$0.isEmpty }
        draft.wardCodes = draft.wardCodes.map { TextSanitizer.clean($0, maxCharacters: 40) }.filter { !$0.isEmpty }
        let final = draft
        return try database.write { db in
            var stored: LogEntry?
            try Self.checkGrant(db, account: account, for: final.author)
            if let c = final.corrects,
               try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM log_entry WHERE id = ?", arguments: [c]) == 0 {
                throw LogbookRefusal.noEntryToCorrect(c)
            }
            var linked = final
            linked.alarmIDs = try Self.checkedLinks(db, final)
            let entry = try Self.chainLogEntry(db, linked, pattern: pattern)
            try alongside?(db)
            try Self.appendAudit(db, auditEvent(audit, by: final.author, at: final.writtenAt, target: target ?? "#\(entry.id)",
                                                detail: audit == .logAdd ? final.text : ""))
            try noteWrite(db, at: nil, scopes: .logbook)
            stored = entry
            return stored!
        }
    }

    /// Writes `draft` (already checked and cleaned) as the newest entry of the chain, in the caller's transaction.
    static func chainLogEntry(_ db: SQLSession, _ draft: LogEntryDraft, pattern: ShiftPattern) throws -> LogEntry {
        let last = try db.fetchOne(sql: "SELECT id, hash FROM log_entry ORDER BY id DESC LIMIT 1")
        let id: Int64 = (last?["id"] ?? 0) + 1
        var entry = LogEntry(id: id, shiftID: pattern.shift(at: draft.writtenAt).id, draft: draft,
                             previousHash: last?["hash"] ?? LogChain.genesis, hash: "")
        entry.hash = LogRow.hash(entry)
        try db.execute(sql: LogRow.insertSQL, arguments: LogRow.arguments(entry))
        return entry
    }

    /// A person's action recorded in the logbook by the store itself, in the action's transaction (a scenario run's
    /// steps): cleaned and cut to the logbook's length, linked to `alarmID` when the store still has that alarm.
    func chainActionEntry(_ db: SQLSession, text: String, by actor: Actor, at: Date, alarmID: String?,
                                 pattern: ShiftPattern) throws {
        var draft = LogEntryDraft(author: actor, category: .event, text: "", writtenAt: Date(unixMillis: at.unixMillis))
        draft.text = String(LogText.clean(text).prefix(LogText.maxCharacters))
        draft.eventAt = draft.writtenAt
        if let alarmID, try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM alarm WHERE id = ?", arguments: [alarmID]) ?? 0 > 0 {
            draft.alarmIDs = [alarmID]
        }
        guard !draft.text.isEmpty else { return }
        _ = try Self.chainLogEntry(db, draft, pattern: pattern)
        try noteWrite(db, at: nil, scopes: .logbook)
    }

    /// The draft's alarm links as stable keys, after checking every link against the store's agencies, wards and
    /// alarms; throws `LogbookRefusal.notInTheData` naming each link that matches nothing.
    static func checkedLinks(_ db: SQLSession, _ draft: LogEntryDraft) throws -> [String] {
        var unknown: [LogLink] = []
        for code in draft.agencyCodes
        where try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM agency WHERE code = ?", arguments: [code]) == 0 {
            unknown.append(.agency(code))
        }
        for code in draft.wardCodes
        where try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM ward WHERE code = ?", arguments: [code]) == 0 {
            unknown.append(.ward(code))
        }
        var keys: [String] = []
        for reference in draft.alarmIDs {
            if let alarm = try alarm(db, reference: AlarmReference(reference)) {
                if !keys.contains(alarm.id) { keys.append(alarm.id) }
            } else {
                unknown.append(.alarm(reference))
            }
        }
        guard unknown.isEmpty else { throw LogbookRefusal.notInTheData(unknown) }
        return keys
    }

    /// Entries matching `query`, oldest first (the newest `query.limit` of them). An entry found by a filter brings its
    /// corrections along (and theirs), whatever they say: a search never shows a corrected entry as if it stood.
    public func logEntries(_ query: LogQuery = LogQuery()) throws -> [LogEntry] {
        try database.read { db in
            var clauses: [String] = []
            var arguments: SQLArguments = []
            if let shift = query.shiftID { clauses.append("shift_id = ?"); arguments.append(shift) }
            if let c = query.category { clauses.append("category = ?"); arguments.append(c.rawValue) }
            if let text = query.search.map(TextFolding.fold)?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")
                clauses.append("search LIKE ? ESCAPE '\\'")
                arguments.append("%" + escaped + "%")
            }
            arguments.append(max(0, query.limit))
            let sql: String
            if clauses.isEmpty {
                sql = "SELECT * FROM log_entry ORDER BY id DESC LIMIT ?"
            } else {
                sql = """
                    WITH RECURSIVE found(id) AS (
                        SELECT id FROM log_entry WHERE \(clauses.joined(separator: " AND "))
                        UNION SELECT e.id FROM log_entry e JOIN found f ON e.corrects_id = f.id)
                    SELECT * FROM log_entry WHERE id IN (SELECT id FROM found) ORDER BY id DESC LIMIT ?
                    """
            }
            return try db.fetchAll(sql: sql, arguments: arguments).map(LogRow.entry).reversed()
        }
    }

    /// One entry by number, or nil.
    public func logEntry(id: Int64) throws -> LogEntry? {
        try database.read { db in
            try db.fetchOne(sql: "SELECT * FROM log_entry WHERE id = ?", arguments: [id]).map(LogRow.entry)
        }
    }

    /// Recomputes every entry's hash from its stored fields and checks each links to the one before; the first
    /// entry that fails is named with the reason.
    public func verifyLogChain() throws -> ChainCheck {
        try database.read { db in
            var verifier = ChainVerifier(genesis: LogChain.genesis, noun: "mục", nounEN: "entry")
            try db.forEachRow(sql: "SELECT * FROM log_entry ORDER BY id", arguments: []) { row in
                let entry: LogEntry
                do { entry = try LogRow.entry(row) } catch {
                    func text(_ name: String) -> String { row.value(named: name).flatMap(String.init(sqlValue:)) ?? "" }
                    verifier.check(id: row.value(named: "id").flatMap(Int64.init(sqlValue:)) ?? 0, previous: text("prev_hash"),
                                   stored: text("hash"), computed: nil, unreadable: "\(error)")
                    return false
                }
                return verifier.check(id: entry.id, previous: entry.previousHash, stored: entry.hash, computed: LogRow.hash(entry))
            }
            return verifier.result
        }
    }

    /// Records a sign-on; the first operator on an empty floor goes on duty. Returns who is on duty after it.
    /// A viewer signs on but never goes on duty.
    @discardableResult
    public func signOn(_ actor: Actor, at: Date) throws -> OnDuty? {
        try auditingRefusals(.signOn, by: actor, at: at) { try signOnChecked(actor, at: at) }
    }

    private func signOnChecked(_ actor: Actor, at: Date) throws -> OnDuty? {
        try database.write { db in
            try Self.checkGrant(db, account: account, for: actor)
            try db.execute(sql: "INSERT INTO operator_sign_on (at_ms, name, role) VALUES (?, ?, ?)",
                           arguments: [at.unixMillis, actor.name, actor.role.rawValue])
            try Self.appendAudit(db, auditEvent(.signOn, by: actor, at: at))
            if actor.role.canAct, try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM duty_change") == 0 {
                try db.execute(sql: "INSERT INTO duty_change (at_ms, name, role, reason) VALUES (?, ?, ?, 'sign_on')",
                               arguments: [at.unixMillis, actor.name, actor.role.rawValue])
            }
            try noteWrite(db, at: nil, scopes: .logbook)
            return try Self.onDuty(db)
        }
    }

    /// Who is on duty now, or nil before anyone signed on.
    public func onDuty() throws -> OnDuty? {
        try database.read { db in try Self.onDuty(db) }
    }

    static func onDuty(_ db: SQLSession) throws -> OnDuty? {
        guard let row = try db.fetchOne(sql: "SELECT * FROM duty_change ORDER BY id DESC LIMIT 1") else { return nil }
        let role = OperatorRole(rawValue: row["role"]) ?? .operator
        return OnDuty(actor: Actor(name: row["name"], role: role), since: Date(unixMillis: row["at_ms"]), handoverID: row["handover_id"])
    }
}
