import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class SeverityTests: XCTestCase {
    func testGlyphsAreDistinctAndOneColumn() {
        let glyphs = Severity.allCases.map(\.glyph)
        XCTAssertEqual(Set(glyphs).count, 4)
        XCTAssertTrue(glyphs.allSatisfy { TextWidth.of($0) == 1 })
        XCTAssertLessThan(Severity.warning, Severity.critical)
    }

    func testSeverityColoursSnapshot() {
        let rows = Severity.allCases.map { TableRow(cells: ["\($0)", "Mức \($0.rawValue)"], severity: $0) }
        let table = Table(columns: [TableColumn(title: "Trạng thái", width: .fixed(12)),
                                    TableColumn(title: "Mức", width: .fill(1))],
                          rows: rows, state: TableState(), styles: .sampleDark)
        assertSnapshot(Buffer.drawn(width: 24, height: 5) { table.render(into: &$0, area: $1) }, styles: true)
    }

    func testStyleForSeverityPicksTheRole() {
        let styles = WidgetStyles.sampleDark
        XCTAssertEqual(styles.style(for: .normal), styles.text)
        XCTAssertEqual(styles.style(for: .critical), styles.critical)
        XCTAssertEqual(WidgetStyles.plain.selected, Style(attributes: .reverse))
        XCTAssertEqual(WidgetStyles.plain.title, Style(attributes: .bold))
    }
}
