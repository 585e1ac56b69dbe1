/// Whether a deadline rule raises one alarm per item or one per agency with a count (thousands of dossiers must
/// not become thousands of alarms); a surge rule counts per agency, or per topic (the same category in the same ward).
public enum RuleGrouping: String, Sendable, Hashable, CaseIterable {
    case item
    case agency
    case topic
}
