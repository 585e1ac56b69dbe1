import Foundation

/// One forecasting model inside `AnomalyDetector`: robust exponential smoothing of the level, optionally with an
/// additive seasonal profile (a robust Holt–Winters without trend, after Gelper, Fried & Croux, "Robust
/// forecasting with exponential and Holt–Winters smoothing", J. Forecasting 2010).
///
/// The residual of each point (value − level − seasonal offset) is clipped at `clipBound` scales before it
/// updates anything, and the scale is a smoothed mean absolute residual, also clipped: one wild point moves the
/// model by a bounded amount. A lasting level shift is handled apart: when the median of the last few
/// deseasonalised values is far from the level, the level jumps there.
struct RobustSmoothingModel: Sendable, Equatable {
    private(set) var level = 0.0
    private(set) var hasLevel = false
    /// Smoothed mean absolute residual (about 0.8 σ for normal noise).
    private(set) var meanAbsoluteResidual = 0.0
    private(set) var updates = 0
    private(set) var profile: SeasonalProfile?
    private var recent: ResidualWindow
    private(set) var firstTime: Date?

    init(profile: SeasonalProfile?, shiftWindow: Int) {
        self.profile = profile
        recent = ResidualWindow(capacity: shiftWindow)
    }

    /// σ estimated from the mean absolute residual (σ ≈ 1.2533·E|r| for normal noise).
    var sigma: Double { 1.2533 * meanAbsoluteResidual }

    /// The forecast of the value at `time`, nil if the model cannot forecast yet (no level, or a seasonal bucket
    /// never seen).
    func forecast(at time: Date) -> Double? {
        guard hasLevel else { return nil }
        guard let profile else { return level }
        guard let offset = profile.offset(bucket: profile.bucket(at: time)) else { return nil }
        return level + offset
    }

    /// Whether the model has seen enough to be trusted: the warm-up, and 1.5 cycles for a seasonal one.
    func isReady(at time: Date, warmUp: Int) -> Bool {
        guard updates >= warmUp, let first = firstTime else { return false }
        guard let profile else { return true }
        return time.timeIntervalSince(first) >= 1.5 * profile.period
    }

    /// Folds a point into the model. `floor` is the smallest scale allowed.
    mutating func update(time: Date, value: Double, configuration c: AnomalyDetectorConfiguration, floor: Double) {
        if firstTime == nil { firstTime = time }
        guard hasLevel else {
            level = value
            hasLevel = true
            if var p = profile {
                p.update(bucket: p.bucket(at: time), target: 0, smoothing: c.seasonalSmoothing, clip: .infinity)
                profile = p
            }
            updates = 1
            return
        }
        var offset = 0.0
        var bucket = -1
        if let p = profile {
            bucket = p.bucket(at: time)
            guard let o = p.offset(bucket: bucket) else {
                // First visit of this bucket: it starts at the point's offset from the level.
                profile!.update(bucket: bucket, target: value - level, smoothing: c.seasonalSmoothing, clip: .infinity)
                return
            }
            offset = o
        }
        let residual = value - level - offset
        let scale = max(sigma, floor)
        let clip = c.clipBound * scale
        let warming = updates < c.warmUpPoints
        let psi = warming ? residual : min(max(residual, -clip), clip)
        if warming {
            meanAbsoluteResidual += (abs(residual) - meanAbsoluteResidual) / Double(updates)
        } else {
            meanAbsoluteResidual += c.scaleSmoothing * (min(abs(residual), clip) - meanAbsoluteResidual)
        }
        level += c.levelSmoothing * psi
        if bucket >= 0 {
            profile!.update(bucket: bucket, target: value - level, smoothing: c.seasonalSmoothing,
                            clip: warming ? .infinity : clip)
        }
        recent.append(value - offset)
        if recent.isFull {
            let median = recent.median()
            if abs(median - level) > c.shiftThreshold * scale {
                level = median
                recent.removeAll()
            }
        }
        updates += 1
    }
}
