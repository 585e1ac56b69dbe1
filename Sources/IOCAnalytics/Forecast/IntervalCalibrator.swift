import Foundation

/// Keeps the prediction intervals' coverage honest while the error distribution drifts: adaptive conformal
/// inference (after Gibbs & Candès 2021) applied separately to each horizon and each tail.
///
/// The forecaster reads its interval ends as quantiles of its recent errors. Those can be too narrow (the
/// window under-represents rare regimes, errors of adjacent origins are correlated) or too wide. For each
/// horizon and tail the calibrator keeps a stretch k > 0 and reads the tail probability τ at the level τ′ with
/// logit(τ′) = k·logit(τ): k > 1 reaches further into the tail, k < 1 less far, and the median (τ = ½) is never
/// moved, so quantiles stay monotone in p for every level. After each resolved forecast, log k moves by
/// `gain·(miss − τ₀)`, where miss says whether the truth fell beyond that tail of the default interval
/// (τ₀ = `targetTail`, 10 % for an 80 % interval). The long-run share of misses therefore tends to τ₀ whatever
/// the error distribution: the running sum of (miss − τ₀) equals the bounded movement of log k divided by the
/// gain. Exceedance probabilities are mapped back with the inverse relation, so quantiles and probabilities
/// stay consistent.
///
/// Forecasts can be split into `groups` (Mondrian conformal prediction, Vovk et al.), each with its own
/// stretches, so that each group holds its coverage on its own — e.g. forecasts made with and without a seasonal
/// reference, whose errors differ in size.
public struct IntervalCalibrator: Sendable {
    public let horizons: Int
    public let groups: Int
    /// The tail probability being calibrated (per side), e.g. 0.1 for an 80 % central interval.
    public let targetTail: Double
    /// Step of log k per resolved forecast.
    public let gain: Double
    /// Bounds of log k.
    public static let range: ClosedRange<Float> = -1.5 ... 2.5

    // Per group: [lower tails of horizons 1…H, upper tails of horizons 1…H].
    private var logStretch: [Float]

    public init(horizons: Int, groups: Int = 1, targetTail: Double = 0.1, gain: Double = 0.05) {
        self.horizons = max(1, horizons)
        self.groups = max(1, groups)
        self.targetTail = min(max(targetTail, 1e-3), 0.499)
        self.gain = max(0, gain)
        logStretch = [Float](repeating: 0, count: 2 * self.horizons * self.groups)
    }

    /// Approximate bytes held (array storage).
    public var memoryFootprint: Int { logStretch.count * MemoryLayout<Float>.size }

    @inline(__always) private func slot(_ h: Int, upper: Bool, group: Int) -> Int {
        (2 * min(max(group, 0), groups - 1) + (upper ? 1 : 0)) * horizons + min(max(h, 1), horizons) - 1
    }

    /// The stretch k of one tail at horizon h (horizons beyond the tracked ones use the last).
    public func stretch(horizon h: Int, upper: Bool, group: Int = 0) -> Double {
        exp(Double(logStretch[slot(h, upper: upper, group: group)]))
    }

    /// The probability level at which to read the empirical error distribution for the nominal level p.
    public func adjustedLevel(_ p: Double, horizon h: Int, group: Int = 0) -> Double {
        guard p > 0, p < 1, p != 0.5 else { return p }
        let upper = p > 0.5
        let tail = upper ? 1 - p : p
        let adjusted = Self.logistic(Self.logit(tail) * stretch(horizon: h, upper: upper, group: group))
        return upper ? 1 - adjusted : adjusted
    }

    /// The calibrated probability of exceeding a threshold whose empirical exceedance share is `fraction`.
    public func calibratedExceedance(_ fraction: Double, horizon h: Int, group: Int = 0) -> Double {
        guard fraction > 0, fraction < 1, fraction != 0.5 else { return fraction }
        if fraction < 0.5 { // upper tail: fraction is τ′ of the upper side
            return Self.logistic(Self.logit(fraction) / stretch(horizon: h, upper: true, group: group))
        }
        let lower = 1 - fraction // share below: τ′ of the lower side
        return 1 - Self.logistic(Self.logit(lower) / stretch(horizon: h, upper: false, group: group))
    }

    /// Learns from one resolved forecast at horizon h: whether the truth fell below the lower end or above the
    /// upper end of the default interval that the current calibration gives.
    public mutating func observe(horizon h: Int, group: Int = 0, below: Bool, above: Bool) {
        guard h >= 1 && h <= horizons else { return }
        move(slot(h, upper: false, group: group), missed: below)
        move(slot(h, upper: true, group: group), missed: above)
    }

    private mutating func move(_ i: Int, missed: Bool) {
        let step = Float(gain * ((missed ? 1 : 0) - targetTail))
        logStretch[i] = min(max(logStretch[i] + step, Self.range.lowerBound), Self.range.upperBound)
    }

    @inline(__always) static func logit(_ p: Double) -> Double { log(p / (1 - p)) }
    @inline(__always) static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
