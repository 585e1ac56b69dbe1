import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class HelpBarTests: XCTestCase {
    private let hints = [
        KeyHint(key: "Tab", label: "Chuyển"), KeyHint(key: "↵", label: "Chi tiết"),
        KeyHint(key: "?", label: "Trợ giúp"), KeyHint(key: "q", label: "Thoát"),
    ]

    func testAllHintsFit() {
        let buffer = Buffer.drawn(width: 50, height: 1) { HelpBar(hints: hints, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(buffer), "Tab Chuyển  ↵ Chi tiết  ? Trợ giúp  q Thoát\n")
    }

    func testHintsThatDoNotFitAreDroppedWhole() {
        let buffer = Buffer.drawn(width: 31, height: 1) { HelpBar(hints: hints, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(buffer), "Tab Chuyển  ↵ Chi tiết  q Thoát\n", "a later, shorter hint still fits")
        let tight = Buffer.drawn(width: 30, height: 1) { HelpBar(hints: hints, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(tight), "Tab Chuyển  ↵ Chi tiết\n")
    }

    func testKeyStyleSnapshot() {
        assertSnapshot(Buffer.drawn(width: 24, height: 1) {
            HelpBar(hints: Array(hints.prefix(2)), styles: .sampleDark).render(into: &$0, area: $1)
        }, styles: true)
    }

    func testTinyAreas() {
        let one = Buffer.drawn(width: 1, height: 1) { HelpBar(hints: hints, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(one), "\n")
        let zero = Buffer.drawn(width: 0, height: 0) { HelpBar(hints: hints, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { HelpBar(hints: hints, styles: .plain).render(into: &$0, area: $1) }
    }
}
