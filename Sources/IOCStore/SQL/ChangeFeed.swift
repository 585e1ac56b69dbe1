import Foundation

/// Changes another process committed, pushed by the engine as they happen (PostgreSQL's LISTEN/NOTIFY) rather than
/// found by reading the change counters every second: `generation` moves at every notification (and when the feed
/// was cut and joined again, when a change may have been missed), and the handlers run. A reader reads the counters
/// only when the generation moved (`DashboardReader`), a screen wakes at once (`onChange`). SQLite has none: on one
/// machine, reading a one-row table every second costs less than a connection would.
public final class ChangeFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var count: UInt64 = 0
    private var handlers: [@Sendable () -> Void] = []
    private var live = false

    public init() {}

    /// A number that moves whenever a change may have been committed since it was last read.
    public var generation: UInt64 { lock.withLock { count } }

    /// Whether the feed is listening now (false while it is cut, when readers fall back on the counters).
    public var isLive: Bool { lock.withLock { live } }

    /// Runs `handler` (on the feed's thread) after every change from now on.
    public func onChange(_ handler: @escaping @Sendable () -> Void) {
        lock.withLock { handlers.append(handler) }
    }

    /// A change was committed (or may have been): the engine's listener calls this.
    public func changed() {
        let run = lock.withLock { () -> [@Sendable () -> Void] in
            count &+= 1
            return handlers
        }
        run.forEach { $0() }
    }

    /// The listener joined (true) or lost (false) the feed; either way a change may have been missed.
    public func setLive(_ isLive: Bool) {
        lock.withLock { live = isLive }
        changed()
    }
}
