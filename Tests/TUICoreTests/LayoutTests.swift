import TUICore
import XCTest

final class LayoutTests: XCTestCase {
    private let area = Rect(x: 1, y: 2, width: 100, height: 30)

    func testFixedPercentAndFillShareTheWidth() {
        let parts = Layout.split(area, .horizontal, [.fixed(10), .percent(30), .fill(1), .fill(2)])
        XCTAssertEqual(parts.map(\.width), [10, 30, 20, 40])
        XCTAssertEqual(parts.map(\.x), [1, 11, 41, 61])
        XCTAssertTrue(parts.allSatisfy { $0.height == 30 && $0.y == 2 })
    }

    func testRemaindersGoToTheEarliestFill() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 10, height: 1), .horizontal, [.fill(1), .fill(1), .fill(1)])
        XCTAssertEqual(parts.map(\.width), [4, 3, 3])
    }

    func testMinGrowsAndTotalsMatch() {
        let parts = Layout.split(area, .vertical, [.fixed(3), .min(5), .fixed(1)])
        XCTAssertEqual(parts.map(\.height), [3, 26, 1])
        XCTAssertEqual(parts.map(\.y), [2, 5, 31])
    }

    func testOverflowIsClampedInOrder() {
        let parts = Layout.split(Rect(x: 0, y: 0, width: 12, height: 1), .horizontal, [.fixed(8), .fixed(8), .fill(1)])
        XCTAssertEqual(parts.map(\.width), [8, 4, 0])
        XCTAssertEqual(Layout.split(.zero, .horizontal, [.fixed(3), .percent(50), .min(2)]).map(\.width), [0, 0, 0])
    }

    func testNoFillLeavesSpaceUnused() {
        let parts = Layout.split(area, .horizontal, [.fixed(10), .percent(10)])
        XCTAssertEqual(parts.map(\.width), [10, 10])
    }

    func testNegativeAndZeroWeightsAreSafe() {
        let parts = Layout.split(area, .horizontal, [.fixed(-5), .percent(-10), .percent(250), .fill(0)])
        XCTAssertEqual(parts.map(\.width), [0, 0, 100, 0])
        XCTAssertEqual(Layout.split(area, .horizontal, [.fill(0), .fill(0)]).map(\.width), [50, 50])
        XCTAssertEqual(Layout.split(area, .horizontal, []), [])
    }
}
