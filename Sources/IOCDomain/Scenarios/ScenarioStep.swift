/// One step of a scenario's stage: what is to be done, by which agency or role, whether the run may close without
/// it, by when, what it must report back, and the evidence asked when it is marked done; or a decision.
public struct ScenarioStep: Sendable, Hashable, Codable {
    public var id: String
    public var title: BilingualText
    /// The agency's code ("SNNMT", "CAHP") or a role ("trực ban", "trưởng ca").
    public var owner: String
    /// The owner in English where it is a role written in words ("duty operator"); nil for an agency's code.
    public var ownerEN: String?
    public var required: Bool
    public var due: ScenarioDue?
    public var evidence: ScenarioEvidence?
    /// What the owner must report back ("số tàu thuyền đã vào nơi tránh trú").
    public var reportBack: BilingualText?
    public var decision: ScenarioDecision?

    public init(id: String, title: BilingualText, owner: String, required: Bool = true, due: ScenarioDue? = nil,
                evidence: ScenarioEvidence? = nil, reportBack: BilingualText? = nil, decision: ScenarioDecision? = nil,
                ownerEN: String? = nil) {
        self.id = id; self.title = title; self.owner = owner; self.ownerEN = ownerEN; self.required = required; self.due = due
        self.evidence = evidence; self.reportBack = reportBack; self.decision = decision
    }

    /// The owner in `language`: a role in English where the file gave one, an agency's code as it is.
    public func ownerText(_ language: Language) -> String { language == .en ? (ownerEN ?? owner) : owner }

    /// Whether the owner is an agency's code ("CTTN", "BĐBP"), not a role in words.
    public var ownerIsAgency: Bool { !owner.isEmpty && owner.allSatisfy { $0.isUppercase || $0.isNumber } }
}
