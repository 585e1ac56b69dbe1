import Foundation
import IOCDomain

/// Grants of OS accounts: who may use this database, with which role and which restricted domains. Every change is
/// an audit record written in the same transaction; refusals are audit records too.
extension CityStore {
    /// The grant of `account`, or nil.
    public func grant(for account: String) throws -> Grant? {
        try database.read { db in
            try db.fetchOne(sql: "SELECT * FROM operator_grant WHERE account = ?", arguments: [account]).map(Self.grant)
        }
    }

    /// Every grant, by account.
    public func grants() throws -> [Grant] {
        try database.read { db in try db.fetchAll(sql: "SELECT * FROM operator_grant ORDER BY account").map(Self.grant) }
    }

    /// The grant of this process's account; on a database with no grant at all (a new database, or one made before
    /// grants existed) this account becomes its admin, shared, with every domain (audited), so a first console works
    /// with no set-up. `name` is the person's name for that first grant.
    public func grantOrBootstrap(name: String, at: Date, mayBootstrap: Bool = true) throws -> Grant? {
        if let existing = try grant(for: account) { return existing }
        guard mayBootstrap else { return nil }
        return try database.write { db in
            if let g = try db.fetchOne(sql: "SELECT * FROM operator_grant WHERE account = ?", arguments: [account]) {
                return try Self.grant(g)
            }
            guard try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM operator_grant") == 0 else { return nil }
            let g = Grant(account: account, name: name, role: .admin, domains: Set(Pillar.allCases), shared: true,
                          grantedBy: account, grantedAt: Date(unixMillis: at.unixMillis))
            try Self.insert(db, g)
            try Self.appendAudit(db, AuditEvent(at: at, account: account, actor: name, role: OperatorRole.admin.rawValue,
                                                action: .grant, target: account,
                                                detail: "first account of this database: admin, every domain, shared"))
            return g
        }
    }

    /// Grants (or changes the grant of) `grant.account`, by `admin` (an admin; refused otherwise). Lowering the last
    /// admin is refused.
    @discardableResult
    public func grant(_ grant: Grant, by admin: Actor, at: Date) throws -> Grant {
        try auditingRefusals(.grant, by: admin, at: at, target: grant.account) {
            guard admin.role.managesAccess else { throw AccessRefusal.adminOnly(account: account, role: admin.role) }
            guard Grant.isValidAccount(grant.account) else { throw AccessRefusal.invalidAccount(grant.account) }
            var g = grant
            g.name = TextSanitizer.clean(g.name, maxCharacters: 120).trimmingCharacters(in: .whitespaces)
            guard !g.name.isEmpty else { throw AccessRefusal.nameMissing }
            g.grantedBy = account
            g.grantedAt = Date(unixMillis: at.unixMillis)
            let final = g
            try database.write { db in
                if final.role != .admin { try Self.refuseLosingLastAdmin(db, account: final.account) }
                try db.execute(sql: "DELETE FROM operator_grant WHERE account = ?", arguments: [final.account])
                try Self.insert(db, final)
                try Self.appendAudit(db, auditEvent(.grant, by: admin, at: at, target: final.account,
                                                    detail: Self.describe(final)))
            }
            return final
        }
    }

    /// Revokes `account`'s grant, by `admin`; the last admin cannot be revoked. Returns the grant it had.
    @discardableResult
    public func revoke(_ account: String, by admin: Actor, at: Date) throws -> Grant {
        try auditingRefusals(.revoke, by: admin, at: at, target: account) {
            guard admin.role.managesAccess else { throw AccessRefusal.adminOnly(account: self.account, role: admin.role) }
            return try database.write { db in
                var old: Grant?
                guard let row = try db.fetchOne(sql: "SELECT * FROM operator_grant WHERE account = ?",
                                                 arguments: [account]) else { throw AccessRefusal.notGranted(account: account) }
                old = try Self.grant(row)
                try Self.refuseLosingLastAdmin(db, account: account)
                try db.execute(sql: "DELETE FROM operator_grant WHERE account = ?", arguments: [account])
                try Self.appendAudit(db, auditEvent(.revoke, by: admin, at: at, target: account, detail: Self.describe(old!)))
                return old!
            }
        }
    }

