import Foundation
import IOCDomain

/// Where an offline-first poller writes (issue 17, item 3): the city's store while it can be reached, its local
/// `PollQueue` while it cannot, and the queue's records forwarded to the store, in order and exactly once, when it
/// is back (`forward`). Every record gets the next sequence number whichever way it goes, and the store applies it
/// with the poller's mark in one transaction (`CityStore.apply`): a record whose commit was not confirmed and is
/// forwarded again is applied once. While anything waits in the queue, new records join its end, so the store sees
/// them in the order they were made.
///
/// Its methods are the engine's `PollRecorder`'s; the executable declares the conformance (the store never imports
/// the engine).
public final class OfflinePollRecorder: @unchecked Sendable {
    public let store: any ObservationIngest
    public let queue: PollQueue
    public let host: String
    /// Told when the poller starts or stops queueing: (queueing, what happened), a line for the poller's log.
    private let onTransition: @Sendable (Bool, String) -> Void
    private let lock = NSLock()
    private var nextSequence: Int64
    private var waiting: Int
    private var reportedWaiting: Int?
    private var reportedAt: Date?
    private var counts = Counts()

    /// What this process has written so far.
    public struct Counts: Sendable, Hashable {
        /// Records the store applied (live or forwarded), records that went through the queue, records set aside.
        public var applied = 0
        public var queued = 0
        public var forwarded = 0
        public var setAside = 0
        /// Forwarded records the store had applied already (their commit's answer had been lost): counted there once.
        public var alreadyApplied = 0
    }

    /// What a forward did: records applied from the queue, records the store had already (a second forward of an
    /// unconfirmed one), and what still waits.
    public struct ForwardReport: Sendable, Hashable {
        public var forwarded = 0
        public var alreadyApplied = 0
        public var setAside = 0
        public var waiting = 0
    }

    /// Reads the queue and the store's mark for this poller: numbering goes on after both (the store must be
    /// reachable now; a poller starts against it).
    public init(store: any ObservationIngest, queue: PollQueue, host: String = ProcessInfo.processInfo.hostName,
                onTransition: @escaping @Sendable (Bool, String) -> Void = { _, _ in }) throws {
        self.store = store
        self.queue = queue
        self.host = host
        self.onTransition = onTransition
        let state = try queue.state()
        nextSequence = max(state.highestSequence, try store.appliedSequence(poller: queue.pollerID)) + 1
        waiting = state.count
    }

    public var written: Counts { lock.withLock { counts } }
    public var backlog: Int { lock.withLock { waiting } }

    // MARK: - The poller's writes

    public func registerSource(_ health: SourceHealth) throws {
        try write(.registered(health))
    }

    /// The newest cursor queued for the source, else the store's.
    public func cursor(for sourceID: String) throws -> String? {
        if let queued = try lock.withLock({ try queue.latestCursor(sourceID: sourceID) }) { return queued }
        return try store.cursor(for: sourceID)
    }

    public func recordSuccess(sourceID: String, batch: Batch, at: Date, durationMs: Double) throws {
        try write(.succeeded(sourceID: sourceID, batch: batch, at: at, durationMs: durationMs))
    }

    public func recordFailure(sourceID: String, error: String, at: Date, durationMs: Double) throws {
        try write(.failed(sourceID: sourceID, error: error, at: at, durationMs: durationMs))
    }

    public func sourceControls() throws -> [String: SourceControl] {
        try store.sourceControls()
    }

    /// Applies the record now when nothing waits and the store answers; queues it when something waits or the store
    /// is out of reach. A write the store refuses for another reason is thrown, as a direct write's would be.
    private func write(_ record: PollRecord) throws {
        try lock.withLock {
            let sequence = nextSequence
            nextSequence += 1
            if waiting == 0 {
                do {
                    if try store.apply(record, poller: queue.pollerID, host: host, sequence: sequence, forwarded: false,
                                       at: Date()) {
                        counts.applied += 1
                    }
                    return
                } catch where store.isUnreachable(error) {
                    onTransition(true, "the store cannot be reached (\(error)); polls wait in \(queue.path)")
                }
            }
            try queue.append(record, sequence: sequence)
            waiting += 1
            counts.queued += 1
        }
    }

