/// Which way a rate-of-change or anomaly rule looks: up (rise, above the baseline), down, or both.
public enum RuleDirection: String, Sendable, Hashable, CaseIterable {
    case up = "above"
    case down = "below"
    case both
}
