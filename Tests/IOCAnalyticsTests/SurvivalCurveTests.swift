import IOCAnalytics
import XCTest

/// The Kaplan–Meier estimate against a case worked by hand, and its edges.
final class SurvivalCurveTests: XCTestCase {
    func testTheProductLimitEstimateMatchesTheHandWorkedCase() {
        // Six durations: 1, 2 (still running), 3, 3, 4 (still running), 5.
        // t = 1: 6 at risk, 1 ends → 5/6. t = 3: 4 at risk, 2 end → 5/6 · 2/4 = 5/12. t = 5: 1 at risk, 1 ends → 0.
        let curve = SurvivalCurve([(1, true), (2, false), (3, true), (3, true), (4, false), (5, true)])
        XCTAssertEqual(curve.times, [1, 3, 5])
        XCTAssertEqual(curve.endings, 4)
        XCTAssertEqual(curve.count, 6)
        let table: [(Double, Double)] = [(0, 1), (0.99, 1), (1, 5.0 / 6), (2.9, 5.0 / 6), (3, 5.0 / 12), (4.99, 5.0 / 12), (5, 0), (9, 0)]
        for (t, expected) in table {
            XCTAssertEqual(curve.value(at: t), expected, accuracy: 1e-12, "S(\(t))")
        }
        XCTAssertEqual(curve.conditional(beyond: 3, given: 1)!, 0.5, accuracy: 1e-12)
        XCTAssertEqual(curve.conditional(beyond: 2, given: 0)!, 5.0 / 6, accuracy: 1e-12)
        XCTAssertNil(curve.conditional(beyond: 6, given: 5), "nothing lasted beyond 5")
    }

    func testACensoringAtAnEndingsTimeIsStillAtRiskThen() {
        // At t = 2: three at risk (one ends, one is censored, one lasts) → 2/3, not 1/2.
        let curve = SurvivalCurve([(2, false), (2, true), (7, true)])
        XCTAssertEqual(curve.value(at: 2), 2.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(curve.value(at: 7), 0, accuracy: 1e-12)
    }

    func testNothingButCensoringsAndBadTimesLeaveItAtOne() {
        let curve = SurvivalCurve([(1, false), (.nan, true), (-3, true), (.infinity, true)])
        XCTAssertEqual(curve.count, 1)
        XCTAssertEqual(curve.endings, 0)
        XCTAssertEqual(curve.value(at: 100), 1)
        XCTAssertEqual(SurvivalCurve([]).value(at: 1), 1)
    }
}
