import Foundation
import IOCAnalytics

/// Deterministic random numbers for the forecast tests (SplitMix64 + Box–Muller).
struct ForecastTestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-12), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}

enum ForecastTestData {
    static let origin = 1_441_065_600 / 900 // bucket index of 2015-09-01 00:00 UTC at 15 min

    /// Feeds `days` of a 15-minute series `f(bucketOffset)` to a forecaster as observed buckets.
    static func feed(_ forecaster: inout SeasonalForecaster, days: Int, from start: Int = 0,
                     _ f: (Int) -> Double) {
        for k in start..<(start + days * 96) {
            forecaster.add(bucket: RegularBucket(index: origin + k, value: f(k), kind: .observed))
        }
    }

    static func dailySine(_ k: Int) -> Double { 50 + 20 * sin(2 * .pi * Double(k % 96) / 96) }

    /// Walks the forecaster over buckets `range` of `f`, issuing the 80 % interval 1 and 24 steps ahead at each and
    /// judging it when its target arrives: the share of truths inside, per horizon.
    static func coverage(_ forecaster: inout SeasonalForecaster, over range: Range<Int>, _ f: (Int) -> Double) -> [Double] {
        var hits = [0, 0], total = [0, 0]
        var pending: [(target: Int, k: Int, lower: Double, upper: Double)] = []
        for k in range {
            let value = f(k)
            for p in pending where p.target == k {
                total[p.k] += 1
                if value >= p.lower && value <= p.upper { hits[p.k] += 1 }
            }
            pending.removeAll { $0.target <= k }
            forecaster.add(bucket: RegularBucket(index: origin + k, value: value, kind: .observed))
            for (j, h) in [1, 24].enumerated() {
                let i = forecaster.interval(stepsAhead: h, level: 0.8)!
                pending.append((k + h, j, i.lower, i.upper))
            }
        }
        return (0..<2).map { Double(hits[$0]) / Double(total[$0]) }
    }
}
