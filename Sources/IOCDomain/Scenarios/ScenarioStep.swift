/// One step of a scenario's stage: what is to be done, by which agency or role, whether the run may close without
/// it, by when, what it must report back, and the evidence asked when it is marked done; or a decision.
public struct ScenarioStep: Sendable, Hashable, Codable {
    public var id: String
    public var title: BilingualText
    /// The agency's code ("SNNMT", "CAHP") or a role ("trực ban", "trưởng ca").
    public var owner: String
    public var required: Bool
    public var due: ScenarioDue?
    public var evidence: ScenarioEvidence?
    /// What the owner must report back ("số tàu thuyền đã vào nơi tránh trú").
    public var reportBack: BilingualText?
    public var decision: ScenarioDecision?

    public init(id: String, title: BilingualText, owner: String, required: Bool = true, due: ScenarioDue? = nil,
                evidence: ScenarioEvidence? = nil, reportBack: BilingualText? = nil, decision: ScenarioDecision? = nil) {
        self.id = id; self.title = title; self.owner = owner; self.required = required; self.due = due
        self.evidence = evidence; self.reportBack = reportBack; self.decision = decision
    }
}
