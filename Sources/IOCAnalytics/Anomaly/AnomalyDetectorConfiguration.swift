import Foundation

/// The knobs of `AnomalyDetector`. The defaults suit operational metrics sampled every few seconds to every hour;
/// none of them depends on a particular series.
public struct AnomalyDetectorConfiguration: Sendable, Equatable {
    /// Weight of a new point in the level (exponential smoothing α). 0.05 remembers about the last 20 points, so a
    /// slow drift is followed while a spike barely moves the level.
    public var levelSmoothing: Double
    /// Weight of a new point in its seasonal bucket (γ, per visit of the bucket): 0.1 remembers about ten cycles.
    public var seasonalSmoothing: Double
    /// Weight of a new residual in the residual scale (λ): 0.02 remembers about the last 50 points.
    public var scaleSmoothing: Double
    /// Residuals are clipped at this many scales before they update level, profile and scale (Huber's k), so an
    /// outlier cannot drag the model.
    public var clipBound: Double
    /// The number of recent points whose median decides whether the level has shifted.
    public var shiftWindow: Int
    /// A shift is accepted (the level jumps to the recent median) when the recent median is further than this many
    /// scales from the level: a jump that lasts becomes the new normal after about `shiftWindow / 2` points.
    public var shiftThreshold: Double
    /// Points learned before any score above 0 is given.
    public var warmUpPoints: Int
    /// Learn a daily profile (used once the data cover 1.5 days and it forecasts better than no profile).
    public var dailySeasonality: Bool
    /// Learn a weekly profile (used once the data cover 1.5 weeks and it forecasts better).
    public var weeklySeasonality: Bool
    /// At most this many buckets per day (288 = 5-minute buckets); the weekly profile has seven times as many.
    public var maxBucketsPerDay: Int
    /// Tail calibration: when the series' own `calibrationQuantile` of past z exceeds `calibrationReferenceZ` (its
    /// value for normal noise: 2.576 for the 0.99 quantile), z is scaled down by that ratio, so a series whose
    /// forecast errors are heavy-tailed needs a larger deviation to alarm. Never scales z up.
    public var calibrationQuantile: Double
    public var calibrationReferenceZ: Double
    /// The memory of the tail calibration, in points (about a week of 5-minute data).
    public var calibrationMemory: Double
    /// The number of recent points whose mean forecast error (times √n, in scales) is a second, "sustained" z:
    /// it catches a small lasting shift or drift that no single point shows. Calibrated like the point z. 0 or 1
    /// turns it off.
    public var sustainedWindow: Int
    /// Frequency cap on the point z: a deviation at least as large as the current one that already made up a
    /// fraction p of the recent points is no more surprising than a normal deviation with tail probability
    /// p × `frequencyTolerance`, so the calibrated z is capped there. A spike that recurs every hundred points stops
    /// alarming, while one seen once or twice in the calibration memory is barely capped. 0 turns the cap off.
    public var frequencyTolerance: Double
    /// The number of recent points over which the "energy" of the forecast errors (the mean of z², each z clipped
    /// at `energyClip`) is taken: a window-level signal that catches a burst of spikes, a rise of variance or a
    /// spell of errors that no single point shows. Scored against its own history like the point z. 0 or 1 turns
    /// it off.
    public var energyWindow: Int
    /// Each z is clipped here before it enters the energy, so one huge spike counts as one moderate surprise.
    public var energyClip: Double
    /// Half-life, in points, of the memory of recent alarms. A point is scored relative to the largest calibrated
    /// z of the recent points (when that exceeded `halfScoreZ`), so an alarm is raised at the start of an episode
    /// and the points that follow need to be worse still to score as high; the memory fades with this half-life.
    /// 0 turns this off.
    public var alarmHalfLife: Double
    /// Contextual novelty: values are quantized into this many equal-probability bins (at most 16) by running
    /// quantiles, and the share of the short contexts (the last `noveltyMinimumLength`…`noveltyContextLength`
    /// symbols) never seen before is a signal of its own. 0 turns it off.
    public var noveltyBins: Int
    public var noveltyMinimumLength: Int
    public var noveltyContextLength: Int
    /// At most this many contexts are remembered (least recently seen are forgotten first).
    public var noveltyCapacity: Int
    /// The novelty signal is the mean share of new contexts over this many recent points.
    public var noveltyWindow: Int
    /// The robust z (forecast error over scale) that maps to a score of 0.5. 3.5 is the usual outlier cut-off of
    /// the modified z-score (Iglewicz & Hoaglin).
    public var halfScoreZ: Double
    /// How sharply the score rises with z: score = zᵖ/(zᵖ + halfScoreZᵖ).
    public var scoreSteepness: Double

