/// How an anomaly rule measures the distance from the baseline: percent of the baseline, or standard deviations — or,
/// with `score`, the streaming detector's anomaly score in [0, 1] (its own daily and weekly profiles, no baseline).
public enum RuleAnomalyMeasure: String, Sendable, Hashable, CaseIterable {
    case percent
    case sigma
    case score
}
