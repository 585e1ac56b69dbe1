import Foundation

/// A streaming anomaly detector for one series (the alarm rule kind `anomaly`).
///
/// Feed it the points of one series in time order with `score(time:value:)`. Each point is scored against what the
/// detector learned from the points before it, and only then folded in: the score of a point never depends on
/// later points.
///
/// How it works:
/// - It learns the sampling step from the data, then runs three small forecasters side by side: robust
///   exponential smoothing of the level, the same with a daily profile, and with a weekly profile (each profile in
///   at most 288 buckets per day, indexed by time of day / week in UTC). A profile is only used once the data cover
///   1.5 cycles, and only while it forecasts better (smaller mean absolute error) than the others.
/// - The forecast error of the best model, over that model's robust residual scale, is a robust z. Residuals are
///   clipped before they update anything, so spikes do not teach the model; a jump that lasts (the median of the
///   last `shiftWindow` points far from the level) moves the level there, so a level shift is anomalous at its
///   start and normal a few points later. A change of variance raises z until the scale has adapted.
/// - NaN and infinite values are ignored (score 0, state unchanged). A constant series has scale 0; a tiny floor
///   (relative to the level and to the series' typical step-to-step change) keeps z finite, so any step off a
///   constant scores close to 1.
///
/// - Two corrections make one threshold fit every series: z is scaled down when the series' own 0.99 quantile
///   of past z is above 2.576 (heavy-tailed series, e.g. regular spikes, need a larger deviation), and it is
///   divided by the recent alarm peak over 3.5 (fading with `alarmHalfLife`), so an episode alarms at its start.
///
/// - Two more checks, both against the series' own history: a frequency cap (a deviation at least this large
///   that already made up a fraction p of the recent points is capped at the normal z of tail probability
///   p·`frequencyTolerance`, so a spike that recurs every hundred points stops alarming), and a window-level
///   "energy" signal (the mean of clipped z² over the last `energyWindow` points, measured from its own median in
///   units of its median-to-0.99-quantile spread), which catches a burst of spikes or a rise of variance.
///
/// - A contextual novelty signal (after Numenta's CAD OSE): the values are quantized into `noveltyBins` levels by
///   running quantiles, and the share of the short contexts (the last 2 to 5 symbols, by default) ending at each
///   point that were never seen before, averaged over `noveltyWindow` points, is measured against its own median
///   and 0.99 quantile like the energy. A pattern that changes shape while every value stays in range raises it.
///
/// - The final z is the largest of the point z, the sustained z, the energy z and the novelty z.
///
/// What a score means: `score = zᵖ/(zᵖ + 3.5ᵖ)` with p = 4 by default, where z is the corrected robust z above. 0.5 is the
/// classic outlier cut-off z = 3.5; 0.9 ↔ z ≈ 6.1; 0.99 ↔ z ≈ 11. A point scores 0 during the warm-up.
///
/// Cost: O(1) per point (a median of `shiftWindow` values), memory of about 2 300 doubles for 5-minute data plus
/// about 2 000 doubles' worth for the remembered contexts (at most `noveltyCapacity` 32-bit keys).
public struct AnomalyDetector: Sendable {
    /// The configuration in use.
    public let configuration: AnomalyDetectorConfiguration
    /// The learned sampling step, in seconds, once known.
    public var samplingStep: TimeInterval? { stepEstimator.step }
    /// The number of finite points folded in so far.
    public private(set) var pointCount = 0

    private var stepEstimator = SamplingStepEstimator()
    private var plain: RobustSmoothingModel
    private var daily: RobustSmoothingModel?
    private var weekly: RobustSmoothingModel?
    private var seasonalDecided = false
    private var lastValue: Double?
    private var meanAbsoluteChange = 0.0
    private var calibrator: TailCalibrator
    private var recentPeak = 0.0
    private var sustainedCalibrator: TailCalibrator
    private var recentResiduals: ResidualWindow
    private var energyCalibrator: TailCalibrator
    private var recentEnergy: ResidualWindow
    private let peakDecay: Double
    private var novelty: ContextNovelty?
    private var recentNovelty: ResidualWindow
    private var noveltyCalibrator: TailCalibrator

