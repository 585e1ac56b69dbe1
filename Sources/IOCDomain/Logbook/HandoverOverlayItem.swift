import Foundation

/// A shelved, suppressed or out-of-service alarm at handover, with the reason given and when it ends.
public struct HandoverOverlayItem: Sendable, Hashable, Codable {
    public var alarm: Alarm
    /// The shelve reason, or the note of the action that put it out of service or suppressed it.
    public var reason: String?
    /// When a timed shelve ends; nil for one-shot shelves and out of service (until returned by a supervisor).
    public var until: Date? { alarm.shelvedUntil }

    public init(alarm: Alarm, reason: String?) {
        self.alarm = alarm; self.reason = reason
    }
}
