import Foundation

/// What the alarm rules need read of one series at one evaluation: the observations from `from` to the evaluation
/// time (none when nil), and whether the same hour's averages of past weeks (its baseline) are needed. The rule
/// evaluator knows which rules look at a series and how far back each looks; the store reads only that.
public struct SeriesReadPlan: Sendable, Equatable {
    /// The oldest observation time to read (inclusive); nil: no observations (no rule looks at their values).
    public var from: Date?
    /// Read the baselines (an anomaly rule looks at the series).
    public var baselines: Bool

    public init(from: Date?, baselines: Bool) {
        self.from = from
        self.baselines = baselines
    }

    /// Everything since `from`, with baselines: what a caller that does not know the rules must read.
    public static func everything(since from: Date) -> SeriesReadPlan {
        SeriesReadPlan(from: from, baselines: true)
    }
}