    public init(configuration: AnomalyDetectorConfiguration = .default) {
        self.configuration = configuration
        plain = RobustSmoothingModel(profile: nil, shiftWindow: configuration.shiftWindow)
        calibrator = TailCalibrator(memory: configuration.calibrationMemory)
        sustainedCalibrator = TailCalibrator(memory: configuration.calibrationMemory)
        recentResiduals = ResidualWindow(capacity: configuration.sustainedWindow)
        energyCalibrator = TailCalibrator(memory: configuration.calibrationMemory)
        recentEnergy = ResidualWindow(capacity: configuration.energyWindow)
        novelty = configuration.noveltyBins > 1 && configuration.noveltyWindow > 0
            ? ContextNovelty(bins: configuration.noveltyBins, minimumLength: configuration.noveltyMinimumLength,
                             maximumLength: configuration.noveltyContextLength, capacity: configuration.noveltyCapacity)
            : nil
        recentNovelty = ResidualWindow(capacity: configuration.noveltyWindow)
        noveltyCalibrator = TailCalibrator(memory: configuration.calibrationMemory)
        peakDecay = configuration.alarmHalfLife > 0 ? pow(0.5, 1 / configuration.alarmHalfLife) : 0
    }

    /// Scores the point against the past, then learns it. Returns a score in [0, 1].
    public mutating func score(time: Date, value: Double) -> Double {
        guard value.isFinite else { return 0 }
        stepEstimator.observe(time)
        if !seasonalDecided, let step = stepEstimator.step { createSeasonalModels(step: step) }

        let floor = scaleFloor()
        var result = 0.0
        if let (forecast, sigma) = bestForecast(at: time) {
            let residual = (value - forecast) / max(sigma, floor)
            let z = abs(residual)
            // The mean of the last few residuals catches a small shift that no single point shows.
            recentResiduals.append(residual)
            let sustained = configuration.sustainedWindow > 1 && recentResiduals.isFull
                ? abs(recentResiduals.mean()) * Double(recentResiduals.count).squareRoot() : 0
            // The energy of the recent errors: a burst of moderate spikes, or a spell of larger errors.
            // The errors of the first few windows, while the scale is still being learned, are left out.
            let clipped = min(z, configuration.energyClip)
            if pointCount >= 2 * configuration.energyWindow { recentEnergy.append(clipped * clipped) }
            let energy = configuration.energyWindow > 1 && recentEnergy.isFull ? recentEnergy.mean() : 0
            var pointZ = z * deflation(calibrator)
            if configuration.frequencyTolerance > 0, calibrator.weight >= Double(configuration.warmUpPoints) {
                let frequency = calibrator.exceedance(z)
                pointZ = min(pointZ, RobustStatistics.twoSidedNormalDeviate(
                    tailProbability: frequency * configuration.frequencyTolerance))
            }
            var calibrated = max(pointZ, sustained * deflation(sustainedCalibrator), energyZ(energy))
            // A change of shape: the share of recent value contexts never seen before, against its own history.
            var noveltyShare: Double? = nil
            if novelty != nil, let share = novelty!.update(value) {
                recentNovelty.append(share)
                if recentNovelty.isFull { noveltyShare = 100 * recentNovelty.mean() }
            }
            if let noveltyShare { calibrated = max(calibrated, noveltyZ(noveltyShare)) }
            // Relative to the recent alarms: a point as far off as the last alarming ones is less news.
            let novelty = recentPeak > configuration.halfScoreZ ? configuration.halfScoreZ / recentPeak : 1
            result = configuration.score(forZ: calibrated * novelty)
            recentPeak = max(recentPeak * peakDecay, calibrated)
            calibrator.add(z)
            if recentResiduals.isFull { sustainedCalibrator.add(sustained) }
            if recentEnergy.isFull, configuration.energyWindow > 1 { energyCalibrator.add(energy) }
            if let noveltyShare { noveltyCalibrator.add(noveltyShare) }
        }

        plain.update(time: time, value: value, configuration: configuration, floor: floor)
        daily?.update(time: time, value: value, configuration: configuration, floor: floor)
        weekly?.update(time: time, value: value, configuration: configuration, floor: floor)
        if let last = lastValue {
            let change = abs(value - last)
            let weight = max(configuration.scaleSmoothing, 1.0 / Double(pointCount))
            meanAbsoluteChange += weight * (change - meanAbsoluteChange)
        }
        lastValue = value
        pointCount += 1
        return result
    }

    /// Learns a point without needing its score (e.g. to seed the detector from history).
    public mutating func learn(time: Date, value: Double) {
        _ = score(time: time, value: value)
    }

