import Foundation

/// A shelved, suppressed or out-of-service alarm at handover, with the reason given and when it ends.
public struct HandoverOverlayItem: Sendable, Hashable, Codable {
    public var alarm: Alarm
    /// The shelve reason, or the note of the action that put it out of service or suppressed it.
    public var reason: String?
    /// The reason as a system note's code (a suppression under its parent), rendered in the reader's language;
    /// nil when a person gave the reason, and in handovers saved before v7.
    public var reasonNote: AlarmNote?
    /// When a timed shelve ends; nil for one-shot shelves and out of service (until returned by a supervisor).
    public var until: Date? { alarm.shelvedUntil }

    public init(alarm: Alarm, reason: String?, reasonNote: AlarmNote? = nil) {
        self.alarm = alarm; self.reason = reason; self.reasonNote = reasonNote
    }

    /// The reason in the reader's language.
    public func reasonText(_ language: Language) -> String? {
        return reasonNote?.text(language) ?? reason
    }
}
