import Foundation

/// Settings of a `SeasonalForecaster`. The defaults suit traffic-like series forecast up to 6 h ahead on a
/// 15-minute grid.
public struct ForecastConfiguration: Sendable, Hashable {
    /// Grid step in seconds.
    public var step: TimeInterval
    /// Gaps up to this long (seconds of empty buckets) are filled linearly; longer ones are skipped.
    public var maxFilledGap: TimeInterval
    /// Longest horizon (in steps) for which empirical errors are kept; intervals beyond it are analytic.
    public var horizonSteps: Int
    /// Number of past forecast origins whose errors are kept (per horizon).
    public var errorWindow: Int
    /// Keep the errors of every this many origins only, so `errorWindow` rows span errorWindow × stride steps
    /// (errors of neighbouring origins are strongly correlated; thinning them saves memory, not information).
    public var errorOriginStride: Int
    /// Below this many errors at a horizon, intervals and probabilities use the analytic ETS variance.
    public var minimumErrors: Int
    /// Days of grid history kept for refitting and for the seasonal references (one Float + one byte per bucket).
    public var historyDays: Int
    /// Refit the smoothing constants after this many steps of new data (a day by default).
    public var refitEverySteps: Int
    /// Nelder–Mead budget per refit (evaluations, each one replay of the history).
    public var fitEvaluations: Int
    /// Add the weekly correction when the history spans at least `weeklyMinimumDays` days and it scores
    /// better than the daily-only model on that history.
    public var weekly: Bool
    public var weeklyMinimumDays: Int
    /// Huber clip of one-step errors, in running standard deviations.
    public var huberK: Double
    /// Consider modelling on the log scale (only while the kept history is strictly positive).
    public var allowLogTransform: Bool
    /// Search structure (weekly or not, log or not) at every this many fits; in between only the constants.
    public var structureSearchEvery: Int
    /// Refit inside `add` when due. Set false to run `proposeFit()` off the poll path (e.g. a background
    /// task over a snapshot) and `adopt(_:)` the result; `refitDue` says when.
    public var automaticRefit: Bool
    /// Blend the model's forecast with two seasonal references (seasonal-naive and the seasonal median), with
    /// weights chosen on recent errors per band of horizons (`ForecastCombiner`).
    public var combineWithSeasonalNaive: Bool
    /// Number of recent forecast origins over which the blend weights are scored (exponential forgetting; two
    /// days by default).
    public var combinationMemory: Int
    /// Grid step of the blend weights is 1/this (10 → 66 weight vectors).
    public var combinationResolution: Int
    /// The seasonal median reference is the median of the values at the same time of day over this many
    /// previous days (the kept ones).
    public var seasonalReferenceDays: Int
    /// Step of the adaptive interval calibration (`IntervalCalibrator`); 0 leaves the empirical quantiles as
    /// they are.
    public var calibrationGain: Double

    public init(step: TimeInterval = 900, maxFilledGap: TimeInterval = 3600, horizonSteps: Int = 24,
                errorWindow: Int = 96, errorOriginStride: Int = 2, minimumErrors: Int = 30, historyDays: Int = 14,
                refitEverySteps: Int? = nil, fitEvaluations: Int = 40, weekly: Bool = true,
                weeklyMinimumDays: Int = 14, huberK: Double = 3, allowLogTransform: Bool = true,
                structureSearchEvery: Int = 7, automaticRefit: Bool = true,
                combineWithSeasonalNaive: Bool = true, combinationMemory: Int? = nil,
                combinationResolution: Int = 10, seasonalReferenceDays: Int = 3, calibrationGain: Double = 0.05) {
        self.step = step.isFinite && step > 0 ? step : 900
        self.maxFilledGap = max(0, maxFilledGap.isFinite ? maxFilledGap : 0)
        self.horizonSteps = max(1, horizonSteps)
        self.errorWindow = max(2, errorWindow)
        self.errorOriginStride = max(1, errorOriginStride)
        self.minimumErrors = max(1, minimumErrors)
        self.historyDays = max(2, historyDays)
        self.fitEvaluations = max(1, fitEvaluations)
        self.weekly = weekly
        self.weeklyMinimumDays = max(7, weeklyMinimumDays)
        self.huberK = huberK.isFinite && huberK > 0 ? huberK : 3
        self.allowLogTransform = allowLogTransform
        self.structureSearchEvery = max(1, structureSearchEvery)
        self.automaticRefit = automaticRefit
        let perDay = max(1, Int((86_400 / self.step).rounded()))
        self.refitEverySteps = max(1, refitEverySteps ?? perDay)
        self.combineWithSeasonalNaive = combineWithSeasonalNaive
        self.combinationMemory = max(2, combinationMemory ?? 2 * perDay)
        self.combinationResolution = min(max(1, combinationResolution), 50)
        self.seasonalReferenceDays = max(1, seasonalReferenceDays)
        self.calibrationGain = calibrationGain.isFinite ? max(0, calibrationGain) : 0
    }

    /// Buckets per day (the daily season length).
    public var stepsPerDay: Int { max(1, Int((86_400 / step).rounded())) }
}
