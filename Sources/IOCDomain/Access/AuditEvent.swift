import Foundation

/// An audit record as a caller states it, before the store numbers it and chains it.
public struct AuditEvent: Sendable, Hashable {
    public var at: Date
    /// The OS account the process runs for.
    public var account: String
    /// The person acting (their name at sign-on), or the account when nobody signed on.
    public var actor: String
    /// The role the action was attempted with; empty when the account has no grant.
    public var role: String
    public var action: AuditAction
    public var outcome: AuditOutcome
    /// What was acted on: an alarm id, a log entry number, a source id, an account, a file…
    public var target: String
    /// Free text: a note, a reason, why it was refused. Cleaned of control characters before it is stored.
    public var detail: String
    /// The data domain of what was acted on (an alarm's), so the trail is read by the same scope as the data.
    public var domain: Pillar?

    public init(at: Date, account: String, actor: String, role: String, action: AuditAction, outcome: AuditOutcome = .ok,
                target: String = "", detail: String = "", domain: Pillar? = nil) {
        self.at = at; self.account = account; self.actor = actor; self.role = role; self.action = action
        self.outcome = outcome; self.target = target; self.detail = detail; self.domain = domain
    }
}
