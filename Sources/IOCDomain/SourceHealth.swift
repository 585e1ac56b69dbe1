import Foundation

/// How a data source is doing, recorded as data after every poll.
public enum SourceStatus: String, Sendable, Codable, Hashable {
    /// Never polled yet.
    case unknown
    /// Last poll succeeded.
    case ok
    /// Failing, but the last good data is recent (fewer than 3 consecutive failures).
    case degraded
    /// Failing repeatedly: its data is stale.
    case down
}

/// The health of one source: the console's sources panel and the staleness of every value come from here.
public struct SourceHealth: Sendable, Codable, Hashable {
    public var sourceID: String
    public var name: String
    public var kind: String
    public var status: SourceStatus
    public var lastAttemptAt: Date?
    public var lastSuccessAt: Date?
    /// The last error, already sanitised (no control characters), at most a few hundred characters.
    public var lastError: String?
    public var consecutiveFailures: Int
    /// Duration of the last poll in milliseconds.
    public var lastDurationMs: Double?
    public var nextPollAt: Date?
    /// The configured polling interval in seconds.
    public var intervalSeconds: Double

    public init(sourceID: String, name: String, kind: String, status: SourceStatus = .unknown,
                lastAttemptAt: Date? = nil, lastSuccessAt: Date? = nil, lastError: String? = nil,
                consecutiveFailures: Int = 0, lastDurationMs: Double? = nil, nextPollAt: Date? = nil,
                intervalSeconds: Double = 5) {
        self.sourceID = sourceID; self.name = name; self.kind = kind; self.status = status
        self.lastAttemptAt = lastAttemptAt; self.lastSuccessAt = lastSuccessAt; self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures; self.lastDurationMs = lastDurationMs
        self.nextPollAt = nextPollAt; self.intervalSeconds = intervalSeconds
    }
}

extension SourceStatus {
    /// Consecutive failures at which a source counts as down rather than degraded.
    public static let downAfterFailures = 3

    /// The status after a poll: ok on success, degraded after 1–2 consecutive failures, down from 3 on.
    public static func after(consecutiveFailures: Int) -> SourceStatus {
        if consecutiveFailures <= 0 { return .ok }
        return consecutiveFailures < downAfterFailures ? .degraded : .down
    }
}
