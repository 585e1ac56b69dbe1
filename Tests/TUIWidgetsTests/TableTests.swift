import IOCTestSupport
import TUICore
import TUIWidgets
import XCTest

final class TableTests: XCTestCase {
    private let columns = [
        TableColumn(title: "Đơn vị", width: .fill(1)),
        TableColumn(title: "Hồ sơ", width: .fixed(8), alignment: .right),
        TableColumn(title: "Đúng hạn", width: .fixed(10), alignment: .right),
    ]
    private let rows = [
        TableRow(cells: ["Sở Tài nguyên và Môi trường", "1.204", "97,5%"]),
        TableRow(cells: ["Sở Xây dựng", "865", "88,1%"], severity: .critical),
        TableRow(cells: ["UBND phường Lê Chân", "2.310", "93,0%"], severity: .warning),
        TableRow(cells: ["Sở Y tế", "412", "99,2%"]),
        TableRow(cells: ["Sở Giao thông vận tải", "—", "—"], severity: .stale),
    ]

    func testHeaderSortMarkerSelectionAndGutter() {
        var state = TableState()
        state.sortColumn = 2
        state.sortAscending = false
        state.selected = 1
        let table = Table(columns: columns, rows: rows, state: state, styles: .sampleDark)
        assertSnapshot(Buffer.drawn(width: 44, height: 6) { table.render(into: &$0, area: $1) }, styles: true)
    }

    func testScrolledWithoutHeader() {
        var state = TableState()
        state.moveSelection(by: 4, rowCount: rows.count, visibleRows: 3)
        XCTAssertEqual(state.selected, 3)
        XCTAssertEqual(state.offset, 1)
        let table = Table(columns: columns, rows: rows, state: state, styles: .plain, showHeader: false)
        assertSnapshot(Buffer.drawn(width: 40, height: 3) { table.render(into: &$0, area: $1) })
    }

    func testTinyAreas() {
        let table = Table(columns: columns, rows: rows, state: TableState(), styles: .plain)
        let one = Buffer.drawn(width: 1, height: 1) { table.render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(one), "\n")
        let zero = Buffer.drawn(width: 0, height: 0) { table.render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(zero), "")
        let headerOnly = Buffer.drawn(width: 30, height: 1) { table.render(into: &$0, area: $1) }
        XCTAssertEqual(SnapshotText.render(headerOnly), " Đơn vị       Hồ sơ   Đúng hạn\n")
    }

    func testNeverDrawsOutsideItsArea() {
        assertStaysInside { Table(columns: columns, rows: rows, state: TableState(), styles: .plain).render(into: &$0, area: $1) }
    }
}

/// A column's own fitting of a cell that is too wide: the head shortened (the tail kept whole), or trailing
/// segments dropped.
final class TableColumnFitTests: XCTestCase {
    func testHeadShortensTailStays() {
        let c = TableColumn(title: "", width: .fill(1), headSeparator: " – ")
        XCTAssertEqual(c.fit("Chỉ số ùn tắc – Đường Lạch Tray", width: 40), "Chỉ số ùn tắc – Đường Lạch Tray")
        XCTAssertEqual(c.fit("Chỉ số ùn tắc – Đường Lạch Tray", width: 25), "Chỉ số… – Đường Lạch Tray")
        XCTAssertEqual(c.fit("Tốc độ – Lạch Tray", width: 16), "Tốc… – Lạch Tray")
        XCTAssertEqual(c.fit("Chỉ số ùn tắc – Đường Lạch Tray", width: 18), "Đường Lạch Tray", "no room for a useful head")
        XCTAssertEqual(c.fit("Tăng trưởng GRDP rất dài", width: 10), "Tăng trưởng GRDP rất dài", "no separator: cut when drawn")
    }

    func testTrailingSegmentsGoFirst() {
        let c = TableColumn(title: "", width: .fill(1), trailingSeparator: " · ")
        XCTAssertEqual(c.fit("7 citizen reports overdue · Hai Phong Urban Environment Company", width: 26), "7 citizen reports overdue")
    }

    /// An alarm row still says whose it is when there is room for part of the agency (at 200×60 the first alarm read
    /// "6 phản ánh quá hạn xử lý" with its company dropped whole, the next one "… · Sở Xây dựng").
    func testACutTailIsKeptWhenThereIsRoomForIt() {
        let c = TableColumn(title: "", width: .fill(1), trailingSeparator: " · ", keepsCutTail: 8)
        let text = "6 phản ánh quá hạn xử lý · Cty Môi trường đô thị Hải Phòng"
        XCTAssertEqual(c.fit(text, width: 46), "6 phản ánh quá hạn xử lý · Cty Môi trường đô…")
        XCTAssertEqual(c.fit(text, width: 33), "6 phản ánh quá hạn xử lý", "fewer than 8 columns left: dropped whole")
        XCTAssertEqual(c.fit(text, width: 80), text)
    }
}