    /// The restricted domains kept in the database.
    public func restrictedDomains() throws -> Set<Pillar> {
        try database.read { db in
            Set(try db.fetchAll(String.self, sql: "SELECT domain FROM restricted_domain").compactMap(Pillar.init(rawValue:)))
        }
    }

    /// Restricts `domains` (those not restricted yet; audited each): restricting only hides more, so any account may
    /// (a `security.yaml` that restricts a domain adds it on load). Returns the domains added.
    @discardableResult
    public func restrict(_ domains: Set<Pillar>, by actor: Actor, at: Date, detail: String) throws -> Set<Pillar> {
        try database.write { db in
            var added: Set<Pillar> = []
            added = []
            for d in Pillar.allCases where domains.contains(d) {
                guard try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM restricted_domain WHERE domain = ?", arguments: [d.rawValue]) == 0
                else { continue }
                try db.execute(sql: "INSERT INTO restricted_domain (domain, since_ms, by_account) VALUES (?, ?, ?)",
                               arguments: [d.rawValue, at.unixMillis, account])
                try Self.appendAudit(db, auditEvent(.restrict, by: actor, at: at, target: d.rawValue, detail: detail))
                added.insert(d)
            }
            return added
        }
    }

    /// Lifts the restriction of `domain` (admin only; audited). A `security.yaml` that still restricts it restricts it
    /// again at its next load.
    public func lift(_ domain: Pillar, by admin: Actor, at: Date) throws {
        try auditingRefusals(.lift, by: admin, at: at, target: domain.rawValue) {
            guard admin.role.managesAccess else { throw AccessRefusal.adminOnly(account: account, role: admin.role) }
            try database.write { db in
                try db.execute(sql: "DELETE FROM restricted_domain WHERE domain = ?", arguments: [domain.rawValue])
                try Self.appendAudit(db, auditEvent(.lift, by: admin, at: at, target: domain.rawValue))
            }
        }
    }

    /// Throws when this process's account may not act as `actor` now: its grant was revoked, or lowered below the
    /// role `actor` acts in, since the process started (a running console learns it at its next action). A database
    /// with no grant at all (before the first command sets one up) has no access model to check against.
    static func checkGrant(_ db: SQLSession, account: String, for actor: Actor) throws {
        guard try db.fetchOne(Int.self, sql: "SELECT COUNT(*) FROM operator_grant") ?? 0 > 0 else { return }
        guard let row = try db.fetchOne(sql: "SELECT * FROM operator_grant WHERE account = ?", arguments: [account]) else {
            throw AccessRefusal.noGrant(account: account)
        }
        let granted = try Self.grant(row).role
        guard granted.allows(actor.role) else { throw AccessRefusal.roleAboveGrant(requested: actor.role, granted: granted) }
    }

    /// Refuses a change that leaves no admin: `account` is an admin and the only one.
    private static func refuseLosingLastAdmin(_ db: SQLSession, account: String) throws {
        let admins = try db.fetchAll(String.self, sql: "SELECT account FROM operator_grant WHERE role = 'admin'")
        if admins == [account] { throw AccessRefusal.lastAdmin(account: account) }
    }

    private static func insert(_ db: SQLSession, _ g: Grant) throws {
        try db.execute(sql: """
            INSERT INTO operator_grant (account, name, role, domains, shared, granted_by, granted_ms) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [g.account, g.name, g.role.rawValue, g.domains.map(\.rawValue).sorted().joined(separator: ","),
                             g.shared, g.grantedBy, g.grantedAt.unixMillis])
    }

    /// What a grant gives, for its audit record: `role=operator domains=feedback,public_order shared=no name=…`.
    static func describe(_ g: Grant) -> String {
        "role=\(g.role.rawValue) domains=\(g.domains.map(\.rawValue).sorted().joined(separator: ",")) "
            + "shared=\(g.shared ? "yes" : "no") name=\(g.name)"
    }

    static func grant(_ row: SQLRow) throws -> Grant {
        let domains: String = row["domains"]
        return Grant(account: row["account"], name: row["name"], role: OperatorRole(rawValue: row["role"]) ?? .viewer,
                     domains: Set(domains.split(separator: ",").compactMap { Pillar(rawValue: String($0)) }),
                     shared: row["shared"], grantedBy: row["granted_by"], grantedAt: Date(unixMillis: row["granted_ms"]))
    }
}
