@testable import IOCBriefing
import IOCDomain
import TUICore
import TUIWidgets
import XCTest

final class ReadingJudgementTests: XCTestCase {
    private func level(_ value: Double) -> KPIReading {
        BriefingFixture.reading("water.level.tam_bac", .publicOrder, "Mực nước – Sông Tam Bạc", "Water level – Tam Bạc river",
                                unit: "cm", value: value, history: [value])
    }

    /// A headline figure keeps three significant digits at most, in the language's separators.
    func testHeadlineValueKeepsThreeSignificantDigits() {
        XCTAssertEqual(ReadingJudgement.value(level(147.46), .vi), "147")
        XCTAssertEqual(ReadingJudgement.value(level(1_204.4), .vi), "1.204")
        XCTAssertEqual(ReadingJudgement.value(level(93.04), .vi), "93,0")
        XCTAssertEqual(ReadingJudgement.value(level(4.256), .vi), "4,3")
        XCTAssertEqual(ReadingJudgement.value(level(4.256), .en), "4.3")
    }

    /// Four environment tiles at 160×48: a water level of 147.46 cm still gets big numbers 5 rows tall.
    func testWaterLevelInFourTilesIsFiveRowsTall() {
        let value = ReadingJudgement.value(level(147.46), .vi)
        XCTAssertEqual(BigText.scale(toFit: value, width: HeadlineTile.inner(Rect(x: 0, y: 0, width: 35, height: 14)).width,
                                     height: 10, maxScale: 4), 2)
    }
}
