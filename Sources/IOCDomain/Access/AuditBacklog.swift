import Foundation

/// The audit records that wait for the SOC collector, for the status bar.
public struct AuditBacklog: Sendable, Hashable {
    /// `tcp://host:port` or `tls://host:port`.
    public var collector: String
    public var waiting: Int
    /// Why the last attempt failed, or nil when it worked.
    public var lastError: String?
    /// When the oldest waiting record was written.
    public var oldestWaiting: Date?

    public init(collector: String, waiting: Int, lastError: String?, oldestWaiting: Date? = nil) {
        self.collector = collector; self.waiting = waiting; self.lastError = lastError; self.oldestWaiting = oldestWaiting
    }

    /// Records go within a second or two when the collector is there: a backlog is worth a glance once its oldest
    /// record has waited this long, or the last attempt failed.
    public static let noticeAfter: TimeInterval = 10

    /// Whether the status bar shows it at `now`.
    public func isNotable(at now: Date) -> Bool {
        guard waiting > 0 else { return false }
        return lastError != nil || (oldestWaiting.map { now.timeIntervalSince($0) >= Self.noticeAfter } ?? false)
    }
}
