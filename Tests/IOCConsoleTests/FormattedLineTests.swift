@testable import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Markdown lines of a handover drawn as formatted text: bullets with a hanging indent, a quote bar, bold runs and
/// ids without backticks.
final class FormattedLineTests: XCTestCase {
    private func plain(_ row: [FormattedRun]) -> String { row.map(\.text).joined() }

    func testBoldAndCodeLoseTheirMarkers() {
        let line = FormattedLine(markdown: "- Tình hình chung: **Bình thường** (`flood|lach_tray`)")
        XCTAssertEqual(line.prefix, "• ")
        XCTAssertEqual(line.runs, [FormattedRun("Tình hình chung: "), FormattedRun("Bình thường", .bold), FormattedRun(" ("),
                                   FormattedRun("flood|lach_tray", .code), FormattedRun(")")])
        let rows = line.rows(width: 80)
        XCTAssertEqual(rows.map(plain), ["• Tình hình chung: Bình thường (flood|lach_tray)"])
        XCTAssertFalse(plain(rows[0]).contains("*") || plain(rows[0]).contains("`"))
    }

    func testEscapedTextFromPeopleShowsAsWritten() {
        let text = "Cầu *Rào* ngập, xem `camera` <b> [#3]"
        let line = FormattedLine(markdown: "- **#4** · Lan: " + HandoverMarkdown.escaped(text))
        XCTAssertEqual(line.runs, [FormattedRun("#4", .bold), FormattedRun(" · Lan: " + text)])
    }

    func testBulletWrapsWithAHangingIndent() {
        let rows = FormattedLine(markdown: "- Mưa lớn ở Lê Chân, ngập phố Lạch Tray ba mươi xăng-ti-mét").rows(width: 20)
        XCTAssertEqual(rows.map(plain), ["• Mưa lớn ở Lê Chân,", "  ngập phố Lạch Tray", "  ba mươi", "  xăng-ti-mét"])
        XCTAssertTrue(rows.allSatisfy { TextWidth.of(plain($0)) <= 20 })
        XCTAssertEqual(rows[1].first, FormattedRun("  ", .marker))
    }

    func testQuoteBarRepeatsOnEveryWrappedRow() {
        let rows = FormattedLine(markdown: "> Mưa lớn cả chiều; Lạch Tray ngập, đã báo Sở Xây dựng.").rows(width: 24)
        XCTAssertGreaterThan(rows.count, 1)
        XCTAssertTrue(rows.allSatisfy { $0.first == FormattedRun("│ ", .marker) }, "\(rows.map(plain))")
        XCTAssertEqual(rows.map(plain).joined(separator: " ").replacingOccurrences(of: "│ ", with: ""),
                       "Mưa lớn cả chiều; Lạch Tray ngập, đã báo Sở Xây dựng.")
    }

    func testAWordWiderThanTheRowIsCutKeepingItsStyle() {
        let rows = FormattedLine(markdown: "- (`directive_overdue|simulator/CD-2984441-0`)").rows(width: 16)
        XCTAssertTrue(rows.allSatisfy { TextWidth.of(plain($0)) <= 16 }, "\(rows.map(plain))")
        XCTAssertEqual(rows.map(plain).joined().replacingOccurrences(of: "• ", with: "").replacingOccurrences(of: " ", with: ""),
                       "(directive_overdue|simulator/CD-2984441-0)")
        XCTAssertTrue(rows.dropFirst().dropLast().allSatisfy { $0.dropFirst().allSatisfy { $0.style == .code } })
    }

    func testABoldWordSpanningRunsStaysOneWord() {
        let rows = FormattedLine(markdown: "- **#12** 23/11/2026 02:46").rows(width: 12)
        XCTAssertEqual(rows.map(plain), ["• #12", "  23/11/2026", "  02:46"])
        XCTAssertEqual(rows[0].last, FormattedRun("#12", .bold))
    }

    func testPromptKeepsTheCursorAndTheEndOfALongText() {
        let label = "Nguyễn Văn An — vai trò: 1 trực ban, 2 trưởng ca, 3 lãnh đạo/xem, 4 quản trị (Enter = 1): "
        let short = PromptLine.fit(label: label, text: "2", width: 80)
        XCTAssertTrue(short.hasSuffix("…2▏"), short)
        XCTAssertEqual(TextWidth.of(short), 80)
        let nfd = "Mưa lớn ở Hà Nội".decomposedStringWithCanonicalMapping + String(repeating: " và Lạch Tray", count: 10)
        let long = PromptLine.fit(label: "Nhật ký [sự kiện]: ", text: nfd, width: 40)
        XCTAssertTrue(long.hasPrefix("…") && long.hasSuffix("Lạch Tray▏"), long)
        XCTAssertLessThanOrEqual(TextWidth.of(long), 40)
        XCTAssertEqual(PromptLine.fit(label: "Tìm: ", text: "hà", width: 80), "Tìm: hà▏")
    }
}
