import IOCDomain

/// `security.yaml`: the data domains only granted accounts see, and the SOC collector the audit trail goes to.
public struct SecurityConfig: Sendable, Hashable {
    public var restrictedDomains: Set<Pillar>
    public var forwarding: AuditForwarding?

    public init(restrictedDomains: Set<Pillar> = [], forwarding: AuditForwarding? = nil) {
        self.restrictedDomains = restrictedDomains; self.forwarding = forwarding
    }

    /// No file: nothing restricted, nothing forwarded.
    public static let none = SecurityConfig()
}
