import Foundation

/// How often one source is polled, how long a poll may take and how failures back off.
public struct SourceSchedule: Sendable, Hashable {
    /// Normal time between the starts of two polls, in seconds.
    public var interval: TimeInterval
    /// Random spread applied to every delay, as a fraction 0…1 of it (0.1 = ±10%).
    public var jitter: Double
    /// Longest a poll may run before it is cancelled and recorded as a timeout, in seconds.
    public var timeout: TimeInterval
    /// Upper bound of the backoff delay after repeated failures, in seconds.
    public var maxBackoff: TimeInterval
    /// Bounds handed to the connector on every poll.
    public var limits: PollLimits

    public init(interval: TimeInterval = 5, jitter: Double = 0.1, timeout: TimeInterval = 10,
                maxBackoff: TimeInterval = 300, limits: PollLimits? = nil) {
        self.interval = max(0.001, interval)
        self.jitter = min(1, max(0, jitter))
        self.timeout = max(0.001, timeout)
        self.maxBackoff = max(0.001, maxBackoff)
        self.limits = limits ?? PollLimits(timeoutSeconds: self.timeout)
    }

    /// The delay before the next poll: the interval after a success, interval × 2^failures (capped at
    /// `maxBackoff`, never below the interval) after failures, then spread by `jitter`.
    /// - Parameter unitRandom: a value in 0…1 choosing where in the jitter band the delay falls.
    public func delay(consecutiveFailures: Int, unitRandom: Double) -> TimeInterval {
        var base = interval
        if consecutiveFailures > 0 {
            let exponent = Double(min(consecutiveFailures, 40))
            base = max(interval, min(maxBackoff, interval * pow(2, exponent)))
        }
        let spread = (min(1, max(0, unitRandom)) * 2 - 1) * jitter
        return max(0, base * (1 + spread))
    }
}
