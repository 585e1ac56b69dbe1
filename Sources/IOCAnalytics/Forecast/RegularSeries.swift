import Foundation

/// A series on a regular grid: one value per step from `firstIndex` on, with how each value was obtained.
///
/// Produced by `SeriesRegularizer.regularize`. Missing buckets hold NaN and kind `.missing`.
public struct RegularSeries: Sendable, Hashable {
    /// The grid step in seconds.
    public var step: TimeInterval
    /// The bucket number of `values[0]` (steps since 1970-01-01 00:00 UTC).
    public var firstIndex: Int
    public var values: [Double]
    public var kinds: [BucketKind]

    public init(step: TimeInterval, firstIndex: Int, values: [Double], kinds: [BucketKind]) {
        self.step = step
        self.firstIndex = firstIndex
        self.values = values
        self.kinds = kinds
    }

    public var count: Int { values.count }

    /// The start of the bucket at array position `position`.
    public func date(at position: Int) -> Date {
        Date(timeIntervalSince1970: Double(firstIndex + position) * step)
    }

    /// The buckets that carry a value (observed or filled), in order, as a streaming consumer would see them.
    public var buckets: [RegularBucket] {
        var result: [RegularBucket] = []
        result.reserveCapacity(values.count)
        for i in values.indices where kinds[i] != .missing {
            result.append(RegularBucket(index: firstIndex + i, value: values[i], kind: kinds[i]))
        }
        return result
    }
}
