import Foundation

/// Everything the alarm rules need for one evaluation, read from the store in one go.
public struct RuleInputs: Sendable {
    /// The evaluation time.
    public var now: Date
    /// Every series with its recent values (oldest first, since `now − window`) and its source.
    public var series: [SeriesWindow]
    /// Series key → hour of week (0…167, Monday 00:00 UTC+7 = 0) → the average of that hour over past weeks,
    /// from the hourly rollups. Holds at least the hours of week that the series' window covers.
    public var baselines: [String: [Int: Double]]
    /// Series key → hour of week → the standard deviation of that hour's averages over past weeks (only where
    /// at least two past weeks have the hour).
    public var baselineDeviations: [String: [Int: Double]]
    /// Open dossiers, feedback cases and directives due within the warning window or already overdue, by kind then
    /// due time; it may also hold some due up to 10 minutes later (the store keeps the list between cycles): the
    /// deadline rules classify each item at `now`.
    public var deadlines: [EventSummary]
    /// Open alerts (events of kind `alert`), for alert rules.
    public var alerts: [EventSummary]
    /// Open dossiers not yet late with their probability of lateness, for `at_risk` deadline rules (read only when
    /// such a rule exists).
    public var lateRisks: [LateRisk] = []
    /// Items received recently (since the longest surge window), of the kinds surge rules count, newest first (read
    /// only when such a rule exists).
    public var received: [EventSummary] = []
    public var sources: [SourceHealth]

    public init(now: Date, series: [SeriesWindow] = [], baselines: [String: [Int: Double]] = [:],
                baselineDeviations: [String: [Int: Double]] = [:], deadlines: [EventSummary] = [],
                sources: [SourceHealth] = [], alerts: [EventSummary] = []) {
        self.now = now; self.series = series; self.baselines = baselines
        self.baselineDeviations = baselineDeviations; self.deadlines = deadlines; self.sources = sources
        self.alerts = alerts
    }

    /// The hour of the week of `date` in UTC+7: 0 is Monday 00:00–00:59, 167 is Sunday 23:00–23:59.
    public static func hourOfWeek(_ date: Date) -> Int {
        let localHours = Int((date.timeIntervalSince1970 / 3600).rounded(.down)) + VietnamTime.offsetSeconds / 3600
        // 1970-01-01 (local hour 0) was a Thursday: three days after a Monday.
        let hour = (localHours + 3 * 24) % 168
        return hour < 0 ? hour + 168 : hour
    }
}
