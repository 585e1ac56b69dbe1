import Foundation

/// The Kaplan–Meier product-limit estimate of a survival function S(t) = P(T > t) from durations some of which are
/// still running (right-censored: known only to exceed their value). At each distinct time with endings, S drops by
/// the factor (1 − endings / at risk), where "at risk" counts every sample whose time is at least that time (a
/// sample censored at the same time as an ending is still at risk then, the usual convention).
public struct SurvivalCurve: Sendable, Hashable {
    /// The distinct times at which something ended, increasing, and S just after each.
    public private(set) var times: [Double] = []
    public private(set) var survival: [Double] = []
    /// How many samples ended (were not censored).
    public private(set) var endings = 0
    /// How many samples in all.
    public private(set) var count = 0

    /// `samples`: (time, ended) — `ended` false for a censored one. Non-finite or negative times are left out.
    public init(_ samples: [(time: Double, ended: Bool)]) {
        let valid = samples.filter { $0.time.isFinite && $0.time >= 0 }
            .sorted { $0.time != $1.time ? $0.time < $1.time : ($0.ended && !$1.ended) }
        count = valid.count
        var atRisk = valid.count
        var s = 1.0
        var i = 0
        while i < valid.count {
            let t = valid[i].time
            var ended = 0, leaving = 0
            while i < valid.count && valid[i].time == t {
                if valid[i].ended { ended += 1 }
                leaving += 1
                i += 1
            }
            if ended > 0 {
                s *= 1 - Double(ended) / Double(atRisk)
                times.append(t)
                survival.append(s)
                endings += ended
            }
            atRisk -= leaving
        }
    }

    /// S(t): the estimated probability of lasting beyond `t` (1 before the first ending; after the last time
    /// observed, the last value — the estimate does not extrapolate).
    public func value(at t: Double) -> Double {
        // The last ending time ≤ t.
        var lo = 0, hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 1 : survival[lo - 1]
    }

    /// P(T > later | T > earlier) = S(later) / S(earlier); nil when S(earlier) is 0 (nothing lasted that long).
    public func conditional(beyond later: Double, given earlier: Double) -> Double? {
        let base = value(at: earlier)
        guard base > 0 else { return nil }
        return min(1, value(at: later) / base)
    }
}
