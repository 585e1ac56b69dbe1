import Foundation

/// Order statistics that tolerate bad points: the median, quantiles, the median absolute deviation and the
/// Theil–Sen line (the median of pairwise slopes: about 29 % of the points may be wrong before it breaks down).
///
/// Every function takes the values as they are (unsorted), ignores no value (callers drop NaNs first) and returns
/// nil for an empty input instead of trapping.
public enum RobustStatistics {
    /// The median (the mean of the two middle values for an even count).
    public static func median(_ values: [Double]) -> Double? {
        quantile(values, 0.5)
    }

    /// The `p`-quantile, 0 ≤ p ≤ 1, interpolated linearly between order statistics (Hyndman & Fan type 7, the
    /// default of R and NumPy).
    public static func quantile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        return sortedQuantile(values.sorted(), p)
    }

    /// The `p`-quantile of values already sorted ascending.
    public static func sortedQuantile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let position = min(max(p, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// The median absolute deviation from the median (not scaled: multiply by 1.4826 for a normal σ).
    public static func medianAbsoluteDeviation(_ values: [Double]) -> Double? {
        guard let m = median(values) else { return nil }
        return median(values.map { abs($0 - m) })
    }

    /// The modified z-score 0.6745·(x − median)/MAD (Iglewicz & Hoaglin); above 3.5 in size is an outlier.
    /// Nil when the MAD is zero (more than half of the values equal).
    public static func modifiedZScore(_ x: Double, median: Double, mad: Double) -> Double? {
        guard mad > 0 else { return nil }
        return 0.6745 * (x - median) / mad
    }

    /// The Theil–Sen line through (x, y) points: the median of the slopes of all pairs with distinct x, and the
    /// median of y − slope·x as the intercept. Nil with fewer than two distinct x.
    public static func theilSen(x: [Double], y: [Double]) -> (slope: Double, intercept: Double)? {
        let n = min(x.count, y.count)
        guard n >= 2 else { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<n where x[j] != x[i] {
                slopes.append((y[j] - y[i]) / (x[j] - x[i]))
            }
        }
        guard let slope = median(slopes) else { return nil }
        guard let intercept = median((0..<n).map { y[$0] - slope * x[$0] }) else { return nil }
        return (slope, intercept)
    }

    /// The two-sided normal deviate of a tail probability: the z with P(|N(0,1)| ≥ z) = `tailProbability`
    /// (2.576 for 0.01, 3.29 for 0.001). Infinity for 0, 0 for 1 or more. Acklam's rational approximation of the
    /// normal quantile (`NormalDistribution.quantile`).
    public static func twoSidedNormalDeviate(tailProbability: Double) -> Double {
        guard tailProbability > 0 else { return .infinity }
        guard tailProbability < 1 else { return 0 }
        return NormalDistribution.quantile(1 - tailProbability / 2)
    }
}
