import IOCConsole
import XCTest

/// The handover and logbook Markdown as plain terminal text (`ioc log show`, `ioc handover show`).
final class PlainTextTests: XCTestCase {
    func testMarkupGoesAndBulletsAndQuotesStay() {
        XCTAssertEqual(PlainText.rows(markdown: "- **#2** 22/11/2026 08:15 · sự kiện (`directive_overdue|CD-1`)", width: nil),
                       ["• #2 22/11/2026 08:15 · sự kiện (directive_overdue|CD-1)"])
        XCTAssertEqual(PlainText.rows(markdown: "> Mưa lớn ở Lê Chân", width: nil), ["│ Mưa lớn ở Lê Chân"])
        XCTAssertEqual(PlainText.rows(markdown: "- a \\* b", width: nil), ["• a * b"], "an escaped character is plain text")
        XCTAssertEqual(PlainText.rows(markdown: "", width: 40), [""])
    }

    func testWrapsUnderTheBulletWithinTheWidth() {
        let rows = PlainText.rows(markdown: ["- Tóm tắt: 10 cảnh báo mở · 0 tạm gác/ngừng phục vụ · 0 tồn đọng >24 giờ · 0 nguồn lỗi"],
                                  width: 40, indent: "  ")
        XCTAssertGreaterThan(rows.count, 1)
        XCTAssertTrue(rows[0].hasPrefix("  • Tóm tắt:"), rows[0])
        for row in rows.dropFirst() { XCTAssertTrue(row.hasPrefix("    ") && !row.hasPrefix("     "), "hanging indent: \(row)") }
        for row in rows { XCTAssertLessThanOrEqual(row.count, 40, row) }
    }

    func testBoldOnlyWhenAsked() {
        XCTAssertEqual(PlainText.rows(markdown: "- Tình hình chung: **Bận**", width: nil, bold: true),
                       ["• Tình hình chung: \u{1B}[1mBận\u{1B}[22m"])
        XCTAssertEqual(PlainText.rows(markdown: "- Tình hình chung: **Bận**", width: nil), ["• Tình hình chung: Bận"])
    }
}
