import Foundation
import XCTest
@testable import IOCAnalytics

/// Hand-computed NAB cases on a 20-row file with one window over rows 10…13 (probation: floor(0.15·20) = 3 rows).
final class NABScorerTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_400_000_000)

    func file(windows: [ClosedRange<Int>] = [10...13]) -> NABDataFile {
        let times = (0..<20).map { start.addingTimeInterval(Double($0) * 300) }
        return NABDataFile(name: "cat/test.csv", timestamps: times, values: [Double](repeating: 1, count: 20),
                           windows: windows.map { NABWindow(start: times[$0.lowerBound], end: times[$0.upperBound]) })
    }

    func scores(_ detections: [Int]) -> [Double] {
        var s = [Double](repeating: 0, count: 20)
        for i in detections { s[i] = 1 }
        return s
    }

    func testScaledSigmoid() {
        XCTAssertEqual(NABScorer.scaledSigmoid(-1), 0.98661, accuracy: 1e-5)
        XCTAssertEqual(NABScorer.scaledSigmoid(-0.5), 0.84828, accuracy: 1e-5)
        XCTAssertEqual(NABScorer.scaledSigmoid(0), 0, accuracy: 1e-12)
        XCTAssertEqual(NABScorer.scaledSigmoid(3.5), -1)
        XCTAssertEqual(NABScorer.probationaryLength(rowCount: 20), 3)
        XCTAssertEqual(NABScorer.probationaryLength(rowCount: 100_000), 750)
    }

    func testPerfectDetectorScores100() {
        let result = NABDetectionResult(file: file(), scores: scores([10]))
        let score = NABScorer.score(results: [result], profile: .standard)
        XCTAssertEqual(score.normalisedScore, 100, accuracy: 1e-9)
        XCTAssertEqual(score.threshold, 1)
    }

    func testNullDetectorScoresZero() {
        // At any threshold above its scores the null detector scores the null score: −A_FN per window.
        let result = NABDetectionResult(file: file(), scores: scores([]))
        let score = NABScorer.score(results: [result], profile: .standard, threshold: 0.5)
        XCTAssertEqual(score.normalisedScore, 0, accuracy: 1e-12)
        XCTAssertEqual(score.rawScore, -1)
        XCTAssertEqual(score.nullScore, -1)
        XCTAssertEqual(score.perfectScore, 1)
        // NAB also optimises the null detector's threshold; on a long file flagging every row costs far more than
        // missing the window, so the best threshold is "no detection" (1.1).
        let times = (0..<2000).map { start.addingTimeInterval(Double($0) * 300) }
        let long = NABDataFile(name: "cat/long.csv", timestamps: times, values: [Double](repeating: 0, count: 2000),
                               windows: [NABWindow(start: times[1000], end: times[1009])])
        let optimised = NABScorer.score(results: [NABDetectionResult(file: long, scores: [Double](repeating: 0, count: 2000))],
                                        profile: .standard)
        XCTAssertEqual(optimised.threshold, NABScorer.noDetectionThreshold)
        XCTAssertEqual(optimised.normalisedScore, 0, accuracy: 1e-12)
    }

    func testDetectionAtWindowEndIsWorthLess() {
        // Row 13 is the last of a 4-row window: position −(13 − 13 + 1)/4 = −0.25.
        let end = NABScorer.scoreFile(NABDetectionResult(file: file(), scores: scores([13])), profile: .standard,
                                      threshold: 0.5)
        let expected = (2 / (1 + exp(-1.25)) - 1) / NABScorer.scaledSigmoid(-1)
        XCTAssertEqual(end.rawScore, expected, accuracy: 1e-12)
        XCTAssertEqual(end.normalisedScore!, 100 * (expected + 1) / 2, accuracy: 1e-9)
        // Only the earliest detection in a window counts.
        let both = NABScorer.scoreFile(NABDetectionResult(file: file(), scores: scores([11, 13])), profile: .standard,
                                       threshold: 0.5)
        XCTAssertEqual(both.rawScore, NABScorer.scaledSigmoid(-0.75) / NABScorer.scaledSigmoid(-1), accuracy: 1e-12)
    }

    func testFalsePositivesWeightedByDistanceFromPreviousWindow() {
        // Row 14: |13 − 14|/(4 − 1) = 1/3 after the window; row 19: 6/3 = 2.
        let near = NABScorer.scoreFile(NABDetectionResult(file: file(), scores: scores([10, 14])), profile: .standard,
                                       threshold: 0.5)
        XCTAssertEqual(near.rawScore, 1 + 0.11 * (2 / (1 + exp(5.0 / 3)) - 1), accuracy: 1e-12)
        let far = NABScorer.scoreFile(NABDetectionResult(file: file(), scores: scores([10, 19])), profile: .standard,
                                      threshold: 0.5)
        XCTAssertEqual(far.rawScore, 1 + 0.11 * (2 / (1 + exp(10.0)) - 1), accuracy: 1e-12)
        XCTAssertLessThan(far.rawScore, near.rawScore)
        // Before any window a false positive costs the full A_FP.
        let before = NABScorer.scoreFile(NABDetectionResult(file: file(), scores: scores([5, 10])), profile: .standard,
                                         threshold: 0.5)
        XCTAssertEqual(before.rawScore, 1 - 0.11, accuracy: 1e-12)
        XCTAssertEqual(before.fp, 1)
        XCTAssertEqual(before.falseDetectionEvents, 1)
        let lowFP = NABScorer.scoreFile(NABDetectionResult(file: file(), scores: scores([5, 10])),
                                        profile: .rewardLowFP, threshold: 0.5)
        XCTAssertEqual(lowFP.rawScore, 1 - 0.22, accuracy: 1e-12)
    }

    func testProbationIsIgnored() {
        let result = NABDetectionResult(file: file(), scores: scores([0, 1, 2]))
        let score = NABScorer.scoreFile(result, profile: .standard, threshold: 0.5)
        XCTAssertEqual(score.rawScore, -1)
        XCTAssertEqual(score.fp, 0)
        XCTAssertEqual(NABScorer.score(results: [result], profile: .standard, threshold: 0.5).normalisedScore, 0,
                       accuracy: 1e-12)
    }

    func testThresholdSweepPicksBestThreshold() {
        // 0.9 at the window start, 0.7 false positives before it: the best threshold is 0.9.
        var s = scores([])
        s[10] = 0.9
        s[5] = 0.7
        s[6] = 0.7
        let result = NABDetectionResult(file: file(), scores: s)
        let curve = NABScorer.thresholdCurve(results: [result], profile: .standard)
        XCTAssertEqual(curve.map(\.threshold), [1.1, 0.9, 0.7, 0])
        XCTAssertEqual(curve[1].score, 1, accuracy: 1e-12)
        XCTAssertEqual(curve[2].score, 1 - 0.22, accuracy: 1e-12)
        XCTAssertEqual(NABScorer.score(results: [result], profile: .standard).threshold, 0.9)
    }

    func testMissedWindowCostsFN() {
        let result = NABDetectionResult(file: file(), scores: scores([]))
        XCTAssertEqual(NABScorer.scoreFile(result, profile: .rewardLowFN, threshold: 0.5).rawScore, -2)
    }

    func testParsing() throws {
        let date = try XCTUnwrap(NABTimestamp.parse("2014-04-10 07:15:00.500000"))
        XCTAssertEqual(date.timeIntervalSince1970, 1_397_114_100.5, accuracy: 1e-6)
        XCTAssertNil(NABTimestamp.parse("10/04/2014"))
        let labels = try NABCorpus.parseLabels(Data(#"{"a/b.csv": [["2014-04-10 07:15:00.000000", "2014-04-11 16:45:00.000000"]], "a/c.csv": []}"#.utf8))
        XCTAssertEqual(labels["a/b.csv"]?.count, 1)
        XCTAssertEqual(labels["a/c.csv"]?.count, 0)
        let (t, v) = try NABCorpus.parseCSV("timestamp,value\n2014-04-01 00:00:00,20.5\n2014-04-01 00:05:00,x\n", name: "t")
        XCTAssertEqual(t.count, 2)
        XCTAssertEqual(v[0], 20.5)
        XCTAssertTrue(v[1].isNaN)
    }
}
