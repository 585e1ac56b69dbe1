import TUICore
import XCTest

final class TextWidthTests: XCTestCase {
    func testVietnameseMeasuresTheSameInNFCAndNFD() {
        let nfc = "Hà Nội"
        let nfd = "Ha\u{0300} N\u{006F}\u{0323}\u{0302}i"
        XCTAssertNotEqual(Array(nfc.unicodeScalars), Array(nfd.unicodeScalars))
        XCTAssertEqual(TextWidth.of(nfc), 6)
        XCTAssertEqual(TextWidth.of(nfd), 6)
        XCTAssertEqual(TextWidth.sanitize(nfd), nfc)
        XCTAssertEqual(TextWidth.of("Hải Phòng — Đường Lạch Tray"), 27)
    }

    func testCombiningMarksHaveNoWidth() {
        XCTAssertEqual(TextWidth.scalarWidth("\u{0301}"), 0)
        XCTAssertEqual(TextWidth.width(of: "e\u{0301}\u{0323}"), 1)
        XCTAssertEqual(TextWidth.of("\u{0301}"), 0)
        XCTAssertEqual(TextWidth.of("x\u{20DD}"), 1) // enclosing mark
    }

    func testCJKIsWide() {
        XCTAssertEqual(TextWidth.of("中文"), 4)
        XCTAssertEqual(TextWidth.of("한국어"), 6)
        XCTAssertEqual(TextWidth.of("ｶﾀｶﾅ"), 4) // halfwidth katakana stays narrow
        XCTAssertEqual(TextWidth.of("ＡＢ"), 4) // fullwidth Latin
    }

    /// Every grapheme is made one that a curses cell holds (one spacing character and its combining marks) and is
    /// as wide as `wcwidth` says of its first character, which is what ncurses counts: a ZWJ sequence keeps its first
    /// emoji, modifiers and variation selectors go, a flag is written as its letters.
    func testEmojiSequencesBecomeWhatACellHolds() {
        let table: [(String, String, Int)] = [
            ("🚒", "🚒", 2),
            ("👩‍🚒", "👩", 2),
            ("A👨‍👩‍👧B", "A👨B", 4),
            ("👨‍👩‍👧‍👦", "👨", 2),
            ("❤️", "❤", 1),
            ("❤", "❤", 1),
            ("⌚︎", "⌚", 2),
            ("🇻🇳", "VN", 2),
            ("🇻", "V", 1),
            ("👍🏽", "👍", 2),
            ("🏳️‍🌈", "🏳", 1),
            ("1️⃣", "1\u{20E3}", 1),
            ("Lê Chân", "Lê Chân", 7),
        ]
        for (text, drawn, width) in table {
            XCTAssertEqual(TextWidth.sanitize(text), drawn, text)
            XCTAssertEqual(TextWidth.of(text), width, text)
            for g in TextWidth.sanitize(text) {
                XCTAssertLessThanOrEqual(g.unicodeScalars.filter { TextWidth.scalarWidth($0) > 0 }.count, 1, "\(text): one spacing character")
                XCTAssertEqual(TextWidth.width(of: g), TextWidth.scalarWidth(g.unicodeScalars.first!), "\(text): the first character's width")
            }
        }
    }

