import Clocks
import Foundation
import IOCDomain
import IOCEngine

/// A connector that plays a script: batches, errors, delays and hangs, one step per poll, for scheduler tests.
/// It records every call and the largest number of polls that ever ran at the same time.
public final class ScriptedConnector: Connector, @unchecked Sendable {
    /// One poll's behaviour.
    public enum Step: Sendable {
        /// Returns the batch at once.
        case batch(Batch)
        /// Throws `PollError.transport(message)` at once.
        case error(String)
        /// Sleeps (cancellably) for the given seconds on the connector's clock, then returns the batch.
        case delay(TimeInterval, Batch)
        /// Waits the given seconds on the connector's clock ignoring cancellation, then returns an empty batch: a
        /// misbehaving connector.
        case hang(TimeInterval)
    }

    /// One recorded call.
    public struct Call: Sendable, Hashable {
        public let cursor: String?
        public let now: Date
        public let limits: PollLimits
    }

    public let sourceID: String
    public let displayName: String
    public let kind: String
    private let steps: [Step]
    private let whenExhausted: Step
    private let clock: AnyClock<Duration>
    private let lock = NSLock()
    private var calls: [Call] = []
    private var running = 0
    private var maxRunning = 0
    private var finished = 0

    /// - Parameters:
    ///   - steps: played in order, one per poll.
    ///   - whenExhausted: played for every poll after the script ends (default: an empty batch).
    ///   - clock: the clock of delays and hangs (the scheduler's test clock in scheduler tests).
    public init(sourceID: String, displayName: String? = nil, kind: String = "scripted", steps: [Step],
                whenExhausted: Step = .batch(Batch()), clock: some Clock<Duration> = ContinuousClock()) {
        self.sourceID = sourceID
        self.displayName = displayName ?? sourceID
        self.kind = kind
        self.steps = steps
        self.whenExhausted = whenExhausted
        self.clock = AnyClock(clock)
    }

    /// Every call so far, in order.
    public var recordedCalls: [Call] { lock.withLock { calls } }
    /// How many polls started.
    public var pollCount: Int { lock.withLock { calls.count } }
    /// How many polls returned (or threw).
    public var finishedCount: Int { lock.withLock { finished } }
    /// The largest number of polls that were running at once.
    public var maxConcurrentPolls: Int { lock.withLock { maxRunning } }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        let step: Step = lock.withLock {
            let index = calls.count
            calls.append(Call(cursor: cursor, now: now, limits: limits))
            running += 1
            maxRunning = max(maxRunning, running)
            return index < steps.count ? steps[index] : whenExhausted
        }
        defer { lock.withLock { running -= 1; finished += 1 } }
        switch step {
        case .batch(let batch):
            return batch
        case .error(let message):
            throw PollError.transport(message)
        case .delay(let seconds, let batch):
            try await clock.sleep(for: .seconds(seconds))
            return batch
        case .hang(let seconds):
            // A task of its own, which the caller's cancellation does not reach.
            await Task.detached { [clock] in try? await clock.sleep(for: .seconds(seconds)) }.value
            return Batch()
        }
    }
}
