import Foundation

/// What a poller that writes through a local queue last told the store: how many records wait in its queue, since
/// when, and how many it has had applied (each once) and forwarded. The sources screen and `ioc sources` show it.
public struct PollerBacklog: Sendable, Hashable {
    /// The poller's identity (its queue's: kept in the queue file, so it survives restarts).
    public var pollerID: String
    /// The machine it runs on.
    public var host: String
    /// Records waiting in its queue when it last reported.
    public var queued: Int
    /// The oldest waiting record's time, when any waited.
    public var oldestQueuedAt: Date?
    /// Records applied in all (live and forwarded), and of them forwarded from the queue.
    public var applied: Int
    public var forwarded: Int
    /// The highest sequence number applied: a record forwarded again is recognised by it and applied once.
    public var lastSequence: Int64
    /// The last forward from the queue, and the last report.
    public var lastForwardAt: Date?
    public var reportedAt: Date?

    public init(pollerID: String, host: String, queued: Int = 0, oldestQueuedAt: Date? = nil, applied: Int = 0,
                forwarded: Int = 0, lastSequence: Int64 = 0, lastForwardAt: Date? = nil, reportedAt: Date? = nil) {
        self.pollerID = pollerID; self.host = host; self.queued = queued; self.oldestQueuedAt = oldestQueuedAt
        self.applied = applied; self.forwarded = forwarded; self.lastSequence = lastSequence
        self.lastForwardAt = lastForwardAt; self.reportedAt = reportedAt
    }
}
