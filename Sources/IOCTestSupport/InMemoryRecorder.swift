import Foundation
import IOCDomain
import IOCEngine

/// A thread-safe `PollRecorder` that keeps everything in memory, for engine tests. It can be told to fail.
public final class InMemoryRecorder: PollRecorder, @unchecked Sendable {
    /// One recorded failure.
    public struct Failure: Sendable, Hashable {
        public let sourceID: String
        public let error: String
        public let at: Date
        public let durationMs: Double
    }

    /// The error thrown when the recorder is told to fail.
    public struct InjectedError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    private let lock = NSLock()
    private var healthByID: [String: SourceHealth] = [:]
    private var storedCursors: [String: String]
    private var batchesByID: [String: [Batch]] = [:]
    private var failureList: [Failure] = []
    private var failSuccessWrites: String?
    private var controls: [String: SourceControl] = [:]

    /// - Parameter cursors: cursors as if stored by an earlier run.
    public init(cursors: [String: String] = [:]) {
        self.storedCursors = cursors
    }

    /// Makes every following `recordSuccess` throw an error with this message (nil: stop failing).
    public func failSuccessWrites(with message: String?) {
        lock.withLock { failSuccessWrites = message }
    }

    /// Sets what operators asked of a source (paused, poll now), as the store would hold it.
    public func setControl(_ sourceID: String, _ control: SourceControl) {
        lock.withLock { controls[sourceID] = control }
    }

    public func sourceControls() throws -> [String: SourceControl] { lock.withLock { controls } }

    /// The recorded health of a source.
    public func health(_ sourceID: String) -> SourceHealth? { lock.withLock { healthByID[sourceID] } }
    /// Every batch written for a source, in order.
    public func batches(_ sourceID: String) -> [Batch] { lock.withLock { batchesByID[sourceID] ?? [] } }
    /// How many successful polls were written for a source.
    public func successCount(_ sourceID: String) -> Int { lock.withLock { batchesByID[sourceID]?.count ?? 0 } }
    /// Every failure recorded, in order.
    public var failures: [Failure] { lock.withLock { failureList } }
    /// Failures recorded for one source.
    public func failures(_ sourceID: String) -> [Failure] {
        lock.withLock { failureList.filter { $0.sourceID == sourceID } }
    }

    public func registerSource(_ health: SourceHealth) throws {
        lock.withLock {
            if var known = healthByID[health.sourceID] {
                known.name = health.name; known.kind = health.kind; known.intervalSeconds = health.intervalSeconds
                healthByID[health.sourceID] = known
            } else {
                healthByID[health.sourceID] = health
            }
        }
    }

    public func cursor(for sourceID: String) throws -> String? {
        lock.withLock { storedCursors[sourceID] }
    }

    public func recordSuccess(sourceID: String, batch: Batch, at: Date, durationMs: Double) throws {
        try lock.withLock {
            if let message = failSuccessWrites { throw InjectedError(description: message) }
            batchesByID[sourceID, default: []].append(batch)
            if let cursor = batch.cursor { storedCursors[sourceID] = cursor }
            var health = healthByID[sourceID] ?? SourceHealth(sourceID: sourceID, name: sourceID, kind: "")
            health.status = .afterSuccess(leftOut: batch.rejected != nil); health.lastAttemptAt = at; health.lastSuccessAt = at
            health.consecutiveFailures = 0; health.lastDurationMs = durationMs
            if let rejected = batch.rejected { health.lastError = rejected }
            healthByID[sourceID] = health
        }
    }

    public func recordFailure(sourceID: String, error: String, at: Date, durationMs: Double) throws {
        lock.withLock {
            failureList.append(Failure(sourceID: sourceID, error: error, at: at, durationMs: durationMs))
            var health = healthByID[sourceID] ?? SourceHealth(sourceID: sourceID, name: sourceID, kind: "")
            health.consecutiveFailures += 1
            health.status = SourceStatus.after(consecutiveFailures: health.consecutiveFailures)
            health.lastAttemptAt = at; health.lastError = error; health.lastDurationMs = durationMs
            healthByID[sourceID] = health
        }
    }
}
