import Foundation

/// A run of a scenario: copied from one version of its template when its trigger fired (or an operator started
/// it), with its steps' due moments fixed at the start. A drill (`exercise`) is marked on every screen and output
/// and never counted as real.
public struct ScenarioRun: Sendable, Hashable, Codable {
    public var id: String
    public var templateID: String
    public var templateVersion: Int
    public var title: BilingualText
    public var exercise: Bool
    public var state: RunState
    public var startedAt: Date
    public var startedBy: String
    /// The alarm that started it, if an alarm did.
    public var alarmID: String?
    /// Its data domain (the starting alarm's, else its scenario's): who may see it and its step alarms; nil for the
    /// IOC's own, and for runs stored before runs kept one.
    public var domain: Pillar?
    /// The stages entered so far, in the order they were entered (the first stage at the start).
    public var enteredStages: [String]
    public var steps: [RunStep]
    public var endedAt: Date?
    public var endedBy: String?
    /// The reason for a decline or a cancel, or the closing note.
    public var endNote: String?
    public var lastChangeAt: Date

    public init(id: String, templateID: String, templateVersion: Int, title: BilingualText, exercise: Bool,
                state: RunState, startedAt: Date, startedBy: String, alarmID: String?, enteredStages: [String],
                steps: [RunStep]) {
        self.id = id; self.templateID = templateID; self.templateVersion = templateVersion; self.title = title
        self.exercise = exercise; self.state = state; self.startedAt = startedAt; self.startedBy = startedBy
        self.alarmID = alarmID; self.enteredStages = enteredStages; self.steps = steps; self.lastChangeAt = startedAt
    }

    /// The step of this id, if there is one.
    public func step(_ id: String) -> RunStep? { steps.first { $0.id == id } }

    /// The steps of the stages entered so far.
    public var reachedSteps: [RunStep] { steps.filter { enteredStages.contains($0.stageID) } }

    /// Required steps of entered stages that are not finished: what keeps the run from closing.
    public var openRequiredSteps: [RunStep] { reachedSteps.filter { $0.step.required && !$0.state.isFinished } }

    /// Steps of entered stages that went overdue and are not finished (started late or not): what escalates, what
    /// the lists count as late.
    public var overdueSteps: [RunStep] { reachedSteps.filter { $0.overdueAt != nil && !$0.state.isFinished } }

    /// A timeline row's note for a reader: a decision's branch by its label in `language` (the row keeps its id,
    /// language-neutral), anything else as written.
    public func noteText(_ e: RunTimelineEntry, _ language: Language) -> String {
        guard let note = e.note else { return "" }
        guard e.action == "decided", let branches = e.stepID.flatMap({ step($0)?.step.decision?.branches }) else { return note }
        let id = note.split(separator: ":", maxSplits: 1).first.map(String.init) ?? note
        guard let branch = branches.first(where: { $0.id == id }) else { return note }
        return branch.label.text(language) + String(note.dropFirst(id.count))
    }
}
