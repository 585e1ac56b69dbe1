/// Which deadline condition a deadline rule raises: due within the warning window ("sắp trễ hạn") or past due.
public enum RuleDeadline: String, Sendable, Hashable, CaseIterable {
    case dueSoon = "due_soon"
    case overdue
}
