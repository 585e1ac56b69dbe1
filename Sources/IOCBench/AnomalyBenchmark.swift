import Foundation
import IOCAnalytics

/// `ioc-bench anomaly`: the streaming anomaly detector run point by point over a NAB corpus folder (no look-ahead:
/// each score from the points before it) and scored by the project's own NAB scorer (written from the rules in the
/// corpus's README and numenta/NAB's sweeper): the three profiles' normalised scores at each one's best threshold,
/// false detections per day, the score by category, beside a random detector's; then the cost of 1,000 series per
/// poll cycle. `--sensitivity` re-runs with each main constant at ×0.7 and ×1.3.
struct AnomalyBenchmark {
    var directory = "../shared/data/nab"
    var sensitivity = false
    var perFile = false

    func run() throws {
        let corpus = try NABCorpus.load(directory: URL(fileURLWithPath: directory))
        print("NAB corpus \(directory): \(corpus.files.count) files, \(corpus.windowCount) windows, "
              + "\(corpus.files.reduce(0) { $0 + $1.count }) points")
        let (results, durations) = Self.detect(corpus, configuration: .default)
        var standard: NABCorpusScore?
        for profile in NABProfile.all {
            let score = NABScorer.score(results: results, profile: profile)
            if profile == .standard { standard = score }
            print("\(pad(profile.name, 16)) score \(f(score.normalisedScore)) at threshold \(f(score.threshold, 4)); "
                  + "false detections \(f(score.falseDetectionsPerDay, 3))/day (\(f(score.falseDetectionEventsPerDay, 3)) runs/day)")
        }
        var random = SplitMix(seed: 1)
        let noise = corpus.files.map { file in
            NABDetectionResult(file: file, scores: (0..<file.count).map { _ in random.unit() })
        }
        print("\(pad("random", 16)) score \(f(NABScorer.score(results: noise, profile: .standard).normalisedScore)) (standard profile, seed 1)")
        if let s = standard {
            print("standard profile by category (normalised over its windows), false detections a day:")
            let rates = s.falseDetectionsPerDayByCategory
            for (category, files) in Dictionary(grouping: s.files, by: \.category).sorted(by: { $0.key < $1.key }) {
                let raw = files.reduce(0) { $0 + $1.rawScore }, null = files.reduce(0) { $0 + $1.nullScore }
                let perfect = files.reduce(0) { $0 + $1.perfectScore }
                let score = perfect > null ? f(100 * (raw - null) / (perfect - null), 1) : "—"
                print("  \(pad(category, 24)) \(pad(score, 6)) \(f(rates[category] ?? 0, 3))/day")
            }
            if perFile {
                for file in s.files {
                    print("  \(pad(file.name, 58)) \(pad(file.normalisedScore.map { f($0, 1) } ?? "—", 6)) windows "
                          + "\(file.detectedWindows)/\(file.windowCount), false \(file.fp)")
                }
            }
        }
        let sorted = durations.sorted()
        if !sorted.isEmpty {
            print("time a point: median \(f(sorted[sorted.count / 2], 2)) µs, p99 \(f(sorted[Int(0.99 * Double(sorted.count - 1))], 2)) µs")
        }
        try cycleCost(corpus)
        if sensitivity { try sensitivityTable(corpus, reference: standard?.normalisedScore ?? .nan) }
    }

    /// 1,000 detectors, each warmed on a corpus file, each scoring one new point per cycle.
    func cycleCost(_ corpus: NABCorpus) throws {
        guard let file = corpus.files.first(where: { $0.count > 2000 }) else { return }
        var detector = AnomalyDetector(configuration: .default)
        for i in 0..<1500 { _ = detector.score(time: file.timestamps[i], value: file.values[i]) }
        var fleet = [AnomalyDetector](repeating: detector, count: 1000)
        let clock = ContinuousClock()
        var times: [Double] = []
        var checksum = 0.0
        for step in 1500..<1530 {
            let t = clock.now
            for i in fleet.indices { checksum += fleet[i].score(time: file.timestamps[step], value: file.values[step] + Double(i % 7)) }
            let d = clock.now - t
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }
        let steady = Array(times.dropFirst()).sorted()
        print("1,000 series per poll cycle (one new point each): median \(f(1e3 * steady[steady.count / 2], 2)) ms, "
              + "max \(f(1e3 * (steady.last ?? .nan), 2)) ms (29 cycles)" + (checksum.isNaN ? " NaN!" : ""))
    }

    func sensitivityTable(_ corpus: NABCorpus, reference: Double) throws {
        print("sensitivity (standard score, each constant ×0.7 / ×1.3; reference \(f(reference))):")
        let base = AnomalyDetectorConfiguration.default
        let knobs: [(String, WritableKeyPath<AnomalyDetectorConfiguration, Double>)] = [
            ("levelSmoothing", \.levelSmoothing), ("seasonalSmoothing", \.seasonalSmoothing), ("scaleSmoothing", \.scaleSmoothing),
            ("clipBound", \.clipBound), ("shiftThreshold", \.shiftThreshold), ("calibrationMemory", \.calibrationMemory),
            ("alarmHalfLife", \.alarmHalfLife), ("frequencyTolerance", \.frequencyTolerance), ("halfScoreZ", \.halfScoreZ),
        ]
        for (name, path) in knobs {
            var line = "  \(pad(name, 20))"
            for factor in [0.7, 1.3] {
                var c = base
                c[keyPath: path] *= factor
                let (r, _) = Self.detect(corpus, configuration: c)
                line += " \(f(NABScorer.score(results: r, profile: .standard).normalisedScore))"
            }
            print(line)
        }
    }

    static func detect(_ corpus: NABCorpus, configuration: AnomalyDetectorConfiguration) -> ([NABDetectionResult], [Double]) {
        var results: [NABDetectionResult] = []
        var durations: [Double] = []
        let clock = ContinuousClock()
        for file in corpus.files {
            var detector = AnomalyDetector(configuration: configuration)
            var scores = [Double](repeating: 0, count: file.count)
            for i in 0..<file.count {
                let start = clock.now
                scores[i] = detector.score(time: file.timestamps[i], value: file.values[i])
                let d = clock.now - start
                durations.append(Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12)
            }
            results.append(NABDetectionResult(file: file, scores: scores))
        }
        return (results, durations)
    }

    func f(_ x: Double, _ digits: Int = 2) -> String { x.isFinite ? String(format: "%.\(digits)f", x) : "n/a" }
    func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
}
