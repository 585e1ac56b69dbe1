import TUICore
import XCTest

final class SnapshotTextTests: XCTestCase {
    func testRowsAreTrimmedAndStylesListedAsRuns() {
        var buffer = Buffer(width: 10, height: 3)
        buffer.write("Đỏ", x: 0, y: 0, style: Style(foreground: .ansi(9), attributes: .bold))
        buffer.write("中", x: 4, y: 1, style: Style(background: .rgb(0, 0, 0)))
        buffer.write("ok", x: 7, y: 1, style: .plain)
        let expected = """
            Đỏ
                中 ok
            
            styles:
            0 0-1 fg=bright-red bg=default attrs=bold
            1 4-5 fg=default bg=#000000 attrs=-

            """
        XCTAssertEqual(SnapshotText.render(buffer, styles: true), expected)
        XCTAssertEqual(SnapshotText.render(buffer), "Đỏ\n    中 ok\n\n")
    }
}
