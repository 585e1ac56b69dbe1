import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class PanelTests: XCTestCase {
    func testPanelWithVietnameseTitleAndAge() {
        var buffer = Buffer(width: 30, height: 5)
        let inner = Panel(title: "Phản ánh hiện trường", age: "12s", styles: .plain)
            .render(into: &buffer, area: buffer.area)
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 28, height: 3))
        assertSnapshot(buffer)
    }

    func testFocusedPanelIsHeavyAndShowsStatusGlyph() {
        var buffer = Buffer(width: 30, height: 4)
        Panel(title: "Giao thông", age: "3 phút", focused: true, status: .critical, styles: .sampleDark)
            .render(into: &buffer, area: buffer.area)
        assertSnapshot(buffer, styles: true)
    }

    func testNarrowPanelDropsAgeBeforeTitle() {
        var buffer = Buffer(width: 14, height: 3)
        Panel(title: "Hồ sơ TTHC trễ hạn", age: "45s", status: .stale, styles: .plain)
            .render(into: &buffer, area: buffer.area)
        assertSnapshot(buffer)
    }

    func testTinyAreas() {
        var zero = Buffer(width: 3, height: 3)
        let inner = Panel(title: "Hà Nội", styles: .plain).render(into: &zero, area: Rect(x: 1, y: 1, width: 0, height: 0))
        XCTAssertTrue(inner.isEmpty)
        XCTAssertEqual(SnapshotText.render(zero), "\n\n\n")
        var one = Buffer(width: 1, height: 1)
        Panel(title: "Hà Nội", styles: .plain).render(into: &one, area: one.area)
        XCTAssertEqual(SnapshotText.render(one), "…\n")
        var two = Buffer(width: 2, height: 2)
        XCTAssertTrue(Panel(title: "X", styles: .plain).render(into: &two, area: two.area).isEmpty)
        XCTAssertEqual(SnapshotText.render(two), "┌┐\n└┘\n")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { Panel(title: "Phản ánh hiện trường", age: "12s", focused: true, status: .warning, styles: .plain).render(into: &$0, area: $1) }
    }
}
