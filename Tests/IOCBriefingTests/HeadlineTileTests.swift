@testable import IOCBriefing
import TUICore
import XCTest

/// A tile's detail line in a narrow tile: whole parts dropped, no word or number cut.
final class HeadlineTileTests: XCTestCase {
    func testDetailDropsWholePartsFromTheEnd() {
        XCTAssertEqual(HeadlineTile.fitted("cm · Sông Tam Bạc · ngưỡng 250,0", width: 31), "cm · Sông Tam Bạc")
        XCTAssertEqual(HeadlineTile.fitted("cm · Sông Tam Bạc · ngưỡng 250,0", width: 32), "cm · Sông Tam Bạc · ngưỡng 250,0")
        XCTAssertEqual(HeadlineTile.fitted("An ninh trật tự 2 · Tai nạn giao thông 1", width: 25), "An ninh trật tự 2")
    }

    func testOnlyAFirstPartTooWideOnItsOwnIsCut() {
        let cut = HeadlineTile.fitted("Công ty TNHH MTV Thoát nước Hải Phòng", width: 12)
        XCTAssertEqual(TextWidth.of(cut), 12)
        XCTAssertTrue(cut.hasSuffix("…"))
    }

    /// On the laptop overview the open-alarms tile keeps all four priorities' counts, and no tile line ends in a cut.
    func testLaptopOverviewCutsNoDetail() {
        let screen = SnapshotText.render(BriefingView.render(BriefingFixture.model(width: 120, height: 35)))
        XCTAssertTrue(screen.contains("theo ưu tiên 1/2/3/4: 0/2/1/1"), screen)
        XCTAssertFalse(screen.contains("·…"), screen)
    }

    private func headline(_ label: String) -> Headline {
        Headline(label: label, value: "97,0%", detail: "mục tiêu > 95%", severity: .normal, status: "✓ Đạt mục tiêu", trend: nil)
    }

    /// Read from across the room, a tile's label is more than a frame title in normal type: inside the tile, in capitals
    /// and bold, above the number; on a wall (300×80) in big type.
    func testTheLabelIsInsideTheTileAboveTheNumber() {
        let styles = BriefingStyles(theme: BriefingFixture.theme)
        var small = Buffer(width: 52, height: 19)
        HeadlineTile(headline: headline("Hồ sơ đúng hạn"), styles: styles, maxScale: 2).render(into: &small, area: small.area)
        let rows = SnapshotText.render(small).split(separator: "\n").map(String.init)
        XCTAssertFalse(rows[0].contains("Hồ sơ"), "not in the frame: \(rows[0])")
        let labelRow = rows.firstIndex { $0.contains("HỒ SƠ ĐÚNG HẠN") }
        let numberRow = rows.firstIndex { $0.contains("█") }
        XCTAssertNotNil(labelRow, rows.joined(separator: "\n"))
        XCTAssertLessThan(labelRow ?? 99, numberRow ?? 0, "the label is above the number")
        XCTAssertTrue(small[26, labelRow ?? 0].style.attributes.contains(.bold), "the label is bold")

        var wall = Buffer(width: 95, height: 33)
        var tile = HeadlineTile(headline: headline("Hồ sơ đúng hạn"), styles: styles, maxScale: 4)
        tile.bigLabel = true
        tile.render(into: &wall, area: wall.area)
        let wallText = SnapshotText.render(wall)
        XCTAssertFalse(wallText.contains("HỒ SƠ"), "drawn in big type, not as a text line")
        XCTAssertTrue(wallText.contains("▀"), "big type uses half blocks")
    }

    func testABigLabelTooWideForOneLineSplitsAtTheMostEvenSpace() throws {
        let lines = try XCTUnwrap(HeadlineTile.bigLabelLines(headline("Phản ánh đã chuyển xử lý"), width: 91))
        XCTAssertEqual(lines, ["PHẢN ÁNH ĐÃ", "CHUYỂN XỬ LÝ"])
        XCTAssertEqual(HeadlineTile.bigLabelLines(headline("Hồ sơ đúng hạn"), width: 91), ["HỒ SƠ ĐÚNG HẠN"])
        XCTAssertNil(HeadlineTile.bigLabelLines(headline("Hồ sơ đúng hạn"), width: 10), "too narrow for big type")
    }
}
