import TUICore
import TUIWidgets
import XCTest

final class BigDigitsTests: XCTestCase {
    func testAllDigitsAndPunctuation() {
        assertSnapshot(Buffer.drawn(width: 60, height: 3) {
            BigDigits(text: "0123456789", style: .plain).render(into: &$0, area: $1)
        })
    }

    func testPercentRightAligned() {
        assertSnapshot(Buffer.drawn(width: 30, height: 4) {
            BigDigits(text: "95,3%", style: .plain, alignment: .right).render(into: &$0, area: $1)
        })
    }

    func testFallsBackToPlainTextWhenShortOrNarrow() {
        let short = Buffer.drawn(width: 10, height: 2) {
            BigDigits(text: "12,5%", style: .plain, alignment: .center).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(short), "  12,5%\n\n")
        XCTAssertEqual(BigDigits.width(of: "12,5%"), 17)
        let narrow = Buffer.drawn(width: 16, height: 3) {
            BigDigits(text: "12,5%", style: .plain).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(narrow), "12,5%\n\n\n")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside(maxWidth: 20) { BigDigits(text: "1.204", style: .plain).render(into: &$0, area: $1) }
    }
}
