import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class StatusBarTests: XCTestCase {
    func testLeftCenterRight() {
        let buffer = Buffer.drawn(width: 60, height: 1) {
            StatusBar(left: "IOC Hải Phòng", center: "Ca 2 · Nguyễn Văn An", right: "14:32:05 +07", styles: .plain)
                .render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(buffer),
                       "IOC Hải Phòng       Ca 2 · Nguyễn Văn An        14:32:05 +07\n")
    }

    func testNarrowDropsCenterThenCutsLeft() {
        let buffer = Buffer.drawn(width: 24, height: 1) {
            StatusBar(left: "IOC Hải Phòng", center: "Ca 2 · Nguyễn Văn An", right: "14:32:05 +07", styles: .plain)
                .render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(buffer), "IOC Hải Ph… 14:32:05 +07\n")
    }

    func testHeaderStyleFillsTheRow() {
        assertSnapshot(Buffer.drawn(width: 30, height: 2) {
            StatusBar(left: "Trực ca", right: "NGUỒN LỖI 2", styles: .sampleDark).render(into: &$0, area: $1)
        }, styles: true)
    }

    /// A centre that does not fit centred beside a long left text moves right, up to a space before the right text,
    /// rather than vanishing.
    func testCenterMovesAsideRatherThanVanish() {
        let buffer = Buffer.drawn(width: 40, height: 1) {
            StatusBar(left: "IOC · Trực: Tôn Nữ Thị Phương", center: "CB 2", right: "08:15", styles: .plain)
                .render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(buffer), "IOC · Trực: Tôn Nữ Thị Phương CB 2 08:15\n")
    }

    func testTinyAreas() {
        let one = Buffer.drawn(width: 1, height: 1) {
            StatusBar(left: "abc", right: "xyz", styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(one), "…\n")
        let zero = Buffer.drawn(width: 0, height: 0) {
            StatusBar(left: "abc", right: "xyz", styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { StatusBar(left: "IOC Hải Phòng", center: "Ca 2", right: "中文 14:32", styles: .plain).render(into: &$0, area: $1) }
    }
}
