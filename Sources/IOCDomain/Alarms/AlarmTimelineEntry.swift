import Foundation

/// One immutable row of an alarm's timeline: who did what, when, and the state before and after.
///
/// Actions: "raised" (a new episode), "updated" (new value or a less urgent priority, no state change),
/// "re-alarmed" (a more urgent priority), "cleared", "acknowledged", "shelved", "unshelved", "shelve-expired",
/// "suppressed", "unsuppressed", "removed-from-service", "returned-to-service", "note", "assigned", "escalated",
/// "ack-timed-out", "resolved".
public struct AlarmTimelineEntry: Sendable, Hashable, Codable {
    public var alarmID: String
    public var at: Date
    /// The person's name, or "system" for condition changes and timers.
    public var actor: String
    /// The person's role; nil for condition changes and timers.
    public var role: OperatorRole?
    public var action: String
    public var fromState: AlarmState
    public var toState: AlarmState
    /// The note as stored: what a person typed, or a system note's Vietnamese text (rows written before v7 hold
    /// only this). Readers show `noteText(english:)`.
    public var note: String?
    /// A system note as a code with its parameters (nil for notes people typed and for rows written before v7).
    public var noteCode: AlarmNote?

    public init(alarmID: String, at: Date, actor: String, role: OperatorRole?, action: String,
                fromState: AlarmState, toState: AlarmState, note: String?, noteCode: AlarmNote? = nil) {
        self.alarmID = alarmID; self.at = at; self.actor = actor; self.role = role; self.action = action
        self.fromState = fromState; self.toState = toState; self.note = note; self.noteCode = noteCode
    }

    /// The note in the reader's language: a system note rendered from its code, else the note as stored.
    public func noteText(_ language: Language) -> String? {
        return noteCode?.text(language) ?? note
    }
}
