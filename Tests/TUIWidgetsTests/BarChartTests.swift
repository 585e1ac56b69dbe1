import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class BarChartTests: XCTestCase {
    private let bars: [BarChart.Bar] = [
        (label: "Lê Chân", value: 128, style: .plain),
        (label: "Ngô Quyền", value: 95.5, style: .plain),
        (label: "Hồng Bàng", value: 40, style: Style(foreground: .ansi(3))),
        (label: "Đồ Sơn", value: 0, style: .plain),
    ]

    func testBarsWithLabelsAndValues() {
        assertSnapshot(Buffer.drawn(width: 34, height: 4) { BarChart(bars: bars).render(into: &$0, area: $1) })
    }

    func testEighthsAndCustomFormat() {
        let buffer = Buffer.drawn(width: 12, height: 1) {
            BarChart(bars: [(label: "", value: 3.5, style: .plain)], maxValue: 8,
                     valueFormat: { "\(Int($0 * 10))‰" }).render(into: &$0, area: $1)
        }
        // 8 bar columns for 3.5/8 → 28 eighths = 3 full blocks and a half block.
        XCTAssertEqual(SnapshotText.render(buffer), "███▌ 35‰\n")
    }

    func testClipsToHeightAndTinyAreas() {
        let two = Buffer.drawn(width: 34, height: 2) { BarChart(bars: bars).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(two).split(separator: "\n").count, 2)
        let one = Buffer.drawn(width: 1, height: 1) { BarChart(bars: bars).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(one), "1\n")
        let zero = Buffer.drawn(width: 0, height: 0) { BarChart(bars: bars).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testDefaultFormat() {
        XCTAssertEqual(BarChart.defaultFormat(1234), "1234")
        XCTAssertEqual(BarChart.defaultFormat(95.54), "95.5")
        XCTAssertEqual(BarChart.defaultFormat(-2.25), "-2.3")
        XCTAssertEqual(BarChart.defaultFormat(.nan), "–")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { BarChart(bars: bars).render(into: &$0, area: $1) }
    }
}
