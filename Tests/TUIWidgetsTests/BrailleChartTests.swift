import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class BrailleChartTests: XCTestCase {
    func testTwoSeriesLineChart() {
        let rising = (0..<40).map { Double($0) }
        let wave = (0..<40).map { 20 + 15 * sin(Double($0) / 4) }
        assertSnapshot(Buffer.drawn(width: 20, height: 4) {
            BrailleChart(series: [rising, wave], styles: [.plain, Style(foreground: .ansi(3))])
                .render(into: &$0, area: $1)
        })
    }

    func testDiagonalUsesExpectedDots() {
        let buffer = Buffer.drawn(width: 1, height: 1) {
            BrailleChart(series: [[0, 3]], styles: [.plain], yRange: 0...3).render(into: &$0, area: $1)
        }
        // Left column: lowest dot (0x40). Right column: the run up from row 2 to the top (0x20|0x10|0x08).
        XCTAssertEqual(buffer[0, 0].grapheme, "\u{2878}")
    }

    func testFlatSeriesAndTinyAreas() {
        let flat = Buffer.drawn(width: 2, height: 1) {
            BrailleChart(series: [[5, 5, 5, 5]], styles: [.plain]).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(flat), "\u{2824}\u{2824}\n", "a flat line sits mid-height")
        let zero = Buffer.drawn(width: 0, height: 0) {
            BrailleChart(series: [[1, 2]], styles: []).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(zero), "")
        let empty = Buffer.drawn(width: 3, height: 1) {
            BrailleChart(series: [], styles: []).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(empty), "\n")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { BrailleChart(series: [[1, 9, 3, 7, 2, 8, 4, 6, 5, 0, 10, 3]], styles: [.plain]).render(into: &$0, area: $1) }
    }
}
