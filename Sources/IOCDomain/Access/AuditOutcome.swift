/// Whether an audited action was done or refused.
public enum AuditOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case ok
    case refused
}