    /// Written into a buffer, a family emoji takes two cells and the frame glyph after it stays where it was measured.
    func testABufferCellHoldsOneDrawableCharacter() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("A👨‍👩‍👧│", x: 0, y: 0, style: Style())
        XCTAssertEqual(buffer[1, 0].grapheme, "👨")
        XCTAssertEqual(buffer[3, 0].grapheme, "│")
        XCTAssertEqual(SnapshotText.render(buffer), "A👨│\n")
    }

    func testZeroWidthFormatCharacters() {
        XCTAssertEqual(TextWidth.of("a\u{200B}b"), 2)
        XCTAssertEqual(TextWidth.of("\u{FEFF}abc"), 3)
        XCTAssertEqual(TextWidth.scalarWidth("\u{200D}"), 0)
        XCTAssertEqual(TextWidth.scalarWidth("\u{FE0F}"), 0)
    }

    /// Found by fuzzing (ioc-fuzz text-width): U+06DD joins the space after it into its grapheme, which measured 0,
    /// so a cell padded to 24 columns came out 23 and the table's columns slipped.
    func testPrependedMarksAreDroppedSoPaddingKeepsItsWidth() {
        XCTAssertEqual(TextWidth.sanitize("a\u{06DD}b\u{0600}1"), "ab1")
        XCTAssertEqual(TextWidth.of(TextWidth.pad("\u{FFFD}\u{06DD}", to: 24)), 24)
        XCTAssertEqual(TextWidth.of(TextWidth.pad("x\u{110BD}", to: 5, alignment: .right)), 5)
        let padded = TextWidth.pad("\u{06DD}", to: 3)
        XCTAssertEqual(padded, "   ")
    }

    func testControlCharactersAreRemoved() {
        XCTAssertEqual(TextWidth.sanitize("a\u{07}b\u{7F}c\u{85}d"), "abcd")
        XCTAssertEqual(TextWidth.sanitize("x\ty\nz\r"), "x y z ")
        XCTAssertEqual(TextWidth.of("a\u{0}b"), 2)
    }

    func testEscapeSequencesLoseTheirEscape() {
        let csi = TextWidth.sanitize("\u{1B}[31mĐỏ\u{1B}[0m")
        XCTAssertFalse(csi.unicodeScalars.contains("\u{1B}"))
        XCTAssertEqual(csi, "[31mĐỏ[0m")
        let osc = TextWidth.sanitize("\u{1B}]0;pwned\u{07}title")
        XCTAssertEqual(osc, "]0;pwnedtitle")
        let c1 = TextWidth.sanitize("\u{9B}31mX")
        XCTAssertEqual(c1, "31mX")
    }

    func testBidiOverridesAreRemoved() {
        XCTAssertEqual(TextWidth.sanitize("abc\u{202E}def\u{2066}g\u{2069}"), "abcdefg")
    }

    func testTruncateKeepsGraphemesWhole() {
        XCTAssertEqual(TextWidth.truncate("Thành phố Hải Phòng", to: 10), "Thành phố…")
        XCTAssertEqual(TextWidth.truncate("Hà Nội", to: 6), "Hà Nội")
        XCTAssertEqual(TextWidth.truncate("中文字", to: 4), "中…")
        XCTAssertEqual(TextWidth.truncate("中文字", to: 5), "中文…")
        XCTAssertEqual(TextWidth.truncate("👩‍🚒👩‍🚒", to: 3), "👩…", "a ZWJ sequence is drawn as its first emoji")
        XCTAssertEqual(TextWidth.truncate("abc", to: 0), "")
        XCTAssertEqual(TextWidth.truncate("abc", to: 1), "…")
        XCTAssertEqual(TextWidth.truncate("abcdef", to: 3, ellipsis: ""), "abc")
        let nfd = "Nô\u{0323}i"
        XCTAssertEqual(TextWidth.truncate(nfd + " thành", to: 4), "Nội…")
    }

    func testPadAlignsAndTruncates() {
        XCTAssertEqual(TextWidth.pad("Hà", to: 5), "Hà   ")
        XCTAssertEqual(TextWidth.pad("Hà", to: 5, alignment: .right), "   Hà")
        XCTAssertEqual(TextWidth.pad("Hà", to: 5, alignment: .center), " Hà  ")
        XCTAssertEqual(TextWidth.pad("中文字", to: 4), "中… ")
        XCTAssertEqual(TextWidth.of(TextWidth.pad("中文字", to: 4)), 4)
        XCTAssertEqual(TextWidth.pad("abc", to: 0), "")
    }

    func testWrapBreaksAtWordsAndLongWords() {
        XCTAssertEqual(TextWidth.wrap("Màn hình quá nhỏ để hiển thị", width: 10),
                       ["Màn hình", "quá nhỏ để", "hiển thị"])
        XCTAssertEqual(TextWidth.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextWidth.wrap("", width: 4), [])
        XCTAssertEqual(TextWidth.wrap("abc", width: 0), [])
    }
}
