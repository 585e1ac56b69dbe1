import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class ModalTests: XCTestCase {
    func testCentredBoxClearsBeneath() {
        var buffer = Buffer(width: 40, height: 8)
        for y in 0..<8 { buffer.write(String(repeating: "x", count: 40), x: 0, y: y, style: .plain) }
        let box = Modal(title: "Xác nhận", lines: ["Xác nhận cảnh báo ngập úng?", "↵ Đồng ý   Esc Hủy"], styles: .plain)
            .render(into: &buffer, area: buffer.area)
        XCTAssertEqual(box, Rect(x: 4, y: 2, width: 31, height: 4))
        assertSnapshot(buffer)
    }

    func testClippedToASmallArea() {
        assertSnapshot(Buffer.drawn(width: 16, height: 3) {
            Modal(title: "Ghi chú", lines: ["Dòng một rất dài", "Dòng hai"], styles: .plain).render(into: &$0, area: $1)
        })
    }

    func testTinyAreas() {
        let one = Buffer.drawn(width: 1, height: 1) {
            Modal(title: "T", lines: ["a"], styles: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(one), "T\n")
        var zero = Buffer(width: 0, height: 0)
        XCTAssertTrue(Modal(title: "T", lines: ["a"], styles: .plain).render(into: &zero, area: zero.area).isEmpty)
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { Modal(title: "Xác nhận", lines: ["Xác nhận cảnh báo?", "中文字"], styles: .plain).render(into: &$0, area: $1) }
    }
}
