import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class GaugeTests: XCTestCase {
    func testGaugeWithLabel() {
        let buffer = Buffer.drawn(width: 30, height: 1) {
            Gauge(ratio: 0.62, label: "Đúng hạn", style: .plain, styles: .plain).render(into: &$0, area: $1)
        }
        // 15 bar columns: 0.62 × 15 = 9.3 → 9 filled.
        XCTAssertEqual(SnapshotText.render(buffer), "Đúng hạn [█████████░░░░░░] 62%\n")
    }

    func testOverfullAndNaN() {
        let over = Buffer.drawn(width: 12, height: 1) {
            Gauge(ratio: 1.05, label: "", style: .plain, styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(over), "[█████] 105%\n", "bar full, percent as is")
        let nan = Buffer.drawn(width: 10, height: 1) {
            Gauge(ratio: .nan, label: "x", style: .plain, styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(nan), "[░░░░] --%\n", "label dropped first")
    }

    func testSeverityStyleSnapshot() {
        assertSnapshot(Buffer.drawn(width: 28, height: 1) {
            Gauge(ratio: 0.31, label: "Giải quyết", style: WidgetStyles.sampleDark.critical, styles: .sampleDark)
                .render(into: &$0, area: $1)
        }, styles: true)
    }

    func testNarrowAndTinyAreas() {
        let narrow = Buffer.drawn(width: 8, height: 1) {
            Gauge(ratio: 0.5, label: "Tiến độ", style: .plain, styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(narrow), "50%\n", "too narrow for a bar: the number stays")
        let one = Buffer.drawn(width: 1, height: 1) {
            Gauge(ratio: 0.5, label: "Tiến độ", style: .plain, styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(one), "5\n")
        let zero = Buffer.drawn(width: 0, height: 0) {
            Gauge(ratio: 0.5, label: "x", style: .plain, styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { Gauge(ratio: 0.62, label: "Đúng hạn", style: .plain, styles: .plain).render(into: &$0, area: $1) }
    }
}
