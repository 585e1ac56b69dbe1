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
}
