import TUICore
import XCTest

final class BufferTests: XCTestCase {
    private let red = Style(foreground: .ansi(1))

    func testZeroByZeroBufferIgnoresEverything() {
        var buffer = Buffer(width: 0, height: 0)
        XCTAssertEqual(buffer.write("abc", x: 0, y: 0, style: .plain), 0)
        buffer.fill(Rect(x: -1, y: -1, width: 5, height: 5), style: red)
        buffer.setStyle(Rect(x: 0, y: 0, width: 3, height: 3), red)
        buffer[0, 0] = Cell(grapheme: "x", width: 1)
        XCTAssertEqual(buffer[0, 0], .blank)
        XCTAssertEqual(buffer.rowText(0), "")
        XCTAssertEqual(SnapshotText.render(buffer), "")
        XCTAssertTrue(buffer.area.isEmpty)
    }

    func testOneByOneBufferClipsWideText() {
        var buffer = Buffer(width: 1, height: 1)
        XCTAssertEqual(buffer.write("中", x: 0, y: 0, style: red), 1)
        XCTAssertEqual(buffer[0, 0].grapheme, " ", "a wide grapheme that does not fit becomes a space")
        XCTAssertEqual(buffer.write("ab", x: 0, y: 0, style: .plain), 1)
        XCTAssertEqual(buffer.rowText(0), "a")
    }

    func testNegativeSizesAreClamped() {
        let buffer = Buffer(width: -3, height: 2)
        XCTAssertEqual(buffer.width, 0)
        XCTAssertEqual(buffer.height, 2)
    }

    func testWriteAtNegativeAndOutOfRangeCoordinates() {
        var buffer = Buffer(width: 5, height: 2)
        XCTAssertEqual(buffer.write("abcdef", x: -2, y: 0, style: .plain), 4)
        XCTAssertEqual(buffer.rowText(0), "cdef ")
        XCTAssertEqual(buffer.write("zz", x: 0, y: -1, style: .plain), 0)
        XCTAssertEqual(buffer.write("zz", x: 0, y: 2, style: .plain), 0)
        XCTAssertEqual(buffer.write("zz", x: 5, y: 1, style: .plain), 0)
        XCTAssertEqual(buffer.write("中文", x: -1, y: 1, style: .plain), 3)
        XCTAssertEqual(buffer.rowText(1), " 文  ", "the cut half of a wide grapheme shows as a space")
        XCTAssertEqual(buffer[99, 99], .blank)
        buffer[-1, 0] = Cell(grapheme: "q", width: 1)
        XCTAssertEqual(buffer.rowText(0), "cdef ")
    }

    func testWriteClipsToMaxWidthWithoutSplittingWideGraphemes() {
        var buffer = Buffer(width: 10, height: 1)
        XCTAssertEqual(buffer.write("中文字", x: 1, y: 0, style: red, maxWidth: 5), 5)
        XCTAssertEqual(buffer.rowText(0), " 中文     ")
        XCTAssertEqual(buffer[3, 0].grapheme, "文")
        XCTAssertEqual(buffer[4, 0].width, 0)
        XCTAssertEqual(buffer[5, 0], Cell(grapheme: " ", width: 1, style: red))
        XCTAssertEqual(buffer.write("x", x: 0, y: 0, style: .plain, maxWidth: 0), 0)
        XCTAssertEqual(buffer.write("x", x: 0, y: 0, style: .plain, maxWidth: -3), 0)
    }

    func testWriteSanitisesEscapes() {
        var buffer = Buffer(width: 12, height: 1)
        buffer.write("\u{1B}[31mĐỏ", x: 0, y: 0, style: .plain)
        XCTAssertEqual(buffer.rowText(0), "[31mĐỏ      ")
        for x in 0..<12 { XCTAssertFalse(buffer[x, 0].grapheme.unicodeScalars.contains("\u{1B}")) }
    }

    func testWriteNFDStoresNFCGraphemes() {
        var buffer = Buffer(width: 6, height: 1)
        XCTAssertEqual(buffer.write("Ha\u{0300} No\u{0323}\u{0302}i", x: 0, y: 0, style: .plain), 6)
        XCTAssertEqual(buffer.rowText(0), "Hà Nội")
        XCTAssertEqual(buffer[4, 0].grapheme, "ộ")
    }

    func testOverwritingHalfOfAWideGraphemeBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中文", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        XCTAssertEqual(buffer.rowText(0), " x文")
        buffer.write("y", x: 2, y: 0, style: .plain)
        XCTAssertEqual(buffer.rowText(0), " xy ")
        XCTAssertEqual(buffer[3, 0].width, 1)
        buffer.write("字", x: 1, y: 0, style: .plain)
        XCTAssertEqual(buffer.rowText(0), " 字 ")
    }

    func testSubscriptSetKeepsWideInvariant() {
        var buffer = Buffer(width: 3, height: 1)
        buffer[2, 0] = Cell(grapheme: "中", width: 2)
        XCTAssertEqual(buffer[2, 0].width, 1, "no room for the right half")
        buffer[0, 0] = Cell(grapheme: "中", width: 2)
        XCTAssertEqual(buffer[1, 0], .continuation(style: .plain))
        buffer[2, 0] = .continuation(style: .plain)
        XCTAssertEqual(buffer[2, 0].grapheme, " ", "a lone continuation becomes a space")
    }

    func testFillAndSetStyle() {
        var buffer = Buffer(width: 4, height: 3)
        buffer.write("abcd", x: 0, y: 1, style: .plain)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: red, grapheme: "─")
        buffer.setStyle(Rect(x: 2, y: 1, width: 9, height: 1), red)
        buffer.fill(Rect(x: 0, y: 2, width: 3, height: 1), style: .plain, grapheme: "中")
        XCTAssertEqual(SnapshotText.render(buffer), " ──\nabcd\n中\n")
        XCTAssertEqual(buffer[1, 1].style, .plain)
        XCTAssertEqual(buffer[2, 1].style, red)
        XCTAssertEqual(buffer[2, 1].grapheme, "c")
        XCTAssertEqual(buffer[3, 1].style, red)
    }

    func testPatchStyleAddsAttributes() {
        var buffer = Buffer(width: 2, height: 1)
        buffer.write("ab", x: 0, y: 0, style: red)
        buffer.patchStyle(buffer.area, Style(attributes: .reverse))
        XCTAssertEqual(buffer[0, 0].style, Style(foreground: .ansi(1), attributes: .reverse))
    }

    func testRowTextShowsWideGraphemesOnce() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("a🚒b", x: 0, y: 0, style: .plain)
        XCTAssertEqual(buffer.rowText(0), "a🚒b  ")
        XCTAssertEqual(buffer.rowText(5), "")
    }
}
