import Foundation
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

    /// Resolves who runs `command` on `store`: the grant of the process's OS account (on a database with no grant
    /// at all, this account becomes its admin); no grant, a `--role` above the grant, or another person's name on a
    /// personal account is refused — and the refusal is an audit record.
    static func resolve(store: CityStore, command: String, identity: OperatorOptions?, restricted: Set<Pillar>,
                        at: Date = Date()) throws -> CommandContext {
        let requested = try identity?.requestedRole()
        let person = identity?.personName
        func refuse(_ refusal: AccessRefusal, actor: String, role: String) throws -> Never {
            try store.audit(AuditEvent(at: at, account: store.account, actor: actor, role: role, action: .command,
                                       outcome: .refused, target: command, detail: refusal.text(.en)))
            throw refusal
        }
        guard let grant = try store.grantOrBootstrap(name: person ?? store.account, at: at) else {
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
        return CommandContext(store: store, grant: grant,
                              actor: Actor(name: grant.shared ? (person ?? grant.name) : grant.name, role: requested ?? grant.role),
                              scope: AccessScope(restricted: restricted, granted: grant.domains))
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
