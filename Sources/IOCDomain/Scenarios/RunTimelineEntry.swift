import Foundation

/// One immutable row of a run's timeline: who did what, when, to which step or stage, with what evidence.
///
/// Actions: "started", "proposed", "accepted", "declined", "step-started", "step-done", "step-skipped",
/// "step-overdue", "decided", "stage-entered", "note", "closed", "cancelled".
public struct RunTimelineEntry: Sendable, Hashable, Codable {
    public var runID: String
    public var at: Date
    /// The person's name, or "system" for the machine's own rows (a step going overdue).
    public var actor: String
    public var role: OperatorRole?
    public var action: String
    public var stepID: String?
    public var stageID: String?
    public var note: String?
    public var number: Double?
    public var exercise: Bool

    public init(runID: String, at: Date, actor: String, role: OperatorRole?, action: String, stepID: String? = nil,
                stageID: String? = nil, note: String? = nil, number: Double? = nil, exercise: Bool) {
        self.runID = runID; self.at = at; self.actor = actor; self.role = role; self.action = action
        self.stepID = stepID; self.stageID = stageID; self.note = note; self.number = number; self.exercise = exercise
    }
}
