import Foundation

/// A seasonal profile: the typical offset from the series' level at each phase of a cycle (a day, a week), kept in
/// a fixed number of buckets indexed by the time of the point (not by its position, so gaps and irregular clocks
/// do not shift it).
///
/// Each bucket is an exponentially weighted average of the deseasonalised residuals that fall in it, with the
/// residuals clipped (Huber-style) so one outlier moves a bucket by a bounded amount. The first few visits of a
/// bucket use a running mean so the profile is usable after one cycle.
public struct SeasonalProfile: Sendable, Equatable {
    /// The cycle length in seconds (86 400 for a day).
    public let period: TimeInterval
    /// The offsets, one per bucket.
    public private(set) var offsets: [Double]
    /// How often each bucket has been updated (saturating).
    public private(set) var visits: [UInt16]

    public init(period: TimeInterval, buckets: Int) {
        self.period = period
        offsets = [Double](repeating: 0, count: max(1, buckets))
        visits = [UInt16](repeating: 0, count: max(1, buckets))
    }

    /// The bucket of a time.
    public func bucket(at time: Date) -> Int {
        let t = time.timeIntervalSince1970
        var phase = t.truncatingRemainder(dividingBy: period)
        if phase < 0 { phase += period }
        return min(offsets.count - 1, Int(phase / period * Double(offsets.count)))
    }

    /// The offset at a bucket, nil if never visited.
    public func offset(bucket: Int) -> Double? {
        visits[bucket] > 0 ? offsets[bucket] : nil
    }

    /// Moves a bucket toward `target` (the point's value minus the level): a running mean for the first visits,
    /// then a smoothing step of weight `smoothing`, with the step clipped to ±`clip`.
    public mutating func update(bucket: Int, target: Double, smoothing: Double, clip: Double) {
        let n = visits[bucket]
        if n == 0 {
            offsets[bucket] = target
        } else {
            let weight = max(smoothing, 1.0 / Double(n + 1))
            let error = target - offsets[bucket]
            offsets[bucket] += weight * min(max(error, -clip), clip)
        }
        if n < UInt16.max { visits[bucket] = n + 1 }
    }
}
