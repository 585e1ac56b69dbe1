import Foundation
import IOCDomain

/// Where the forwarder reads the audit trail and keeps its place (the store, declared in `ioc` so the engine never
/// imports the store).
public protocol AuditOutbox: Sendable {
    /// Takes (or keeps) the right to forward to `collector` for `lease` seconds; false while another process has it.
    func claimAuditForwarding(to collector: String, holder: String, at: Date, lease: TimeInterval) throws -> Bool
    /// The last record `collector` was sent: its id (0 before the first) and hash.
    func auditForwarded(to collector: String) throws -> (id: Int64, hash: String?)
    /// The hash of record `id` now, or nil when there is none.
    func auditHash(id: Int64) throws -> String?
    /// Up to `limit` records after `id`, in order.
    func auditRecords(after id: Int64, limit: Int) throws -> [AuditRecord]
    /// `collector` has been sent every record up to `id` (hash `hash`), if `holder` still holds the lease; whether it did.
    func markAuditForwarded(to collector: String, upTo id: Int64, hash: String, holder: String, at: Date) throws -> Bool
    /// The last failure to forward (nil: it works again), for the status bar.
    func noteAuditForwardingError(to collector: String, _ error: String?) throws
}
