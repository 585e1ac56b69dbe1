import XCTest
@testable import IOCAnalytics

final class ForecastErrorHistoryTests: XCTestCase {
    func testQuantilesAndEvictionStayConsistent() {
        var history = ForecastErrorHistory(horizons: 2, capacity: 5)
        for origin in 0..<20 {
            history.open(origin: origin)
            history.record(origin: origin, horizon: 1, error: Double(origin))
        }
        // Only the last 5 origins remain: errors 15…19.
        XCTAssertEqual(history.count(horizon: 1), 5)
        XCTAssertEqual(history.quantile(0, horizon: 1), 15)
        XCTAssertEqual(history.quantile(1, horizon: 1), 19)
        XCTAssertEqual(history.quantile(0.5, horizon: 1), 17)
        XCTAssertEqual(history.fractionAbove(17, horizon: 1)!, 0.5, accuracy: 1e-9)
        XCTAssertEqual(history.fractionAbove(100, horizon: 1), 0)
        XCTAssertEqual(history.fractionAbove(-1, horizon: 1), 1)
        XCTAssertEqual(history.count(horizon: 2), 0)
        XCTAssertNil(history.quantile(0.5, horizon: 2))
        // Recording into an evicted row is ignored.
        history.record(origin: 3, horizon: 2, error: 1)
        XCTAssertEqual(history.count(horizon: 2), 0)
    }

    func testNormalQuantileInvertsTheCdf() {
        for p in [0.001, 0.1, 0.5, 0.8, 0.9, 0.999] {
            XCTAssertEqual(NormalDistribution.cdf(NormalDistribution.quantile(p)), p, accuracy: 1e-9)
        }
        XCTAssertEqual(NormalDistribution.quantile(0.9), 1.2815515655, accuracy: 1e-8)
    }

    func testStrideKeepsEveryKthOriginAndSpansLonger() {
        var history = ForecastErrorHistory(horizons: 1, capacity: 4, stride: 3)
        for origin in 0..<30 {
            history.open(origin: origin)
            history.record(origin: origin, horizon: 1, error: Double(origin))
        }
        // Kept origins are multiples of 3; the last 4 of them: 18, 21, 24, 27.
        XCTAssertEqual(history.count(horizon: 1), 4)
        XCTAssertEqual(history.quantile(0, horizon: 1), 18)
        XCTAssertEqual(history.quantile(1, horizon: 1), 27)
        XCTAssertFalse(history.keeps(origin: 28))
    }
}
