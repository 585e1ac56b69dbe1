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

    func testSortsNumbersWithSeparatorsAndPercents() {
        let rows = ["1.204", "865", "2.310", "97,5%", "12,25", "-3", "1,234.5"].map { TableRow(cells: [$0]) }
        let ascending = TableState.sorted(rows, column: 0, ascending: true).map { $0.cells[0] }
        XCTAssertEqual(ascending, ["-3", "12,25", "97,5%", "865", "1.204", "1,234.5", "2.310"])
        let descending = TableState.sorted(rows, column: 0, ascending: false).map { $0.cells[0] }
        XCTAssertEqual(descending, ascending.reversed())
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
