/// A stage of a scenario (e.g. "Theo dõi", "Ứng phó", "Sơ tán"): its steps, run in parallel within the stage.
/// The first stage is entered when the run starts; others when a decision leads there or an operator enters them.
public struct ScenarioStage: Sendable, Hashable, Codable {
    public var id: String
    public var title: BilingualText
    public var steps: [ScenarioStep]

    public init(id: String, title: BilingualText, steps: [ScenarioStep]) {
        self.id = id; self.title = title; self.steps = steps
    }
}
