import Foundation
import IOCDomain

/// Everything a `RuleEvaluator` remembers between calls, kept behind its lock.
struct RuleMemory {
    /// Per rule (by index): series key → condition state, for threshold, rate and anomaly rules.
    var series: [[String: SeriesConditionState]]
    /// Per rule (by index): subject → the raise of each active stale, source-down and deadline condition.
    var levels: [[String: ConditionChange]]
    /// Series key → the time of the newest observation already evaluated.
    var lastSeen: [String: Date] = [:]
    /// Series key → the indexes of the series rules (threshold, rate, anomaly) whose selector matches it.
    var seriesRules: [String: [Int]] = [:]
    /// Series key → the indexes of the stale rules whose selector matches it.
    var staleRules: [String: [Int]] = [:]

    init(ruleCount: Int) {
        series = Array(repeating: [:], count: ruleCount)
        levels = Array(repeating: [:], count: ruleCount)
    }
}
