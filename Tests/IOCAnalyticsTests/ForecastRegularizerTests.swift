import XCTest
@testable import IOCAnalytics

final class ForecastRegularizerTests: XCTestCase {
    let t0 = Date(timeIntervalSince1970: 1_441_065_600)

    func testShortGapIsFilledAndLongGapIsMarked() {
        var points: [TimedValue] = []
        // 15-min buckets 0,1 observed; 2,3 empty (30 min, short); 4 observed; 5…12 empty (2 h, long); 13 observed.
        for (bucket, value) in [(0, 10.0), (1, 20.0), (4, 50.0), (13, 5.0)] {
            points.append(TimedValue(date: t0.addingTimeInterval(Double(bucket) * 900 + 60), value: value))
        }
        let series = SeriesRegularizer.regularize(points, step: 900, maxFilledGap: 3600)
        XCTAssertEqual(series.count, 14)
        XCTAssertEqual(series.kinds[2], .filled)
        XCTAssertEqual(series.kinds[3], .filled)
        XCTAssertEqual(series.values[2], 30, accuracy: 1e-9)
        XCTAssertEqual(series.values[3], 40, accuracy: 1e-9)
        for i in 5...12 {
            XCTAssertEqual(series.kinds[i], .missing)
            XCTAssertTrue(series.values[i].isNaN)
        }
        XCTAssertEqual(series.kinds[13], .observed)
        XCTAssertEqual(series.date(at: 0), t0)
    }

    func testBucketsAverageAndMedianStepIsDetected() {
        let points = (0..<12).map { TimedValue(date: t0.addingTimeInterval(Double($0) * 300), value: Double($0)) }
        XCTAssertEqual(SeriesRegularizer.medianStep(points.map(\.date)), 300)
        let fine = SeriesRegularizer.regularize(points)
        XCTAssertEqual(fine.step, 300)
        XCTAssertEqual(fine.count, 12)
        let coarse = SeriesRegularizer.regularize(points, step: 900)
        XCTAssertEqual(coarse.values, [1, 4, 7, 10])
        XCTAssertTrue(coarse.kinds.allSatisfy { $0 == .observed })
    }

    func testNonFiniteAndTinyInputs() {
        XCTAssertEqual(SeriesRegularizer.regularize([]).count, 0)
        XCTAssertNil(SeriesRegularizer.medianStep([t0]))
        let one = SeriesRegularizer.regularize([TimedValue(date: t0, value: 3)])
        XCTAssertEqual(one.values, [3])
        let two = SeriesRegularizer.regularize([TimedValue(date: t0, value: 3), TimedValue(date: t0, value: .nan),
                                                TimedValue(date: t0.addingTimeInterval(900), value: .infinity),
                                                TimedValue(date: t0.addingTimeInterval(1800), value: 5)], step: 900)
        XCTAssertEqual(two.kinds, [.observed, .filled, .observed])
        XCTAssertEqual(two.values[1], 4, accuracy: 1e-9)
    }

    func testStreamingMatchesBatch() {
        var rng = ForecastTestRandom(seed: 9)
        var points: [TimedValue] = []
        var t = 0.0
        for _ in 0..<500 {
            t += 60 + 900 * rng.uniform() * (rng.uniform() < 0.05 ? 20 : 1)
            points.append(TimedValue(date: t0.addingTimeInterval(t), value: rng.normal()))
        }
        let batch = SeriesRegularizer.regularize(points, step: 900, maxFilledGap: 3600)
        var streaming = StreamingRegularizer(step: 900, maxFilledGap: 3600)
        var emitted: [RegularBucket] = []
        for p in points { streaming.add(p.value, at: p.date) { emitted.append($0) } }
        streaming.flush { emitted.append($0) }
        XCTAssertEqual(emitted, batch.buckets)
        XCTAssertTrue(batch.kinds.contains(.missing))
    }
}
