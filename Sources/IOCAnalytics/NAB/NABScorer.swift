import Foundation

/// NAB's scoring, as numenta/NAB does it (`nab/sweeper.py`, `nab/scorer.py`, `nab/util.py`, `nab/runner.py`).
///
/// - The first `min(floor(0.15·n), 0.15·5000)` rows of each file are the probation: ignored entirely.
/// - Every row gets a "sweep score". Inside a window `[s, e]` of width `w = e − s + 1` the row's relative position
///   is `−(e − i + 1)/w` (−1 at the window start, just below 0 at its end) and its score is
///   `A_TP · σ̃(position)/σ̃(−1)`, with `σ̃(x) = 2/(1 + e^{5x}) − 1` (and −1 beyond x > 3). Outside windows, a row
///   after a window ending at `e` with width `w` scores `A_FP · σ̃(|i − e|/(w − 1))`; a row before any window scores
///   `−A_FP`.
/// - At a threshold, a row is a detection when its anomaly score is ≥ the threshold. A window counts its best
///   (that is, earliest) detection, or −A_FN without one; every false detection adds its (negative) sweep score.
/// - The threshold is the one that maximises the raw total over the whole corpus (a sweep over every distinct
///   anomaly score, from 1.1 down), and the total is normalised as `100·(raw − null)/(perfect − null)` with
///   `null = −A_FN` per window reaching past the probation and `perfect = A_TP` per labelled window.
///
/// Window limits are matched to rows as the first row at or after the start and the last row at or before the end
/// (NAB requires the labels to fall on row timestamps, where this is the same thing).
public enum NABScorer {
    /// NAB's probationary fraction.
    public static let defaultProbationPercent = 0.15

    /// The threshold NAB starts its sweep with: above every score, so nothing is detected.
    public static let noDetectionThreshold = 1.1

    /// `2·sigmoid(−5x) − 1`, and −1 for x > 3 (`scaledSigmoid` in sweeper.py).
    public static func scaledSigmoid(_ relativePosition: Double) -> Double {
        if relativePosition > 3.0 { return -1.0 }
        return 2.0 / (1.0 + exp(5.0 * relativePosition)) - 1.0
    }

    /// The number of leading rows ignored: `min(floor(p·n), p·5000)` (`getProbationPeriod`). A row `i` is scored
    /// when `i ≥` this value.
    public static func probationaryLength(rowCount: Int, probationPercent: Double = defaultProbationPercent) -> Double {
        min((probationPercent * Double(rowCount)).rounded(.down), probationPercent * 5000)
    }

    /// The rows each window spans, as closed index ranges (nil for a window that covers no row).
    public static func windowRanges(_ file: NABDataFile) -> [ClosedRange<Int>?] {
        file.windows.map { window in
            let t = file.timestamps
            guard let first = t.firstIndex(where: { $0 >= window.start }),
                  let last = t.lastIndex(where: { $0 <= window.end }), first <= last else { return nil }
            return first...last
        }
    }

    /// One row's part in the sweep: its anomaly score, its sweep score and the window it lies in.
    struct SweepRow {
        var anomalyScore: Double
        var sweepScore: Double
        /// Index of the window (in the corpus-wide numbering) or −1 outside windows.
        var window: Int
        var probationary: Bool
    }

    /// The sweep rows of one file (`calcSweepScore`), windows numbered from `firstWindow`.
    static func sweepRows(_ result: NABDetectionResult, profile: NABProfile, probationPercent: Double,
                          firstWindow: Int) -> [SweepRow] {
        let n = result.file.count
        let ranges = windowRanges(result.file)
        let probation = probationaryLength(rowCount: n, probationPercent: probationPercent)
        let maxTP = scaledSigmoid(-1.0)
        var rows: [SweepRow] = []
        rows.reserveCapacity(n)
        var next = 0
        var current: Int? = nil
        var previousEnd: Int? = nil
        var previousWidth = 0.0
        for i in 0..<n {
            while next < ranges.count, ranges[next] == nil { next += 1 }
            if current == nil, next < ranges.count, let range = ranges[next], range.lowerBound == i {
                current = next
                next += 1
            }
            let sweep: Double
            if let c = current, let range = ranges[c] {
                let width = Double(range.count)
                let position = -Double(range.upperBound - i + 1) / width
                sweep = scaledSigmoid(position) * profile.tpWeight / maxTP
            } else if let end = previousEnd {
                let position = previousWidth > 1 ? Double(abs(end - i)) / (previousWidth - 1) : 2.0
                sweep = scaledSigmoid(position) * profile.fpWeight
            } else {
                sweep = -1.0 * profile.fpWeight
            }
            let raw = result.scores[i]
            rows.append(SweepRow(anomalyScore: raw.isNaN ? 0 : raw, sweepScore: sweep,
                                 window: current.map { firstWindow + $0 } ?? -1,
                                 probationary: Double(i) < probation))
            if let c = current, let range = ranges[c], range.upperBound == i {
                previousEnd = i
                previousWidth = Double(range.count)
                current = nil
            }
        }
        return rows
    }

