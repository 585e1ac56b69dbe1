import Foundation

/// One record of the audit trail: append-only and hash-chained (`AuditChain`), forwarded to the SOC.
public struct AuditRecord: Sendable, Hashable {
    /// 1, 2, 3… in the order written; also the record's id at the SOC collector.
    public var id: Int64
    public var event: AuditEvent
    public var previousHash: String
    public var hash: String

    public init(id: Int64, event: AuditEvent, previousHash: String, hash: String) {
        self.id = id; self.event = event; self.previousHash = previousHash; self.hash = hash
    }
}
