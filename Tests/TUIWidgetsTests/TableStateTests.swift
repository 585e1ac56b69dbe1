import Foundation
import TUIWidgets
import XCTest

final class TableStateTests: XCTestCase {
    func testMoveSelectionKeepsItVisible() {
        var state = TableState()
        state.moveSelection(by: 1, rowCount: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 0)
        state.moveSelection(by: 5, rowCount: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 5)
        XCTAssertEqual(state.offset, 3)
        state.moveSelection(by: 100, rowCount: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 9)
        XCTAssertEqual(state.offset, 7)
        state.moveSelection(by: -8, rowCount: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 1)
        XCTAssertEqual(state.offset, 1)
    }

    func testMoveUpFromNothingSelectsTheLastRow() {
        var state = TableState()
        state.moveSelection(by: -1, rowCount: 4, visibleRows: 2)
        XCTAssertEqual(state.selected, 3)
        XCTAssertEqual(state.offset, 2)
    }

    func testEmptyTableClearsSelection() {
        var state = TableState()
        state.selected = 3
        state.offset = 2
        state.moveSelection(by: 1, rowCount: 0, visibleRows: 5)
        XCTAssertNil(state.selected)
        XCTAssertEqual(state.offset, 0)
    }

    func testShrinkingRowsClampsSelection() {
        var state = TableState()
        state.selected = 8
        state.offset = 6
        state.scrollToSelection(rowCount: 4, visibleRows: 3)
        XCTAssertEqual(state.selected, 3)
        XCTAssertEqual(state.offset, 1)
    }

    /// Cells sort by the values beside their texts, never by parsing the text: Vietnamese thousands ("1.204"),
    /// percents, ages and dates all in their own order; cells with no value after them, by text.
    func testSortsByTheCellsValuesNotTheirTexts() {
        let cells: [TableCell] = [.number("1.204", 1204), .number("865", 865), .number("2.310", 2310), .number("97,5%", 97.5),
                                  .number("12,25", 12.25), .number("−3", -3), .number("1,234.5", 1234.5), "–", "chưa có"]
        let rows = cells.map { TableRow([$0]) }
        let ascending = TableState.sorted(rows, column: 0, ascending: true).map { $0.cells[0] }
        XCTAssertEqual(ascending, ["−3", "12,25", "97,5%", "865", "1.204", "1,234.5", "2.310", "chưa có", "–"])
        let descending = TableState.sorted(rows, column: 0, ascending: false).map { $0.cells[0] }
        XCTAssertEqual(descending, ascending.reversed())

        // Ages and dates: the words and the day-first dates would sort wrongly as text.
        let ages = [("2h", 7200.0), ("5m", 300.0), ("45s", 45.0), ("1d", 86400.0)].map { TableRow([.number($0.0, $0.1)]) }
        XCTAssertEqual(TableState.sorted(ages, column: 0, ascending: true).map { $0.cells[0] }, ["45s", "5m", "2h", "1d"])
        let day = 86400.0
        let dates = [("01/12 08:00", 0.0), ("30/11 09:00", -day), ("02/12 07:00", day)].map {
            TableRow([.time($0.0, Date(timeIntervalSince1970: 1_795_000_000 + $0.1))])
        }
        XCTAssertEqual(TableState.sorted(dates, column: 0, ascending: true).map { $0.cells[0] },
                       ["30/11 09:00", "01/12 08:00", "02/12 07:00"])
        XCTAssertEqual(TableState.sortedOrder(dates, column: 0, ascending: false), [2, 0, 1], "the order, for what follows each row")
    }

    func testKeepingColumnsKeepsTextsAndValuesTogether() {
        let row = TableRow([TableCell("Sở Xây dựng"), .number("1.204", 1204), .number("97,5%", 97.5)], severity: .warning)
        let kept = row.keeping([2, 0])
        XCTAssertEqual(kept.cells, ["97,5%", "Sở Xây dựng"])
        XCTAssertEqual(kept.values, [97.5, nil])
        XCTAssertEqual(kept.severity, .warning)
        XCTAssertNil(TableCell("x", value: .nan).value, "a value that is not finite sorts as text")
    }

    func testSortsTextIgnoringDiacriticsAndCaseStably() {
        let rows = ["Đống Đa", "ba Đình", "Ba Vì", "Cầu Giấy", "Ba Vì", "45"].enumerated().map {
            TableRow(cells: [$0.element, String($0.offset)])
        }
        let sorted = TableState.sorted(rows, column: 0, ascending: true)
        XCTAssertEqual(sorted.map { $0.cells[0] }, ["45", "ba Đình", "Ba Vì", "Ba Vì", "Cầu Giấy", "Đống Đa"])
        XCTAssertEqual(sorted.filter { $0.cells[0] == "Ba Vì" }.map { $0.cells[1] }, ["2", "4"], "stable")
        let missing = TableState.sorted([TableRow(cells: []), TableRow(cells: ["a"])], column: 3, ascending: true)
        XCTAssertEqual(missing.count, 2)
    }
}
