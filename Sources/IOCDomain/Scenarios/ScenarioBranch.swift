/// One way out of a decision: its label, the live-data test that proposes it (if any), and the stage it leads to.
public struct ScenarioBranch: Sendable, Hashable, Codable {
    public var id: String
    public var label: BilingualText
    public var when: ScenarioCondition?
    /// The stage the run enters when this branch is chosen; nil: the run stays in its stages.
    public var goTo: String?

    public init(id: String, label: BilingualText, when: ScenarioCondition? = nil, goTo: String? = nil) {
        self.id = id; self.label = label; self.when = when; self.goTo = goTo
    }
}
