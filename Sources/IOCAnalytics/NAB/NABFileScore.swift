/// The NAB score of one file at one threshold.
public struct NABFileScore: Sendable {
    /// The file's name relative to `data/`.
    public var name: String
    /// The file's category (its folder).
    public var category: String
    /// The raw NAB score: the sum of the earliest-detection rewards, the missed-window costs and the weighted
    /// false-positive costs.
    public var rawScore: Double
    /// The raw score of the null detector on this file (−A_FN per window that reaches past the probation).
    public var nullScore: Double
    /// The raw score of the perfect detector (A_TP per window).
    public var perfectScore: Double
    /// `100·(raw − null)/(perfect − null)`; nil for a file without windows (the scale is undefined there).
    public var normalisedScore: Double? {
        perfectScore > nullScore ? 100 * (rawScore - nullScore) / (perfectScore - nullScore) : nil
    }
    /// Labelled windows, and how many of them hold at least one detection after the probation.
    public var windowCount: Int
    public var detectedWindows: Int
    /// Row counts after the probation, as NAB's scorer reports them: detections inside (tp) and outside (fp)
    /// windows, non-detections inside (fn) and outside (tn).
    public var tp: Int
    public var fp: Int
    public var fn: Int
    public var tn: Int
    /// Runs of consecutive false-positive rows (an alert that stays on for three polls is one event).
    public var falseDetectionEvents: Int
    /// Days of data after the probation (time from the first scored row to the last).
    public var scoredDays: Double

    public init(name: String, category: String, rawScore: Double, nullScore: Double, perfectScore: Double,
                windowCount: Int, detectedWindows: Int, tp: Int, fp: Int, fn: Int, tn: Int,
                falseDetectionEvents: Int, scoredDays: Double) {
        self.name = name
        self.category = category
        self.rawScore = rawScore
        self.nullScore = nullScore
        self.perfectScore = perfectScore
        self.windowCount = windowCount
        self.detectedWindows = detectedWindows
        self.tp = tp
        self.fp = fp
        self.fn = fn
        self.tn = tn
        self.falseDetectionEvents = falseDetectionEvents
        self.scoredDays = scoredDays
    }
}
