import Foundation

/// Learns a series' sampling step (the usual time between points) from the data: the median of the first gaps,
/// re-checked from time to time, so a few missing points or a jittery clock do not change it.
public struct SamplingStepEstimator: Sendable, Equatable {
    /// The estimated step in seconds, nil until enough gaps have been seen.
    public private(set) var step: TimeInterval?
    private var gaps: ResidualWindow
    private var lastTime: Date?
    private var sinceEstimate = 0
    private let minimumGaps: Int

    /// - Parameter minimumGaps: gaps needed before the first estimate; the median then uses the last `4·` that many.
    public init(minimumGaps: Int = 8) {
        self.minimumGaps = max(1, minimumGaps)
        gaps = ResidualWindow(capacity: 4 * self.minimumGaps)
    }

    /// Folds in a point's time. Out-of-order and repeated times are ignored.
    public mutating func observe(_ time: Date) {
        defer { if lastTime == nil || time > lastTime! { lastTime = time } }
        guard let last = lastTime else { return }
        let gap = time.timeIntervalSince(last)
        guard gap > 0, gap.isFinite else { return }
        gaps.append(gap)
        sinceEstimate += 1
        if gaps.count >= minimumGaps, step == nil || sinceEstimate >= 16 * gaps.capacity {
            step = gaps.median()
            sinceEstimate = 0
        }
    }
}
