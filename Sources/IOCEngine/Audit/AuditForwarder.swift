import Foundation
import IOCConfig
import IOCDomain

/// Sends the audit trail to the SOC collector as syslog (RFC 5424 in octet-counted frames), in order, from where it
/// left off. Records wait in the database while the collector is down (its place is the outbox's cursor); one process
/// at a time forwards (a lease, claimed again before every batch, and the cursor moves only for its holder), so no
/// record goes twice from two processes. A record counts as sent once the collector's TCP stack acknowledged it and
/// did not reset the connection (`SyslogConnection.deliver`); a crash between that and the cursor's write sends the
/// last batch again (the ids let the collector see it). The last record sent must still be in the table as it was:
/// a trail cut and written again under the forwarder is a loud failure, not records skipped in silence.
public final class AuditForwarder: @unchecked Sendable {
    public let forwarding: AuditForwarding
    private let outbox: any AuditOutbox
    private let holder: String
    private let hostname: String
    private let processID: Int32
    private let now: @Sendable () -> Date
    private let lock = NSLock()
    private var connection: SyslogConnection?
    /// Records per write: a backlog after an outage goes out in a few round trips, each acknowledged before the next.
    static let batch = 200
    /// How long a forwarder holds the lease without renewing it (it renews before every batch, at least every second).
    static let lease: TimeInterval = 15

    public init(forwarding: AuditForwarding, outbox: any AuditOutbox, now: @escaping @Sendable () -> Date = Date.init) {
        self.forwarding = forwarding
        self.outbox = outbox
        self.now = now
        processID = getpid()
        var name = [CChar](repeating: 0, count: 256)
        let machine = gethostname(&name, name.count) == 0 ? String(cString: name) : "-"
        hostname = forwarding.hostname ?? machine
        holder = "\(machine):\(processID)"
    }

    /// Sends what waits, if this process holds the lease; throws (after noting it for the status bar) when the
    /// collector cannot be reached or did not take the records: they are sent again at the next step.
    public func step() throws {
        try lock.withLock {
            let collector = forwarding.collector
            do {
                try send(to: collector)
            } catch {
                connection = nil
                try outbox.noteAuditForwardingError(to: collector, "\(collector): \(error)")
                throw error
            }
        }
    }

    private func send(to collector: String) throws {
        if let c = connection, !c.isOpen { connection = nil }
        while true {
            guard try outbox.claimAuditForwarding(to: collector, holder: holder, at: now(), lease: Self.lease) else {
                connection = nil
                return
            }
            let sent = try outbox.auditForwarded(to: collector)
            if sent.id > 0, let hash = sent.hash, try outbox.auditHash(id: sent.id) != hash {
                throw SyslogFailure("the audit trail changed under the forwarder: record #\(sent.id) is not the one sent to "
                                    + "the SOC (run ioc audit verify); nothing more is sent until it is looked at")
            }
            let records = try outbox.auditRecords(after: sent.id, limit: Self.batch)
            guard let last = records.last else { break }
            let c = try connection ?? SyslogConnection(forwarding, timeout: 3)
            connection = c
            var data = Data()
            for r in records {
                data += SyslogMessage.frame(SyslogMessage.format(r, hostname: hostname, processID: processID,
                                                                 enterpriseNumber: forwarding.enterpriseNumber))
            }
            try c.deliver(data, timeout: 5)
            guard try outbox.markAuditForwarded(to: collector, upTo: last.id, hash: last.hash, holder: holder, at: now()) else {
                // Another process took the lease meanwhile (this one was stopped or slow): it goes on from the cursor.
                connection = nil
                return
            }
            if records.count < Self.batch { break }
        }
        try outbox.noteAuditForwardingError(to: collector, nil)
    }
}
