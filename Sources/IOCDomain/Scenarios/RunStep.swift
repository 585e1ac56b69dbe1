import Foundation

/// One step of a run, copied from its template's step when the run started; its due moment is fixed when its stage
/// is entered (nil before, and for a step without one).
public struct RunStep: Sendable, Hashable, Codable {
    public var stageID: String
    public var step: ScenarioStep
    public var due: Date?
    public var state: StepState
    /// Who last changed the step, and when.
    public var by: String?
    public var at: Date?
    public var evidence: RunEvidence?
    public var skipReason: String?
    /// When the step went overdue (kept after it is done: a late step stays visible in reports).
    public var overdueAt: Date?

    public init(stageID: String, step: ScenarioStep, due: Date?, state: StepState = .pending) {
        self.stageID = stageID; self.step = step; self.due = due; self.state = state
    }

    public var id: String { step.id }
}
