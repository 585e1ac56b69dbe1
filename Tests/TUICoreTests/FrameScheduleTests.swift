import Foundation
import TUICore
import XCTest

/// (last whole frame, this second) → whole frame or clock only.
final class FrameScheduleTests: XCTestCase {
    func testWholeFramesOnlyWhenTheModelOrSizeChangedOrTenSecondsPassed() {
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        var schedule = FrameSchedule()
        XCTAssertTrue(schedule.needsWholeFrame(revision: 0, now: t0, width: 80, height: 24), "the first frame")
        schedule.drewWholeFrame(revision: 3, now: t0, width: 80, height: 24)
        let table: [(revision: Int, seconds: TimeInterval, width: Int, height: Int, whole: Bool, why: String)] = [
            (3, 1, 80, 24, false, "only the clock moved"),
            (3, 9.9, 80, 24, false, "still within 10 s"),
            (3, 10, 80, 24, true, "ages and deadline classes: at least every 10 s"),
            (4, 1, 80, 24, true, "the model changed"),
            (3, 1, 81, 24, true, "resized"),
            (3, 1, 80, 25, true, "resized"),
            (3, -1, 80, 24, true, "the clock went back"),
        ]
        for row in table {
            XCTAssertEqual(schedule.needsWholeFrame(revision: row.revision, now: t0 + row.seconds, width: row.width,
                                                    height: row.height), row.whole, row.why)
        }
        schedule.reset()
        XCTAssertTrue(schedule.needsWholeFrame(revision: 3, now: t0 + 1, width: 80, height: 24), "after a reset")
    }
}
