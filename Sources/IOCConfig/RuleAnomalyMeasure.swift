/// How an anomaly rule measures the distance from the baseline: percent of the baseline, or standard deviations.
public enum RuleAnomalyMeasure: String, Sendable, Hashable, CaseIterable {
    case percent
    case sigma
}
