/// What a step asks for when it is marked done: a note (what was done, by whom), or a number with its label and
/// unit ("vessels sheltered", "people evacuated") — the report-back the storm plans count.
public enum ScenarioEvidence: Sendable, Hashable, Codable {
    case note
    case number(label: BilingualText, unit: String?)
}
