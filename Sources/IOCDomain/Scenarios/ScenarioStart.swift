/// What happens when a scenario's trigger fires: the run starts at once, or it is proposed and an operator accepts
/// (or declines, with a reason) — per template, as the city decided for that hazard.
public enum ScenarioStart: String, Sendable, Hashable, Codable, CaseIterable {
    case automatic
    case proposed
}
