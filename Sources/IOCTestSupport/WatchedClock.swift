import Clocks
import Foundation

/// A test clock (swift-clocks' `TestClock`) that also counts the sleeps still ahead of it, so a test advances time
/// only once the code under test is waiting: `settle(sleeping:until:)` waits until that many sleeps are pending
/// and the condition holds, then `advance(by:)` moves time on. Nothing depends on how fast the machine is: each
/// step waits for a state, not for a time.
public final class WatchedClock: Clock, @unchecked Sendable {
    public typealias Duration = Swift.Duration
    public typealias Instant = TestClock<Swift.Duration>.Instant

    private let base = TestClock<Swift.Duration>()
    private let start: Instant
    private let lock = NSLock()
    private var deadlines: [UUID: Instant] = [:]

    public init() { start = base.now }

    public var now: Instant { base.now }
    public var minimumResolution: Duration { .zero }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try Task.checkCancellation()
        let id = UUID()
        lock.withLock { deadlines[id] = deadline }
        defer { lock.withLock { deadlines[id] = nil } }
        try await base.sleep(until: deadline, tolerance: tolerance)
    }

    /// Sleeps whose deadline is still ahead (a due one no longer counts, even before its task has resumed).
    public var pendingSleeps: Int {
        let now = base.now
        return lock.withLock { deadlines.values.filter { $0 > now }.count }
    }

    /// Seconds since the clock started, for a `now` closure: `{ origin.addingTimeInterval(clock.elapsed) }`.
    public var elapsed: TimeInterval {
        let parts = start.duration(to: base.now).components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    public func advance(by duration: Duration) async {
        await base.advance(by: duration)
    }

    /// Waits, in real time and at most `timeout` seconds, until exactly `sleeping` sleeps are pending and
    /// `condition` holds; false when they never do (the test then fails saying what it waited for).
    public func settle(sleeping: Int, timeout: TimeInterval = 5, until condition: () -> Bool = { true }) async -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while ContinuousClock.now < deadline {
            if pendingSleeps == sleeping, condition() {
                // Held twice across a yield: no task was between its last step and its sleep.
                await Task.yield()
                if pendingSleeps == sleeping, condition() { return true }
            }
            try? await Task.sleep(for: .microseconds(200))
        }
        return false
    }
}
