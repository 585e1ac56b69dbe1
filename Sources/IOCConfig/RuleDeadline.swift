/// Which deadline condition a deadline rule raises: due within the warning window ("sắp trễ hạn"), past due, or — for
/// dossiers — at risk of lateness (not yet late, late with at least the rule's `probability` from the past processing
/// times of the same procedure at the agency, issue 18).
public enum RuleDeadline: String, Sendable, Hashable, CaseIterable {
    case dueSoon = "due_soon"
    case overdue
    case atRisk = "at_risk"
}
