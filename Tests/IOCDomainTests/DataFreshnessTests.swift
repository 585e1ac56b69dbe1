import Foundation
import IOCDomain
import XCTest

/// When data is old (one rule for the console and the wall), and a time shown with its date when not today's.
final class DataFreshnessTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_795_000_000)   // 2026-11-18 18:06:40 UTC+7

    private func source(_ status: SourceStatus = .ok, success age: TimeInterval?, interval: Double) -> SourceHealth {
        SourceHealth(sourceID: "s", name: "S", kind: "k", status: status,
                     lastSuccessAt: age.map { now.addingTimeInterval(-$0) }, intervalSeconds: interval)
    }

    /// (status, age of the last success, interval) → the dashboard is stale.
    func testTheDashboardIsStaleWhenNoSourceDeliveredCurrentData() {
        let table: [(SourceStatus, Double?, Double, Bool, String)] = [
            (.ok, 2, 1, false, "the simulator a moment ago"),
            (.ok, 120, 1, false, "two minutes: the floor"),
            (.ok, 121, 1, true, "past the floor"),
            (.ok, 13 * 86400, 1, true, "13 days"),
            (.ok, 170, 60, false, "under 3 intervals of 60 s"),
            (.ok, 181, 60, true, "over 3 intervals of 60 s"),
            (.down, 5, 1, true, "a source that is down"),
            (.unknown, nil, 1, true, "never delivered"),
        ]
        for (status, age, interval, stale, why) in table {
            let d = DashboardSnapshot(readAt: now, lastWriteAt: now, sources: [source(status, success: age, interval: interval)])
            XCTAssertEqual(DataFreshness.isStale(d, now: now), stale, why)
        }
        let one = DashboardSnapshot(readAt: now, sources: [source(success: 13 * 86400, interval: 1),
                                                            source(success: 3, interval: 1)])
        XCTAssertFalse(DataFreshness.isStale(one, now: now), "one current source is enough")
        XCTAssertFalse(DataFreshness.isStale(DashboardSnapshot(readAt: now), now: now), "an empty database has no data to be old")
    }

    /// The data time is the newest success: a failed poll writes too, but brings no data.
    func testTheDataTimeIsTheNewestSuccess() {
        var d = DashboardSnapshot(readAt: now, lastWriteAt: now, sources: [source(success: 600, interval: 1)])
        XCTAssertEqual(DataFreshness.dataTime(d), now.addingTimeInterval(-600))
        d.sources = []
        XCTAssertEqual(DataFreshness.dataTime(d), now)
    }

    func testATimeCarriesItsDateWhenItIsNotTodayInUTCPlus7() {
        let midnight = Date(timeIntervalSince1970: 1_795_021_200)   // 2026-11-19 00:00:00 UTC+7
        XCTAssertEqual(VietnamTime.clock(midnight.addingTimeInterval(-1), datedUnlessOn: midnight), "18/11/2026 23:59:59")
        XCTAssertEqual(VietnamTime.clock(midnight, datedUnlessOn: midnight.addingTimeInterval(86399)), "00:00:00")
        XCTAssertEqual(VietnamTime.clock(now, datedUnlessOn: now.addingTimeInterval(13 * 86400)), "18/11/2026 18:06:40")
    }
}
