import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class EventLogTests: XCTestCase {
    private let lines = [
        EventLogLine(time: "08:01", text: "Nguồn camera giao thông kết nối lại"),
        EventLogLine(time: "08:05", text: "Ngập úng đường Lạch Tray sâu 30 cm", severity: .critical),
        EventLogLine(time: "08:07", text: "Hồ sơ sắp trễ hạn: 42", severity: .warning),
        EventLogLine(time: "08:09", text: "Dữ liệu KT-XH chưa cập nhật", severity: .stale),
    ]

    func testNewestAtTheBottomClipped() {
        assertSnapshot(Buffer.drawn(width: 32, height: 3) { EventLog(lines: lines, styles: .plain).render(into: &$0, area: $1) })
    }

    func testShortLogSitsAtTheBottomWithSeverityStyles() {
        assertSnapshot(Buffer.drawn(width: 40, height: 5) {
            EventLog(lines: Array(lines.suffix(3)), styles: .sampleDark).render(into: &$0, area: $1)
        }, styles: true)
    }

    func testTinyAreas() {
        let one = Buffer.drawn(width: 1, height: 1) { EventLog(lines: lines, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(one), "?\n")
        let zero = Buffer.drawn(width: 0, height: 0) { EventLog(lines: lines, styles: .plain).render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(zero), "")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { EventLog(lines: lines, styles: .plain).render(into: &$0, area: $1) }
    }
}
