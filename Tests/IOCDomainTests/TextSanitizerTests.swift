import IOCDomain
import XCTest

final class TextSanitizerTests: XCTestCase {
    func testEscapeSequencesLoseTheirEscape() {
        let hostile = "A\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}B\u{9B}31mC\u{7F}"
        let clean = TextSanitizer.clean(hostile)
        XCTAssertFalse(clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, clean)
        XCTAssertTrue(clean.hasPrefix("A[2J]52;c;ZXZpbA==B31mC"), clean)
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
