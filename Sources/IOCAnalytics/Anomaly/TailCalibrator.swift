import Foundation

/// Keeps a fading histogram of the robust z values a series has produced and reports a high quantile of it, so the
/// detector can tell a series whose forecast errors are heavy-tailed (where z = 5 happens every day) from one
/// where z = 5 is rare.
///
/// The histogram has 160 bins on a log scale (bin k holds z with 4·log2(1 + z) in [k, k + 1), so each bin is
/// about 19 % wide and the last one holds everything above z ≈ 10¹²: a series that sits on a constant and spikes
/// produces such z) and forgets old points exponentially with a memory of `memory` points. Reading a quantile
/// scans the bins from the top.
public struct TailCalibrator: Sendable, Equatable {
    private var counts = [Double](repeating: 0, count: binCount)
    private static let binCount = 160
    private static let binsPerDoubling = 4.0
    private var total = 0.0
    private var increment = 1.0
    private let growth: Double

    /// - Parameter memory: the number of recent points that carry most of the weight (e-folding length).
    public init(memory: Double) {
        growth = 1 / (1 - 1 / max(2, memory))
    }

    /// The number of (weighted) points seen.
    public var weight: Double { total / increment }

    private static func bin(_ z: Double) -> Int {
        guard z > 0 else { return 0 }
        return min(binCount - 1, Int(binsPerDoubling * log2(1 + z)))
    }

    /// The upper edge of a bin, in z.
    private static func upperEdge(_ bin: Int) -> Double { exp2(Double(bin + 1) / binsPerDoubling) - 1 }

    /// Adds one z value.
    public mutating func add(_ z: Double) {
        guard z.isFinite else { return }
        counts[Self.bin(z)] += increment
        total += increment
        increment *= growth
        if increment > 1e100 {
            for k in counts.indices { counts[k] /= increment }
            total /= increment
            increment = 1
        }
    }

    /// The `p`-quantile of the z values seen (the upper edge of the bin that reaches it), nil when empty.
    public func quantile(_ p: Double) -> Double? {
        guard total > 0 else { return nil }
        // Scan from the top: the quantiles asked for are high, so this stops early.
        let target = (1 - p) * total
        var running = 0.0
        for k in counts.indices.reversed() {
            running += counts[k]
            if running > target { return Self.upperEdge(k) }
        }
        return Self.upperEdge(0)
    }

    /// The (weighted) fraction of the values seen that fall in `z`'s bin or above: how often a value at least about
    /// this large has occurred. 0 when empty.
    public func exceedance(_ z: Double) -> Double {
        guard total > 0, !z.isNaN else { return 0 }
        let first = z.isFinite ? Self.bin(z) : Self.binCount - 1
        var running = 0.0
        for k in first..<Self.binCount { running += counts[k] }
        return running / total
    }
}
