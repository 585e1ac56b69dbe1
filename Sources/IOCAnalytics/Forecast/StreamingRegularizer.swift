import Foundation

/// Puts irregular raw points on a regular grid one point at a time, in O(1) memory.
///
/// Points that fall in the same bucket are averaged. A bucket is emitted when a point of a later bucket
/// arrives (or on `flush`). Empty buckets between two observed ones are emitted as `.filled` (linear
/// interpolation) when the gap is at most `maxFilledGap`; longer gaps are not emitted at all, so a consumer
/// sees a jump in `index` and treats the skipped buckets as missing — a silent sensor costs nothing.
///
/// Non-finite values and dates, and points older than the open bucket (out of order), are ignored.
public struct StreamingRegularizer: Sendable {
    public let step: TimeInterval
    /// The longest run of empty buckets that is filled by interpolation.
    public let maxFilledBuckets: Int

    private var openIndex: Int?
    private var openSum = 0.0
    private var openCount = 0
    private var lastObserved: (index: Int, value: Double)?

    /// - Parameters:
    ///   - step: grid step in seconds (positive).
    ///   - maxFilledGap: the longest gap (in seconds of empty buckets) that is filled linearly.
    public init(step: TimeInterval, maxFilledGap: TimeInterval) {
        let safeStep = step.isFinite && step > 0 ? step : 900
        self.step = safeStep
        self.maxFilledBuckets = maxFilledGap.isFinite && maxFilledGap > 0 ? Int(maxFilledGap / safeStep) : 0
    }

    /// The bucket number of an instant for a step: floor(seconds since 1970 / step).
    public static func bucketIndex(of date: Date, step: TimeInterval) -> Int {
        Int((date.timeIntervalSince1970 / step).rounded(.down))
    }

    /// The bucket currently accumulating points (not emitted yet), if any.
    public var openBucketIndex: Int? { openIndex }

    /// Adds one raw point; calls `emit` for every bucket that this point closes, in index order.
    public mutating func add(_ value: Double, at date: Date, emit: (RegularBucket) -> Void) {
        let seconds = date.timeIntervalSince1970
        guard value.isFinite, seconds.isFinite, abs(seconds) < 1e15 else { return }
        let index = Int((seconds / step).rounded(.down))
        guard let open = openIndex else {
            openIndex = index
            openSum = value
            openCount = 1
            return
        }
        if index == open {
            openSum += value
            openCount += 1
        } else if index > open {
            close(emit: emit)
            openIndex = index
            openSum = value
            openCount = 1
        }
        // index < open: a late point; dropped (the bucket it belongs to may already be emitted).
    }

    /// Emits the open bucket, if any (end of data).
    public mutating func flush(emit: (RegularBucket) -> Void) {
        close(emit: emit)
        openIndex = nil
    }

    private mutating func close(emit: (RegularBucket) -> Void) {
        guard let open = openIndex, openCount > 0 else { return }
        let mean = openSum / Double(openCount)
        if let last = lastObserved {
            let empty = open - last.index - 1
            if empty > 0 && empty <= maxFilledBuckets {
                let span = Double(open - last.index)
                for k in 1...empty {
                    let fraction = Double(k) / span
                    emit(RegularBucket(index: last.index + k, value: last.value + (mean - last.value) * fraction,
                                       kind: .filled))
                }
            }
        }
        emit(RegularBucket(index: open, value: mean, kind: .observed))
        lastObserved = (open, mean)
        openCount = 0
        openSum = 0
    }
}
