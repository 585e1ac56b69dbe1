import Foundation

/// The settings of a rule; each kind reads its own and the others keep their defaults.
public struct RuleParameters: Sendable, Hashable {
    /// Threshold: how the value is compared with `limit`.
    public var comparison: RuleComparison
    /// Threshold: the limit; rate: the rate (per `ratePer`); anomaly: the percent or sigma count.
    public var limit: RuleLimit
    /// Threshold, rate, anomaly: how far back inside the limit before the alarm clears (limit's unit).
    public var deadband: Double
    /// Threshold, rate, anomaly: how long the condition must hold before it is raised (seconds).
    public var onDelay: TimeInterval
    /// Rate: rise (up) or fall (down); anomaly: above, below or both.
    public var direction: RuleDirection
    /// Rate: the unit of time of `limit`, in seconds (60 per minute, 3600 per hour).
    public var ratePer: TimeInterval
    /// Rate: how far back the change is measured (seconds).
    public var rateWindow: TimeInterval
    /// Stale: how long without a new value before the series is stale (seconds).
    public var staleAfter: TimeInterval
    /// Deadline: due soon or overdue.
    public var deadline: RuleDeadline
    /// Deadline (due soon): how close to its due time an item counts as due soon (seconds).
    public var warningWindow: TimeInterval
    /// Deadline: one alarm per item or per agency.
    public var grouping: RuleGrouping
    /// Deadline per agency: the count at which the agency's alarm is raised.
    public var minimumCount: Int
    /// Anomaly: percent of the baseline or standard deviations, or the streaming detector's score in [0, 1].
    public var anomalyMeasure: RuleAnomalyMeasure
    /// Forecast: how far ahead the limit is looked for (seconds; at most 6 h).
    public var forecastWithin: TimeInterval = 6 * 3600
    /// Forecast: the probabilities of crossing at which a watch and a warning are raised (weather services' 0.3 and 0.7).
    public var watchProbability = 0.3
    public var warningProbability = 0.7
    /// How far back a surge rule counts the items received.
    public var surgeWindow: TimeInterval = 3600

    public init(comparison: RuleComparison = .above, limit: RuleLimit = .value(0), deadband: Double = 0,
                onDelay: TimeInterval = 0, direction: RuleDirection = .both, ratePer: TimeInterval = 3600,
                rateWindow: TimeInterval = 900, staleAfter: TimeInterval = 900, deadline: RuleDeadline = .overdue,
                warningWindow: TimeInterval = 24 * 3600, grouping: RuleGrouping = .item, minimumCount: Int = 1,
                anomalyMeasure: RuleAnomalyMeasure = .percent) {
        self.comparison = comparison; self.limit = limit; self.deadband = deadband; self.onDelay = onDelay
        self.direction = direction; self.ratePer = ratePer; self.rateWindow = rateWindow
        self.staleAfter = staleAfter; self.deadline = deadline; self.warningWindow = warningWindow
        self.grouping = grouping; self.minimumCount = minimumCount; self.anomalyMeasure = anomalyMeasure
    }
}
