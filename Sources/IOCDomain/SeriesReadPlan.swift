import Foundation

/// What the alarm rules need read of one series at one evaluation: the observations from `from` to the evaluation
/// time (none when nil), and whether the same hour's averages of past weeks (its baseline) are needed. The rule
/// evaluator knows which rules look at a series and how far back each looks; the store reads only that.
public struct SeriesReadPlan: Sendable, Equatable {
    /// The oldest observation time to read (inclusive); nil: no observations (no rule looks at their values).
    public var from: Date?
    /// Read the baselines (an anomaly rule looks at the series).
    public var baselines: Bool
    /// Rows after this range's lower end up to its upper end are not needed but the first one not of bad quality:
    /// a rate rule compares each new value with the oldest good value within its window, so of the values it has
    /// already evaluated (up to the upper end) it needs only those where the new values' windows start (up to the
    /// lower end), and the first good one after them. Nil: every row from `from`.
    public var thinned: ClosedRange<Date>?

    public init(from: Date?, baselines: Bool, thinned: ClosedRange<Date>? = nil) {
        self.from = from
        self.baselines = baselines
        self.thinned = thinned
    }

    /// Everything since `from`, with baselines: what a caller that does not know the rules must read.
    public static func everything(since from: Date) -> SeriesReadPlan {
        SeriesReadPlan(from: from, baselines: true)
    }
}
