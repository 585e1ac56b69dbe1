import Foundation
import IOCConfig
import IOCDomain

/// Sends the audit trail to the SOC collector as syslog (RFC 5424 in octet-counted frames), in order, from where it
/// left off. Records wait in the database while the collector is down (its place is the outbox's cursor); one process
/// at a time forwards (a lease), so no record goes twice from two processes. A record counts as sent once the
/// collector's TCP stack acknowledged it and did not reset the connection (`SyslogConnection.deliver`); a crash
/// between that and the cursor's write sends the last batch again (the ids let the collector see it).
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
    /// How long a forwarder holds the lease without renewing it (it renews every step, about every second).
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
            guard try outbox.claimAuditForwarding(to: collector, holder: holder, at: now(), lease: Self.lease) else {
                connection = nil
                return
            }
            if let c = connection, !c.isOpen { connection = nil }
            var cursor = try outbox.auditForwarded(to: collector)
            while true {
                let records = try outbox.auditRecords(after: cursor, limit: Self.batch)
                guard let last = records.last else { break }
                do {
                    let c = try connection ?? SyslogConnection(forwarding, timeout: 3)
                    connection = c
                    var data = Data()
                    for r in records {
                        data += SyslogMessage.frame(SyslogMessage.format(r, hostname: hostname, processID: processID,
                                                                         enterpriseNumber: forwarding.enterpriseNumber))
                    }
                    try c.deliver(data, timeout: 5)
                } catch {
                    connection = nil
                    try outbox.noteAuditForwardingError(to: collector, "\(collector): \(error)")
                    throw error
                }
                cursor = last.id
                try outbox.markAuditForwarded(to: collector, upTo: cursor, at: now())
                if records.count < Self.batch { break }
            }
            try outbox.noteAuditForwardingError(to: collector, nil)
        }
    }
}
