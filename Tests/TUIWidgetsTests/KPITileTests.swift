import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class KPITileTests: XCTestCase {
    private let tile = KPITile(
        label: "Thu ngân sách", value: "112.450", unit: "tỷ đồng", target: "KH 245.000", trend: .up,
        history: [3, 4, 4, 5, 7, 6, 8, 9, 11, 12], severity: .normal, note: "45,9% kế hoạch", styles: .plain)

    func testOneRowTile() {
        assertSnapshot(Buffer.drawn(width: 36, height: 1) { tile.render(into: &$0, area: $1) })
    }

    func testOneRowTileTooNarrowKeepsValue() {
        assertSnapshot(Buffer.drawn(width: 12, height: 1) { tile.render(into: &$0, area: $1) })
    }

    func testTallTileWithTargetNoteAndSparkline() {
        assertSnapshot(Buffer.drawn(width: 24, height: 5) { tile.render(into: &$0, area: $1) })
    }

    func testWarningTileStyles() {
        var warning = tile
        warning.severity = .warning
        warning.trend = .down
        warning.styles = .sampleDark
        assertSnapshot(Buffer.drawn(width: 24, height: 4) { warning.render(into: &$0, area: $1) }, styles: true)
    }

    func testTinyAreasDoNotOverflow() {
        var buffer = Buffer(width: 3, height: 3)
        tile.render(into: &buffer, area: Rect(x: 1, y: 1, width: 1, height: 1))
        XCTAssertEqual(SnapshotText.render(buffer), "\n …\n\n")
        tile.render(into: &buffer, area: Rect(x: 0, y: 0, width: 0, height: 0))
        XCTAssertEqual(SnapshotText.render(buffer), "\n …\n\n")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { tile.render(into: &$0, area: $1) }
    }
}
