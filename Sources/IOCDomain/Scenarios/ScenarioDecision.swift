/// A step that is a decision: a question and its branches. The console proposes the first branch whose live-data
/// test holds; the operator confirms or picks another, and the run enters that branch's stage.
public struct ScenarioDecision: Sendable, Hashable, Codable {
    public var question: BilingualText
    public var branches: [ScenarioBranch]

    public init(question: BilingualText, branches: [ScenarioBranch]) {
        self.question = question; self.branches = branches
    }

    /// The first branch whose test holds, reading `value(series)` and `levels(series)`; nil when none can be told.
    public func proposed(value: (String) -> Double?, levels: (String) -> [Double]) -> ScenarioBranch? {
        branches.first { branch in
            guard let test = branch.when else { return false }
            return test.holds(value: value(test.series), levels: levels(test.series)) == true
        }
    }
}
