import Foundation

/// Time running `speed` times faster than a base clock (`ioc poll --speed N`, a simulated city's year in hours for a
/// soak): its dates start at `start` and advance `speed` seconds for each second of the base clock, and a sleep asked
/// of it lasts a `speed`-th of that on the base clock. The poller's waits, the recorded times, the alarm cycle and the
/// housekeeping all read it, so a simulated day has its polls, hourly rollups and alarm timers as a real one would,
/// only sooner. With a test clock as the base, tests move it without waiting.
public struct SpeedClock<Base: Clock>: Clock, Sendable where Base.Duration == Duration, Base: Sendable {
    /// A point of the fast time: how far it is from the clock's start, in fast time.
    public struct Instant: InstantProtocol, Sendable {
        public var offset: Duration
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    /// Fast seconds per base second (≥ 1).
    public let speed: Double
    /// The date at the clock's start.
    public let start: Date
    private let base: Base
    private let origin: Base.Instant

    public init(speed: Double, start: Date, base: Base) {
        precondition(speed >= 1 && speed.isFinite, "a speed is at least 1")
        self.speed = speed; self.start = start; self.base = base; self.origin = base.now
    }

    public var now: Instant { Instant(offset: Self.scale(origin.duration(to: base.now), by: speed)) }

    public var minimumResolution: Duration { Self.scale(base.minimumResolution, by: speed) }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let left = now.duration(to: deadline)
        guard left > .zero else { try Task.checkCancellation(); return }
        try await base.sleep(for: Self.scale(left, by: 1 / speed), tolerance: tolerance.map { Self.scale($0, by: 1 / speed) })
    }

    /// The fast time's date now.
    public func date() -> Date { start.addingTimeInterval(Self.seconds(now.offset)) }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    static func scale(_ duration: Duration, by factor: Double) -> Duration { .seconds(seconds(duration) * factor) }
}