    // MARK: - Forwarding

    /// Forwards what waits, oldest first, until the queue is empty or the store cannot take it now (unreachable, or a
    /// passing refusal: a lock or statement timeout, a serialization failure, a read-only standby, no disk; then it
    /// throws that error: the forwarder's health shows it, and the next call tries again). A record the store refuses
    /// for good (its data), or one the queue cannot read back, is set aside in the queue file with the reason, and the
    /// source's health says so: one bad record must not hold the rest back. Tells the store the backlog when it
    /// changed, or every 10 s while records wait.
    @discardableResult
    public func forward(now: @escaping () -> Date = Date.init) throws -> ForwardReport {
        var report = ForwardReport()
        // The backlog first, so that the store says records wait while they are being forwarded; a refusal of the report
        // does not hold the records back, and is thrown once they have had their turn.
        var reportFailure: (any Error)?
        do { try reportIfDue(now()) } catch { reportFailure = error }
        while true {
            let (entries, unreadable) = try lock.withLock { () -> ([PollQueue.Entry], Int) in
                guard waiting > 0 else { return ([], 0) }
                let read = try queue.first(200, at: now())
                waiting -= read.setAside
                counts.setAside += read.setAside
                return (read.entries, read.setAside)
            }
            report.setAside += unreadable
            if entries.isEmpty && unreadable == 0 { break }
            for entry in entries {
                try lock.withLock {
                    let applied: Bool
                    do {
                        applied = try store.apply(entry.record, poller: queue.pollerID, host: host, sequence: entry.sequence,
                                                  forwarded: true, at: now())
                    } catch where !store.isUnreachable(error) {
                        let reason = "queued record \(entry.sequence) refused by the store: \(error)"
                        try queue.setAside(entry.sequence, reason: reason, at: now())
                        waiting -= 1
                        report.setAside += 1
                        counts.setAside += 1
                        // The source's health says so (if the store goes away now, this throws: the record is set aside
                        // already, and the forwarder's health shows the error).
                        try store.recordFailure(sourceID: entry.record.sourceID, error: reason, at: now(), durationMs: 0)
                        return
                    }
                    // Applied (or found applied before): only then out of the queue; a local error here is the queue's,
                    // thrown as such, and the record is recognised by its number at the next forward.
                    if applied {
                        report.forwarded += 1
                        counts.applied += 1
                        counts.forwarded += 1
                    } else {
                        report.alreadyApplied += 1
                        counts.alreadyApplied += 1
                    }
                    try queue.remove(entry.sequence)
                    waiting -= 1
                    if waiting == 0 {
                        onTransition(false, "\(counts.forwarded) queued records forwarded; the queue is empty")
                    }
                }
            }
            try reportIfDue(now())
        }
        try reportIfDue(now())
        if let reportFailure { throw reportFailure }
        report.waiting = backlog
        return report
    }

    /// Writes the backlog to the store when it differs from the last one written, or 10 s after it while records
    /// wait.
    private func reportIfDue(_ now: Date) throws {
        let (due, count, oldest) = try lock.withLock { () -> (Bool, Int, Date?) in
            let changed = reportedWaiting != waiting
            let stale = waiting > 0 && (reportedAt.map { now.timeIntervalSince($0) >= 10 } ?? true)
            guard changed || stale else { return (false, 0, nil) }
            return (true, waiting, waiting > 0 ? try queue.state().oldest : nil)
        }
        guard due else { return }
        try store.reportBacklog(poller: queue.pollerID, host: host, queued: count, oldest: oldest, at: now)
        lock.withLock {
            reportedWaiting = count
            reportedAt = now
        }
    }
}
