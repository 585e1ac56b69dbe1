@testable import ioc
import XCTest

final class MemoryReleaseScheduleTests: XCTestCase {
    /// (seconds since start at which the loop wakes) → the seconds at which a release is due.
    func testReleasesTenSecondsAfterStartThenEachMinute() {
        let start = 1_000_000_000 // 01:46:40 UTC: 40 s past a minute
        let table: [(wakes: [Int], due: [Int])] = [
            (Array(0...9), []),
            (Array(0...10), [10]),
            (Array(0...19), [10]),
            (Array(0...80), [10, 20, 80]),        // start+20 is the next whole minute, +80 the one after
            ([0, 5, 12, 13, 19, 21, 79, 81], [12, 21, 81]), // skipped seconds never lose a release
            ([0, 200], [200]),                   // a late wake releases once, not once per missed minute
        ]
        for (wakes, due) in table {
            var schedule = MemoryReleaseSchedule(start: start)
            let released = wakes.filter { schedule.isDue(at: start + $0) }
            XCTAssertEqual(released, due, "wakes \(wakes)")
        }
    }

    func testNextReleaseAfterADueOneIsTheFollowingMinute() {
        var schedule = MemoryReleaseSchedule(start: 120)
        XCTAssertEqual(schedule.next, 130)
        XCTAssertTrue(schedule.isDue(at: 130))
        XCTAssertEqual(schedule.next, 180)
        XCTAssertFalse(schedule.isDue(at: 179))
        XCTAssertTrue(schedule.isDue(at: 180))
        XCTAssertEqual(schedule.next, 240)
    }
}
