import Foundation
import IOCDomain

/// The store as trust uses it: the append-only, hash-chained audit trail and its forwarding to the SOC, and the
/// grants and restricted data domains every access is checked against.
public protocol AuditStore: AnyObject, Sendable {
    func audit(_ event: AuditEvent) throws -> AuditRecord
    func verifyAuditChain() throws -> ChainCheck
    func auditRecords(_ query: AuditQuery) throws -> [AuditRecord]
    func auditRecords(after id: Int64, limit: Int) throws -> [AuditRecord]
    func claimAuditForwarding(to collector: String, holder: String, at: Date, lease: TimeInterval) throws -> Bool
    func auditForwarded(to collector: String) throws -> (id: Int64, hash: String?)
    func auditHash(id: Int64) throws -> String?
    func markAuditForwarded(to collector: String, upTo id: Int64, hash: String, holder: String, at: Date) throws -> Bool
    func noteAuditForwardingError(to collector: String, _ error: String?) throws
    func auditBacklog(for collector: String) throws -> AuditBacklog
    func grant(for account: String) throws -> Grant?
    func grants() throws -> [Grant]
    func grantOrBootstrap(name: String, at: Date, mayBootstrap: Bool) throws -> Grant?
    func grant(_ grant: Grant, by admin: Actor, at: Date) throws -> Grant
    func revoke(_ account: String, by admin: Actor, at: Date) throws -> Grant
    func restrictedDomains() throws -> Set<Pillar>
    func restrict(_ domains: Set<Pillar>, by actor: Actor, at: Date, detail: String) throws -> Set<Pillar>
    func lift(_ domain: Pillar, by admin: Actor, at: Date) throws
}
