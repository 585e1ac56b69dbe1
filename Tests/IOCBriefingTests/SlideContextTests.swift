@testable import IOCBriefing
import TUICore
import XCTest

/// How a slide shares its body between the tiles and a captioned table.
final class SlideContextTests: XCTestCase {
    private func context(roomy: Bool = false) -> SlideContext {
        SlideContext(data: BriefingFixture.dashboard, spec: BriefingFixture.layout.slides[2],
                     styles: BriefingStyles(theme: BriefingFixture.theme), language: .vi, now: BriefingFixture.now,
                     roomy: roomy, gap: 2)
    }

    /// A table that fits spaced apart beside the tiles' share gets just that; the tiles take the rest.
    func testSpacedTableGetsWhatItNeeds() {
        let (tiles, rest) = context().bands(Rect(x: 0, y: 0, width: 150, height: 37), tileShare: 0.4, tableRows: 8)
        XCTAssertEqual(rest.height, SlideTable.captionedHeight(rows: 8, spaced: true))
        XCTAssertEqual(tiles.height, 37 - 1 - rest.height)
        XCTAssertEqual(rest.y, tiles.maxY + 1)
    }

    /// On a laptop (a body of 29 rows) eight rows do not fit spaced apart: the table gets them one under the other
    /// and no more, instead of a blank band under it.
    func testTightTableGivesItsSpareRowsToTheTiles() {
        let (tiles, rest) = context().bands(Rect(x: 0, y: 0, width: 116, height: 29), tileShare: 0.4, tableRows: 8, below: 2)
        XCTAssertEqual(rest.height, SlideTable.captionedHeight(rows: 8, spaced: false) + 2)
        XCTAssertEqual(tiles.height + 1 + rest.height, 29)
    }

    /// Without a table the tiles keep their share.
    func testWithoutATableTheTilesKeepTheirShare() {
        let (tiles, rest) = context(roomy: true).bands(Rect(x: 0, y: 0, width: 288, height: 66), tileShare: 0.4)
        XCTAssertEqual(tiles.height, 26)
        XCTAssertEqual(rest.y, tiles.maxY + 2)
        XCTAssertEqual(rest.maxY, 66)
    }
}
