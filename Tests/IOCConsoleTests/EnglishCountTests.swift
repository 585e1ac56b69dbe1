@testable import IOCConsole
import IOCDomain
import XCTest

/// English counts agree with their noun: "1 entry", "2 entries" (Vietnamese has no plural form).
final class EnglishCountTests: XCTestCase {
    func testTimelineSaysOneEntryAndTwoEntries() {
        var m = ConsoleFixture.modelWithAlarms()
        m.language = .en
        let raised = AlarmTimelineEntry(alarmID: "a", at: ConsoleFixture.now, actor: "system", role: nil, action: "raised",
                                        fromState: .normal, toState: .unacknowledged, note: nil)
        XCTAssertTrue(AlarmListContent.timelineTable([raised], model: m).summary?.contains("1 entry ·") == true)
        XCTAssertTrue(AlarmListContent.timelineTable([raised, raised], model: m).summary?.contains("2 entries ·") == true)
        m.language = .vi
        XCTAssertTrue(AlarmListContent.timelineTable([raised], model: m).summary?.contains("1 mục") == true)
    }
}
