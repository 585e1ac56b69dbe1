@testable import IOCBriefing
import IOCDomain
import IOCPresentation
import TUICore
import TUIWidgets
import XCTest

final class HeadlineValueTests: XCTestCase {
    private func level(_ value: Double) -> KPIReading {
        BriefingFixture.reading("water.level.tam_bac", .publicOrder, "Mực nước – Sông Tam Bạc", "Water level – Tam Bạc river",
                                unit: "cm", value: value, history: [value])
    }

    /// A headline figure keeps three significant digits at most, in the language's separators.
    func testHeadlineValueKeepsThreeSignificantDigits() {
        XCTAssertEqual(ReadingAssessment.headlineValue(level(147.46), .vi), "147")
        XCTAssertEqual(ReadingAssessment.headlineValue(level(1_204.4), .vi), "1.204")
        XCTAssertEqual(ReadingAssessment.headlineValue(level(93.04), .vi), "93,0")
        XCTAssertEqual(ReadingAssessment.headlineValue(level(4.256), .vi), "4,3")
        XCTAssertEqual(ReadingAssessment.headlineValue(level(4.256), .en), "4.3")
    }

    /// Four environment tiles at 160×48: a water level of 147.46 cm still gets big numbers 5 rows tall.
    func testWaterLevelInFourTilesIsFiveRowsTall() {
        let value = ReadingAssessment.headlineValue(level(147.46), .vi)
        XCTAssertEqual(BigText.scale(toFit: value, width: HeadlineTile.inner(Rect(x: 0, y: 0, width: 35, height: 14)).width,
                                     height: 10, maxScale: 4), 2)
    }

    /// The console and the wall read a trend alike: the last step, flat within 0.2 %, none from one value.
    func testTrendIsTheLastStep() {
        XCTAssertNil(ReadingAssessment.trend([5]))
        XCTAssertEqual(ReadingAssessment.trend([100, 100.1]), .flat)
        XCTAssertEqual(ReadingAssessment.trend([100, 101]), .up)
        XCTAssertEqual(ReadingAssessment.trend([3, 2, 1]), .down)
        XCTAssertEqual(ReadingAssessment.trendText([100, 101], .vi), "▲ tăng")
        XCTAssertEqual(ReadingAssessment.trendText([100, 99], .en), "▼ falling")
    }
}
