import Foundation
import IOCDomain

/// The store as the shift uses it: the append-only logbook (its hash chain verified), who is on duty, and the
/// handover the outgoing operator starts and the incoming one accepts.
public protocol LogbookStore: AnyObject, Sendable {
    func appendLogEntry(_ draft: LogEntryDraft, pattern: ShiftPattern) throws -> LogEntry
    func logEntries(_ query: LogQuery) throws -> [LogEntry]
    func logEntry(id: Int64) throws -> LogEntry?
    func verifyLogChain() throws -> ChainCheck
    func signOn(_ actor: Actor, at: Date) throws -> OnDuty?
    func onDuty() throws -> OnDuty?
    func handoverSections(now: Date) throws -> HandoverSections
    func startHandover(by outgoing: Actor, status: HandoverStatus, narrative: String, at: Date,
                       pattern: ShiftPattern) throws -> HandoverRecord
    func acceptHandover(id: Int64, by incoming: Actor, reservations: String?, at: Date) throws -> HandoverRecord
    func handover(id: Int64) throws -> HandoverRecord?
    func latestHandover() throws -> HandoverRecord?
    func pendingHandover(withSections: Bool) throws -> HandoverRecord?
    func act(on id: String, _ action: SourceAction, by actor: Actor, at: Date, pattern: ShiftPattern) throws -> LogEntry
}

extension LogbookStore {
    /// The handover waiting for its incoming operator, with its sections.
    @discardableResult
    public func pendingHandover() throws -> HandoverRecord? { try pendingHandover(withSections: true) }

    /// An entry on the standard shift pattern.
    @discardableResult
    public func appendLogEntry(_ draft: LogEntryDraft) throws -> LogEntry { try appendLogEntry(draft, pattern: .standard) }
}
