import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class BigTextTests: XCTestCase {
    func testDigitsAndSignsAtScaleOne() {
        assertSnapshot(Buffer.drawn(width: 130, height: 3) {
            BigText(text: "0123456789 95,3% 1.204 08:15 -+/<>", style: .plain, maxScale: 1).render(into: &$0, area: $1)
        })
    }

    func testScaleTwoIsFiveRowsOfFullBlocks() {
        let rows = BigText.rows(for: "97,0%", scale: 2)
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(BigText.size(of: "97,0%", scale: 2).height, 5)
        XCTAssertFalse(rows.joined().contains("▀"), "even scales use whole cells")
        assertSnapshot(Buffer.drawn(width: 40, height: 5) {
            BigText(text: "97,0%", style: .plain).render(into: &$0, area: $1)
        })
    }

    func testVietnameseHeadingKeepsItsMarks() {
        assertSnapshot(Buffer.drawn(width: 120, height: 8) {
            BigText(text: "KINH TẾ – XÃ HỘI", style: .plain, maxScale: 2).render(into: &$0, area: $1)
        })
        assertSnapshot(Buffer.drawn(width: 170, height: 5) {
            BigText(text: "Phản ánh, chỉ đạo: Ư Ơ Ằ Ẩ Ỗ Ợ Ự Ỵ Đ", style: .plain, maxScale: 1).render(into: &$0, area: $1)
        }, variant: "allMarks")
    }

    func testMarksCostRowsOnlyWhenUsed() {
        XCTAssertEqual(BigText.size(of: "HA NOI", scale: 2).height, 5)
        XCTAssertEqual(BigText.size(of: "HÀ NỘI", scale: 2).height, 9, "2 rows above, and a gap and a dot below at scale 2")
        XCTAssertEqual(BigText.size(of: "TẾ", scale: 2).height, 7)
        XCTAssertGreaterThan(BigText.size(of: "Ế", scale: 1).width, BigText.size(of: "E", scale: 1).width,
                             "the tone sits right of the circumflex")
    }

    /// At scale 1 two pixel rows share a cell: the dot below gets a row of its own instead of merging into the
    /// letter's last row (where "Ị" read as a longer stem and "Ộ" as a "Q").
    func testDotBelowStandsApartFromTheLetter() {
        XCTAssertEqual(BigText.rows(for: "Ị", scale: 1), ["▀█▀", " █ ", "▀▀▀", " ▀ "])
        XCTAssertEqual(BigText.rows(for: "Ộ", scale: 1).suffix(2), [" ▀▀ ", "  ▀ "])
        XCTAssertEqual(BigText.rows(for: "Ự", scale: 1).last, " ▀  ")
    }

    /// Đ is a D with a bar through its stem that sticks out on the left, not a D filled across.
    func testCrossedDReadsAsOne() {
        XCTAssertEqual(BigText.rows(for: "Đ", scale: 1), [" █▀▀▄", "▀█▀ █", " ▀▀▀ "])
    }

    func testMarksHeightIsTheRowsAboveTheLetters() {
        XCTAssertEqual(BigText.marksHeight(of: "CHI DAO", scale: 1), 0)
        XCTAssertEqual(BigText.marksHeight(of: "CHỈ ĐẠO", scale: 1), 1)
        XCTAssertEqual(BigText.marksHeight(of: "CHỈ ĐẠO", scale: 2), 2)
        XCTAssertEqual(BigText.marksHeight(of: "ĐẠO", scale: 2), 0, "a dot below is not above")
    }

    /// A tone beside a circumflex or breve keeps a column of its own, so Ầ Ấ Ẩ Ẫ and Ằ Ắ read apart at scale 1.
    func testToneBesideACircumflexIsSetApart() {
        XCTAssertEqual(BigText.rows(for: "Ầ", scale: 1).first, "▄▀▄ ▀▄")
        XCTAssertEqual(BigText.rows(for: "Ấ", scale: 1).first, "▄▀▄ ▄▀")
        XCTAssertEqual(BigText.rows(for: "Ằ", scale: 1).first, "▀▄▀ ▀▄")
        XCTAssertEqual(BigText.rows(for: "Ố", scale: 1).first, "▄▀▄ ▄▀", "over a wider O, one column apart too")
    }

    func testLowerCaseIsDrawnUpperCase() {
        XCTAssertEqual(BigText.rows(for: "xã hội", scale: 1), BigText.rows(for: "XÃ HỘI", scale: 1))
        XCTAssertEqual(BigText.rows(for: "đ", scale: 1), BigText.rows(for: "Đ", scale: 1))
        XCTAssertNotEqual(BigText.rows(for: "D", scale: 1), BigText.rows(for: "Đ", scale: 1))
    }

    func testScaleGrowsWithTheArea() {
        XCTAssertEqual(BigText.scale(toFit: "97,0%", width: 300, height: 80, maxScale: 4), 4)
        XCTAssertEqual(BigText.scale(toFit: "97,0%", width: 40, height: 6), 2)
        XCTAssertEqual(BigText.scale(toFit: "97,0%", width: 18, height: 3), 1)
        XCTAssertNil(BigText.scale(toFit: "97,0%", width: 17, height: 3))
        XCTAssertNil(BigText.scale(toFit: "97,0%", width: 40, height: 2))
    }

    func testFallsBackToOneBoldRow() {
        let buffer = Buffer.drawn(width: 10, height: 2) {
            BigText(text: "12,5%", style: .plain, alignment: .center).render(into: &$0, area: $1)
        }
        XCTAssertEqual(SnapshotText.render(buffer), "  12,5%\n\n")
        XCTAssertEqual(buffer[2, 0].style.attributes, .bold)
    }

    func testRightAlignmentReturnsTheRectDrawn() {
        var buffer = Buffer(width: 30, height: 5)
        let drawn = BigText(text: "42", style: .plain, alignment: .right).render(into: &buffer, area: buffer.area)
        XCTAssertEqual(drawn, Rect(x: 16, y: 0, width: 14, height: 5))
        XCTAssertEqual(buffer[29, 0].grapheme, "█")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside(maxWidth: 24, maxHeight: 8) { BigText(text: "Ấ 1.204", style: .plain).render(into: &$0, area: $1) }
    }
}