    /// Learns a run of past points, in time order.
    public mutating func learn<S: Sequence>(_ points: S) where S.Element == (time: Date, value: Double) {
        for point in points { learn(time: point.time, value: point.value) }
    }

    /// The factor that brings a series' heavy tail back to that of normal noise (≤ 1), from its z history.
    private func deflation(_ calibrator: TailCalibrator) -> Double {
        guard calibrator.weight >= Double(configuration.warmUpPoints),
              let high = calibrator.quantile(configuration.calibrationQuantile) else { return 1 }
        return min(1, configuration.calibrationReferenceZ / max(high, 1e-12))
    }

    /// The energy signal as a z: its excess over its own recent median, in units of the distance from that median
    /// to its recent 0.99 quantile, times 2.576 — an energy at its usual high is an ordinary deviation, one twice
    /// as far above the median a strong one. (An energy is a mean over a window, so its spread is narrow and is
    /// measured from its median, not from 0.) 0 until calibrated.
    private func energyZ(_ energy: Double) -> Double {
        guard energy > 0, energyCalibrator.weight >= Double(max(configuration.warmUpPoints, configuration.energyWindow)),
              let high = energyCalibrator.quantile(configuration.calibrationQuantile),
              let typical = energyCalibrator.quantile(0.5) else { return 0 }
        // The spread is at least what independent normal errors would give a mean of n squares (χ²ₙ/n: about
        // 2.33·√(2/n) of its mean up to the 0.99 quantile), so a degenerate history cannot make z explode.
        let n = Double(configuration.energyWindow)
        let spread = max(high - typical, 2.326 * (2 / n).squareRoot() * typical, 1e-12)
        return configuration.calibrationReferenceZ * max(0, energy - typical) / spread
    }

    /// The novelty signal (percent of new contexts) as a z, measured like the energy: its excess over its own
    /// median in units of the distance from the median to the 0.99 quantile, that distance being at least
    /// `noveltyFloor` percentage points. 0 until calibrated.
    private func noveltyZ(_ share: Double) -> Double {
        guard share > 0, noveltyCalibrator.weight >= Double(configuration.warmUpPoints * 4),
              let high = noveltyCalibrator.quantile(configuration.calibrationQuantile),
              let typical = noveltyCalibrator.quantile(0.5) else { return 0 }
        let spread = max(high - typical, Self.noveltyFloor)
        return configuration.calibrationReferenceZ * max(0, share - typical) / spread
    }

    private static let noveltyFloor = 10.0

    /// The forecast and residual scale of the model that forecasts best among those that are ready.
    private func bestForecast(at time: Date) -> (forecast: Double, sigma: Double)? {
        let warmUp = configuration.warmUpPoints
        var best: (forecast: Double, sigma: Double, error: Double)? = nil
        func consider(_ model: RobustSmoothingModel?) {
            guard let model, model.isReady(at: time, warmUp: warmUp), let forecast = model.forecast(at: time)
            else { return }
            if best == nil || model.meanAbsoluteResidual < best!.error {
                best = (forecast, model.sigma, model.meanAbsoluteResidual)
            }
        }
        consider(plain)
        consider(daily)
        consider(weekly)
        return best.map { ($0.forecast, $0.sigma) }
    }

    /// The smallest scale used: a millionth of the level's size, a hundredth of the usual point-to-point change,
    /// and an absolute 1e-9, so that a constant series gives a finite but huge z for any step.
    private func scaleFloor() -> Double {
        max(1e-9, 1e-6 * abs(plain.level), 0.01 * meanAbsoluteChange)
    }

    private mutating func createSeasonalModels(step: TimeInterval) {
        seasonalDecided = true
        let day = 86_400.0
        if configuration.dailySeasonality, step <= day / 8 {
            let buckets = min(configuration.maxBucketsPerDay, Int((day / step).rounded()))
            daily = RobustSmoothingModel(profile: SeasonalProfile(period: day, buckets: buckets),
                                         shiftWindow: configuration.shiftWindow)
        }
        if configuration.weeklySeasonality, step <= day / 4 {
            let week = 7 * day
            let buckets = min(7 * configuration.maxBucketsPerDay, Int((week / step).rounded()))
            weekly = RobustSmoothingModel(profile: SeasonalProfile(period: week, buckets: buckets),
                                          shiftWindow: configuration.shiftWindow)
        }
    }
}