    public init(levelSmoothing: Double = 0.05, seasonalSmoothing: Double = 0.1, scaleSmoothing: Double = 0.02,
                clipBound: Double = 3.0, shiftWindow: Int = 8, shiftThreshold: Double = 3.0,
                warmUpPoints: Int = 16, dailySeasonality: Bool = true, weeklySeasonality: Bool = true,
                maxBucketsPerDay: Int = 288, calibrationQuantile: Double = 0.99,
                calibrationReferenceZ: Double = 2.576, calibrationMemory: Double = 2000, alarmHalfLife: Double = 12, sustainedWindow: Int = 0,
                frequencyTolerance: Double = 0.03, energyWindow: Int = 48, energyClip: Double = 4, halfScoreZ: Double = 3.5, scoreSteepness: Double = 4.0,
                noveltyBins: Int = 8,
                noveltyMinimumLength: Int = 2, noveltyContextLength: Int = 5, noveltyCapacity: Int = 2048,
                noveltyWindow: Int = 10) {
        self.noveltyBins = noveltyBins
        self.noveltyMinimumLength = noveltyMinimumLength
        self.noveltyContextLength = noveltyContextLength
        self.noveltyCapacity = noveltyCapacity
        self.noveltyWindow = noveltyWindow
        self.levelSmoothing = levelSmoothing
        self.seasonalSmoothing = seasonalSmoothing
        self.scaleSmoothing = scaleSmoothing
        self.clipBound = clipBound
        self.shiftWindow = shiftWindow
        self.shiftThreshold = shiftThreshold
        self.warmUpPoints = warmUpPoints
        self.dailySeasonality = dailySeasonality
        self.weeklySeasonality = weeklySeasonality
        self.maxBucketsPerDay = maxBucketsPerDay
        self.calibrationQuantile = calibrationQuantile
        self.calibrationReferenceZ = calibrationReferenceZ
        self.calibrationMemory = calibrationMemory
        self.alarmHalfLife = alarmHalfLife
        self.sustainedWindow = sustainedWindow
        self.frequencyTolerance = frequencyTolerance
        self.energyWindow = energyWindow
        self.energyClip = energyClip
        self.halfScoreZ = halfScoreZ
        self.scoreSteepness = scoreSteepness
    }

    /// The defaults.
    public static let `default` = AnomalyDetectorConfiguration()

    /// Maps a robust z (≥ 0) to a score in [0, 1): zᵖ/(zᵖ + cᵖ), a logistic curve in log z.
    public func score(forZ z: Double) -> Double {
        guard z > 0 else { return 0 }
        guard z.isFinite else { return 1 }
        let ratio = pow(halfScoreZ / z, scoreSteepness)
        return 1 / (1 + ratio)
    }

    /// The robust z at which the score equals `score` (the inverse of `score(forZ:)`), e.g. to explain a
    /// threshold: 0.9 ↔ z ≈ 6.1 with the defaults.
    public func z(forScore score: Double) -> Double {
        guard score > 0 else { return 0 }
        guard score < 1 else { return .infinity }
        return halfScoreZ * pow(score / (1 - score), 1 / scoreSteepness)
    }
}
