import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class SparklineTests: XCTestCase {
    func testNewestAtTheRightScaledMinToMax() {
        let buffer = Buffer.drawn(width: 10, height: 1) {
            Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7], style: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(buffer), "  ▁▂▃▄▅▆▇█\n")
    }

    func testTallSparklineAndGaps() {
        assertSnapshot(Buffer.drawn(width: 12, height: 3) {
            Sparkline(values: [5, 1, .nan, 9, 3, 3, 7, 2, 8, 4, 6, 10], style: .plain).render(into: &$0, area: $1)
        })
    }

    func testFlatAndTinyAreas() {
        let flat = Buffer.drawn(width: 3, height: 1) {
            Sparkline(values: [4, 4, 4], style: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(flat), "▄▄▄\n")
        let one = Buffer.drawn(width: 1, height: 1) {
            Sparkline(values: [1, 2, 3], style: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(one), "█\n")
        let zero = Buffer.drawn(width: 0, height: 0) {
            Sparkline(values: [1, 2, 3], style: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { Sparkline(values: [1, 5, 3, 8, 2], style: .plain).render(into: &$0, area: $1) }
    }
}
