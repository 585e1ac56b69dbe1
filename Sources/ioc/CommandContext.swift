import Foundation
import IOCConfig
import IOCDomain
import IOCStore

/// A command's database and who runs it: the OS account's grant (role and domains) and the person acting.
struct CommandContext {
    let store: CityStore
    let grant: Grant
    /// The person (their name on a shared account, else the grant's) with the role they act in.
    let actor: Actor
    /// What this account may see: the domains `security.yaml` restricts and the grant does not give are hidden.
    let scope: AccessScope
    /// The shifts in force (`shifts.yaml`): the shift a logbook entry written by a command belongs to.
    var shiftPattern: ShiftPattern = .standard

    /// Resolves who runs `command` on `store`: the grant of the process's OS account (on a database with no grant
    /// at all, this account becomes its admin); no grant, a `--role` above the grant, or another person's name on a
    /// personal account is refused — and the refusal is an audit record.
    ///
    /// The restricted domains are the database's together with `security`'s; a restriction the file adds is written to
    /// the database (audited), so no configuration a caller points to can lift one. A database with no grant makes
    /// its first account admin only when that account owns the file (an upgraded shared database does not make
    /// whoever types first its admin).
    static func resolve(store: CityStore, command: String, identity: OperatorOptions?, security: SecurityConfig,
                        securityPath: String?, at: Date = Date()) throws -> CommandContext {
        let requested = try identity?.requestedRole()
        let person = identity?.personName
        func refuse(_ refusal: AccessRefusal, actor: String, role: String) throws -> Never {
            try store.audit(AuditEvent(at: at, account: store.account, actor: actor, role: role, action: .command,
                                       outcome: .refused, target: command, detail: refusal.text(.en)))
            throw refusal
        }
        guard let grant = try store.grantOrBootstrap(name: person ?? store.account, at: at,
                                                     mayBootstrap: try store.callerOwnsDatabase()
                                                         ?? DatabaseFiles.ownedByCaller(path: store.path)) else {
            try refuse(.noGrant(account: store.account), actor: person ?? store.account, role: requested?.rawValue ?? "")
        }
        if let requested, !grant.role.allows(requested) {
            try refuse(.roleAboveGrant(requested: requested, granted: grant.role), actor: person ?? grant.name,
                       role: requested.rawValue)
        }
        if let person, !grant.shared, person != grant.name {
            try refuse(.personalAccount(account: grant.account, name: grant.name), actor: person,
                       role: (requested ?? grant.role).rawValue)
        }
        let actor = Actor(name: grant.shared ? (person ?? grant.name) : grant.name, role: requested ?? grant.role)
        var restricted = try store.restrictedDomains()
        if !security.restrictedDomains.isSubset(of: restricted) {
            restricted.formUnion(try store.restrict(security.restrictedDomains, by: actor, at: at,
                                                    detail: "restricted by \(securityPath ?? "security.yaml")"))
        }
        return CommandContext(store: store, grant: grant,
                              actor: Actor(name: grant.shared ? (person ?? grant.name) : grant.name, role: requested ?? grant.role),
                              scope: AccessScope(restricted: restricted.union(security.restrictedDomains), granted: grant.domains))
    }

    /// Refuses (and audits) acting on or reading an alarm this account may not see (`AccessScope.allows`).
    func requireVisible(_ alarm: Alarm, command: String, what: String) throws {
        guard !scope.allows(alarm) else { return }
        let domain = alarm.domain ?? Pillar.allCases.first(where: scope.hidden.contains) ?? .feedback
        try requireVisible(domain, command: command, what: what)
    }

    /// Refuses (and audits) reading something of a domain this account may not see.
    func requireVisible(_ domain: Pillar?, command: String, what: String) throws {
        guard let domain, !scope.allows(domain) else { return }
        let refusal = AccessRefusal.restrictedDomain(domain, what: what)
        try audit(.command, outcome: .refused, target: command, detail: refusal.text(.en))
        throw refusal
    }

    /// Appends an audit record of `action` by this context's actor.
    func audit(_ action: AuditAction, outcome: AuditOutcome = .ok, target: String = "", detail: String = "",
               at: Date = Date()) throws {
        try store.audit(AuditEvent(at: at, account: store.account, actor: actor.name, role: actor.role.rawValue,
                                   action: action, outcome: outcome, target: target, detail: detail))
    }
}
