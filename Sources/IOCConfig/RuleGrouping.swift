/// Whether a deadline rule raises one alarm per item or one per agency with a count (thousands of dossiers must
/// not become thousands of alarms).
public enum RuleGrouping: String, Sendable, Hashable, CaseIterable {
    case item
    case agency
}
