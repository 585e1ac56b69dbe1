import TUICore
import XCTest

final class ANSITextTests: XCTestCase {
    func testSGRCodesAtEachDepth() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.write("Xấu", x: 0, y: 0, style: Style(foreground: .rgb(255, 0, 0), attributes: .bold))
        buffer.write("ok", x: 0, y: 1, style: .plain)
        XCTAssertEqual(ANSIText.render(buffer, depth: .trueColor), "\u{1B}[0;1;38;2;255;0;0mXấu\u{1B}[0m\nok\n")
        XCTAssertEqual(ANSIText.render(buffer, depth: .palette256), "\u{1B}[0;1;38;5;196mXấu\u{1B}[0m\nok\n")
        XCTAssertEqual(ANSIText.render(buffer, depth: .ansi16), "\u{1B}[0;1;91mXấu\u{1B}[0m\nok\n")
        XCTAssertEqual(ANSIText.render(buffer, depth: .ansi8), "\u{1B}[0;1;31mXấu\u{1B}[0m\nok\n")
        XCTAssertEqual(ANSIText.render(buffer, depth: .monochrome), "\u{1B}[0;1mXấu\u{1B}[0m\nok\n")
    }

    func testWideGraphemesAreWrittenOnceAndBackgroundsKept() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中", x: 0, y: 0, style: .plain)
        buffer.fill(Rect(x: 2, y: 0, width: 2, height: 1), style: Style(background: .ansi(4)))
        XCTAssertEqual(ANSIText.render(buffer, depth: .ansi16), "中\u{1B}[0;44m  \u{1B}[0m\n")
    }
}
