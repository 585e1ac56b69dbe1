/// The NAB score of a detector over a corpus for one profile, at one threshold (usually the best one).
public struct NABCorpusScore: Sendable {
    /// The profile used.
    public var profile: NABProfile
    /// Anomaly scores at or above this value are detections.
    public var threshold: Double
    /// The per-file scores, in corpus order.
    public var files: [NABFileScore]

    public init(profile: NABProfile, threshold: Double, files: [NABFileScore]) {
        self.profile = profile
        self.threshold = threshold
        self.files = files
    }

    /// The sum of the files' raw scores.
    public var rawScore: Double { files.reduce(0) { $0 + $1.rawScore } }
    /// The null detector's raw score (−A_FN for every window reaching past the probation).
    public var nullScore: Double { files.reduce(0) { $0 + $1.nullScore } }
    /// The perfect detector's raw score (A_TP for every window).
    public var perfectScore: Double { files.reduce(0) { $0 + $1.perfectScore } }
    /// NAB's reported score: 0 for the null detector, 100 for the perfect one.
    public var normalisedScore: Double {
        perfectScore > nullScore ? 100 * (rawScore - nullScore) / (perfectScore - nullScore) : 0
    }
    /// False-positive rows per day of scored data (all files).
    public var falseDetectionsPerDay: Double { Self.rate(files) }
    /// False-positive runs (alert events) per day of scored data (all files).
    public var falseDetectionEventsPerDay: Double {
        let days = files.reduce(0) { $0 + $1.scoredDays }
        return days > 0 ? Double(files.reduce(0) { $0 + $1.falseDetectionEvents }) / days : 0
    }
    /// False-positive rows per day, per category.
    public var falseDetectionsPerDayByCategory: [String: Double] {
        Dictionary(grouping: files, by: \.category).mapValues { Self.rate($0) }
    }

    private static func rate(_ files: [NABFileScore]) -> Double {
        let days = files.reduce(0) { $0 + $1.scoredDays }
        return days > 0 ? Double(files.reduce(0) { $0 + $1.fp }) / days : 0
    }
}
