import Foundation
import IOCAnalytics
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
    /// Per rule (by index): series key → the model of an anomaly-score or forecast rule.
    var models: [[String: SeriesModelState]]
    /// Series key → its seasonal forecaster, for a series a forecast rule watches or the projections name: one per
    /// series, whatever reads it.
    var forecasters: [String: SeasonalForecaster] = [:]
    /// The series whose forecaster learnt a new step since their projection was last taken.
    var projectionsDue: Set<String> = []
    /// Where the last read plan's usual window started: the first time a model rule's series is seen, values before
    /// it only teach the models.
    var windowStart: Date?

    init(ruleCount: Int) {
        series = Array(repeating: [:], count: ruleCount)
        models = Array(repeating: [:], count: ruleCount)
        levels = Array(repeating: [:], count: ruleCount)
    }
}
