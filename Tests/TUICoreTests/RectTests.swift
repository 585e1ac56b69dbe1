import TUICore
import XCTest

final class RectTests: XCTestCase {
    func testInsetNeverGoesNegative() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        XCTAssertEqual(rect.inset(1), Rect(x: 3, y: 4, width: 8, height: 2))
        XCTAssertEqual(rect.inset(3).height, 0)
        XCTAssertTrue(rect.inset(3).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: -4, height: 2).width, 0)
    }

    func testEdgesAndIntersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        let b = Rect(x: 6, y: 3, width: 10, height: 10)
        XCTAssertEqual(a.maxX, 10)
        XCTAssertEqual(a.maxY, 5)
        XCTAssertEqual(a.intersection(b), Rect(x: 6, y: 3, width: 4, height: 2))
        XCTAssertTrue(a.intersection(Rect(x: 20, y: 20, width: 3, height: 3)).isEmpty)
        XCTAssertFalse(a.isEmpty)
    }

    func testCenteredFitsInside() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        XCTAssertEqual(a.centered(width: 4, height: 1), Rect(x: 3, y: 2, width: 4, height: 1))
        XCTAssertEqual(a.centered(width: 40, height: 9), a)
        XCTAssertTrue(a.contains(x: 9, y: 4))
        XCTAssertFalse(a.contains(x: 10, y: 4))
    }
}
