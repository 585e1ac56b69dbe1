import Foundation

/// A clock tests set and advance by hand; `now` is the closure to hand to code that takes a clock.
public final class FixedClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_767_225_600)) { // 2026-01-01 00:00 UTC
        self.current = start
    }

    /// The current time.
    public var date: Date { lock.withLock { current } }

    /// Sets the current time.
    public func set(_ date: Date) { lock.withLock { current = date } }

    /// Moves the clock forward (or back, with a negative interval).
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

    /// A closure reading this clock, for `now:` parameters.
    public var now: @Sendable () -> Date { { [self] in self.date } }
}
