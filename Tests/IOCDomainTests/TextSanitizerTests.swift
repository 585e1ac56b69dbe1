import IOCDomain
import XCTest

final class TextSanitizerTests: XCTestCase {
    private let esc = "\u{1B}"

    /// Hostile inputs → what must remain: whole sequences go, not just their ESC byte.
    func testWholeEscapeSequencesAreRemoved() {
        let e = esc
        let table: [(String, String, String)] = [
            ("the panel of issue 12", "\(e)]0;pwned\(e)\\Trạm\(e)[2J\(e)[31m", "Trạm"),
            ("CSI with parameters", "A\(e)[1;31mB\(e)[0mC", "ABC"),
            ("CSI private mode and intermediates", "A\(e)[?1049hB\(e)[1 qC", "ABC"),
            ("CSI cut by a control", "A\(e)[12\u{07}B", "AB"),
            ("CSI at the end", "A\(e)[12;", "A"),
            ("8-bit CSI", "A\u{9B}31mB", "AB"),
            ("OSC ended by BEL", "A\(e)]52;c;ZXZpbA==\u{07}B", "AB"),
            ("OSC ended by ST", "A\(e)]8;;http://x\(e)\\link\(e)]8;;\(e)\\B", "AlinkB"),
            ("8-bit OSC ended by 8-bit ST", "A\u{9D}0;title\u{9C}B", "AB"),
            ("OSC never ended swallows the rest", "A\(e)]0;title and more", "A"),
            ("OSC cut by CAN", "A\(e)]0;x\u{18}B", "AB"),
            ("OSC cut by a new ESC sequence", "A\(e)]0;x\(e)[31mB", "AB"),
            ("DCS", "A\(e)P1$r0m\(e)\\B", "AB"),
            ("8-bit DCS", "A\u{90}q#0;2;0;0;0\u{9C}B", "AB"),
            ("SOS, PM, APC", "A\(e)Xs\(e)\\B\(e)^p\(e)\\C\(e)_a\(e)\\D", "ABCD"),
            ("8-bit SOS, PM, APC", "A\u{98}s\u{9C}B\u{9E}p\u{9C}C\u{9F}a\u{9C}D", "ABCD"),
            ("two-byte ESC sequences", "A\(e)cB\(e)7C\(e)8D\(e)=E\(e)MF", "ABCDEF"),
            ("ESC with intermediates", "A\(e)(0B\(e)#8C", "ABC"),
            ("lone ESC at the end", "A\(e)", "A"),
            ("ESC before a letter outside ASCII", "A\(e)ệB", "AệB"),
            ("C0 and C1 controls", "A\u{00}\u{07}\u{08}\u{1A}\u{7F}\u{85}\u{8D}\u{9C}B", "AB"),
            ("tabs and newlines are spaces", "A\tB\r\nC", "A B  C"),
            ("bidi controls", "a\u{202A}b\u{202B}c\u{202C}d\u{202D}e\u{202E}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j\u{200E}k\u{200F}l\u{061C}m",
             "abcdefghijklm"),
            ("plain Vietnamese unchanged", "Ngập nước đường Lạch Tray [2J] 100%", "Ngập nước đường Lạch Tray [2J] 100%"),
        ]
        for (name, input, expected) in table {
            XCTAssertEqual(TextSanitizer.clean(input), expected, name)
        }
    }

    func testNothingThatATerminalInterpretsSurvives() {
        let hostile = "A\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}B\u{9B}31mC\u{7F}\u{1B}P\u{1B}\\D"
        let clean = TextSanitizer.clean(hostile)
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, clean)
        XCTAssertEqual(clean, "ABCD")
    }

    func testNFDBecomesNFCAndNewlinesBecomeSpaces() {
        let nfd = "Ha\u{0300} No\u{0323}\u{0302}i\nđường"
        XCTAssertEqual(TextSanitizer.clean(nfd), "Hà Nội đường")
        XCTAssertEqual(TextSanitizer.clean(nfd).unicodeScalars.count, "Hà Nội đường".unicodeScalars.count)
    }

    func testBidiOverridesAreRemovedAndLengthIsBounded() {
        XCTAssertEqual(TextSanitizer.clean("ab\u{202E}cd"), "abcd")
        XCTAssertEqual(TextSanitizer.clean(String(repeating: "ệ", count: 900), maxCharacters: 10).count, 10)
    }
}
