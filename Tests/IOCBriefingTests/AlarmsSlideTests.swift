import Foundation
@testable import IOCBriefing
import IOCDomain
import TUICore
import XCTest

/// The alarm slide's risks table says each alarm's message in the wall's language, Vietnamese where an alarm has no
/// English text.
final class AlarmsSlideTests: XCTestCase {
    private func screen(_ language: Language) -> String {
        var m = BriefingFixture.model(width: 160, height: 48, slide: 6, language: language)
        var d = BriefingFixture.dashboard
        d.alarms[0].messageEN = "VN_AQI Le Chan station 183 (Bad) above 150"
        BriefingUpdate.update(&m, .dashboardLoaded(d))
        return SnapshotText.render(BriefingView.render(m))
    }

    func testEnglishWallShowsEnglishMessagesAndVietnameseWhereThereIsNone() {
        let english = screen(.en)
        XCTAssertTrue(english.contains("Top risks"), english)
        XCTAssertTrue(english.contains("VN_AQI Le Chan station 183 (Bad) above 150"), english)
        XCTAssertFalse(english.contains("Trạm Lê Chân 183"), english)
        XCTAssertTrue(english.contains("Chỉ đạo CD-01 quá hạn 2 ngày"), "no English text: the Vietnamese one")
        let vietnamese = screen(.vi)
        XCTAssertTrue(vietnamese.contains("VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150"), vietnamese)
        XCTAssertFalse(vietnamese.contains("Le Chan station"), vietnamese)
    }
}
