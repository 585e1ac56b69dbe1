import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class TooSmallScreenTests: XCTestCase {
    private let screen = TooSmallScreen(needWidth: 100, needHeight: 30, message: "Cửa sổ quá nhỏ, hãy phóng to")

    func testFitsTwentyByFive() {
        assertSnapshot(Buffer.drawn(width: 20, height: 5) { screen.render(into: &$0, area: $1) })
    }

    func testCentredInALargerArea() {
        assertSnapshot(Buffer.drawn(width: 40, height: 9) { screen.render(into: &$0, area: $1) })
    }

    func testTinyAreas() {
        let one = Buffer.drawn(width: 1, height: 1) { screen.render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(one), "…\n")
        let zero = Buffer.drawn(width: 0, height: 0) { screen.render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { screen.render(into: &$0, area: $1) }
    }
}