    /// The corpus's raw score at every distinct threshold (`calcScoreByThreshold`), highest threshold first; the
    /// first entry is the no-detection threshold 1.1.
    public static func thresholdCurve(results: [NABDetectionResult], profile: NABProfile,
                                      probationPercent: Double = defaultProbationPercent)
        -> [(threshold: Double, score: Double)] {
        var rows: [SweepRow] = []
        var windowTotal = 0
        for result in results {
            rows += sweepRows(result, profile: profile, probationPercent: probationPercent, firstWindow: windowTotal)
            windowTotal += result.file.windows.count
        }
        rows.removeAll { $0.probationary }
        rows.sort { $0.anomalyScore > $1.anomalyScore }
        var windowParts = [Double?](repeating: nil, count: windowTotal)
        var total = 0.0
        for row in rows where row.window >= 0 && windowParts[row.window] == nil {
            windowParts[row.window] = -profile.fnWeight
            total -= profile.fnWeight
        }
        var curve: [(threshold: Double, score: Double)] = []
        var threshold = noDetectionThreshold
        for row in rows {
            if row.anomalyScore != threshold {
                curve.append((threshold, total))
                threshold = row.anomalyScore
            }
            if row.window < 0 {
                total += row.sweepScore
            } else if let old = windowParts[row.window], row.sweepScore > old {
                windowParts[row.window] = row.sweepScore
                total += row.sweepScore - old
            }
        }
        curve.append((threshold, total))
        return curve
    }

    /// The threshold with the highest corpus score (the highest such threshold on a tie, as NAB's stable sort).
    public static func bestThreshold(results: [NABDetectionResult], profile: NABProfile,
                                     probationPercent: Double = defaultProbationPercent) -> Double {
        let curve = thresholdCurve(results: results, profile: profile, probationPercent: probationPercent)
        var best = curve[0]
        for entry in curve.dropFirst() where entry.score > best.score { best = entry }
        return best.threshold
    }

    /// Scores the corpus at NAB's optimal threshold for `profile`.
    public static func score(results: [NABDetectionResult], profile: NABProfile,
                             probationPercent: Double = defaultProbationPercent) -> NABCorpusScore {
        let threshold = bestThreshold(results: results, profile: profile, probationPercent: probationPercent)
        return score(results: results, profile: profile, threshold: threshold, probationPercent: probationPercent)
    }

    /// Scores the corpus at a given threshold (anomaly score ≥ threshold is a detection).
    public static func score(results: [NABDetectionResult], profile: NABProfile, threshold: Double,
                             probationPercent: Double = defaultProbationPercent) -> NABCorpusScore {
        let files = results.map { scoreFile($0, profile: profile, threshold: threshold, probationPercent: probationPercent) }
        return NABCorpusScore(profile: profile, threshold: threshold, files: files)
    }

    /// Scores one file at a given threshold.
    public static func scoreFile(_ result: NABDetectionResult, profile: NABProfile, threshold: Double,
                                 probationPercent: Double = defaultProbationPercent) -> NABFileScore {
        let rows = sweepRows(result, profile: profile, probationPercent: probationPercent, firstWindow: 0)
        let windowCount = result.file.windows.count
        var best = [Double?](repeating: nil, count: windowCount)
        var scorable = [Bool](repeating: false, count: windowCount)
        var fpScore = 0.0
        var tp = 0, fp = 0, fn = 0, tn = 0, events = 0
        var previousWasFP = false
        var firstScored: Int? = nil
        for (i, row) in rows.enumerated() {
            guard !row.probationary else { continue }
            if firstScored == nil { firstScored = i }
            let detected = row.anomalyScore >= threshold
            if row.window >= 0 {
                scorable[row.window] = true
                if detected {
                    tp += 1
                    best[row.window] = max(best[row.window] ?? -.infinity, row.sweepScore)
                } else {
                    fn += 1
                }
                previousWasFP = false
            } else if detected {
                fp += 1
                fpScore += row.sweepScore
                if !previousWasFP { events += 1 }
                previousWasFP = true
            } else {
                tn += 1
                previousWasFP = false
            }
        }
        var raw = fpScore
        var nullScore = 0.0
        var detectedWindows = 0
        for w in 0..<windowCount where scorable[w] {
            nullScore -= profile.fnWeight
            if let b = best[w] {
                raw += b
                detectedWindows += 1
            } else {
                raw -= profile.fnWeight
            }
        }
        var days = 0.0
        if let first = firstScored, let last = result.file.timestamps.last {
            days = max(0, last.timeIntervalSince(result.file.timestamps[first])) / 86_400
        }
        return NABFileScore(name: result.file.name, category: result.file.category, rawScore: raw,
                            nullScore: nullScore, perfectScore: Double(windowCount) * profile.tpWeight,
                            windowCount: windowCount, detectedWindows: detectedWindows,
                            tp: tp, fp: fp, fn: fn, tn: tn, falseDetectionEvents: events, scoredDays: days)
    }
}
