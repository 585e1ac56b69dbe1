import Foundation
import IOCDomain
import XCTest

/// When a source counts as late: its last attempt far older than its schedule allows (issue 12, item 5).
final class SourceHealthTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_795_000_000)

    private func health(_ status: SourceStatus, ageSeconds: Double?, interval: Double, failures: Int = 0) -> SourceHealth {
        SourceHealth(sourceID: "s", name: "S", kind: "k", status: status,
                     lastAttemptAt: ageSeconds.map { now.addingTimeInterval(-$0) }, consecutiveFailures: failures,
                     intervalSeconds: interval)
    }

    /// (recorded status, last attempt age, interval, consecutive failures) → status shown at `now`.
    func testLastAttemptAgeAndIntervalGiveTheShownStatus() {
        let table: [(SourceStatus, Double?, Double, Int, SourceStatus, String)] = [
            (.ok, 4, 5, 0, .ok, "just polled"),
            (.ok, 119, 5, 0, .ok, "below the 2-minute floor"),
            (.ok, 121, 5, 0, .late, "past the floor, many intervals"),
            (.ok, 1200, 5, 0, .late, "the dead poller of issue 12: 20 minutes without a poll"),
            (.ok, 1200, 1, 0, .late, "the simulator at 1 s"),
            (.ok, 170, 60, 0, .ok, "less than 3 intervals of 60 s"),
            (.ok, 181, 60, 0, .late, "more than 3 intervals of 60 s"),
            (.ok, 3 * 3600, 3600, 0, .ok, "an hourly source 3 hours after its last poll"),
            (.ok, 3 * 3600 + 1, 3600, 0, .late, "an hourly source just past 3 intervals"),
            (.degraded, 200, 60, 2, .degraded, "backing off: 240 s between attempts, late only after 720 s"),
            (.degraded, 721, 60, 2, .late, "backing off, and still nothing after 3 gaps"),
            (.down, 170, 2, 5, .down, "down, waiting the 60 s backoff cap"),
            (.down, 5000, 2, 5, .down, "down stays down when the polls stop too"),
            (.unknown, nil, 5, 0, .unknown, "never attempted is unknown, not late"),
        ]
        for (recorded, age, interval, failures, expected, why) in table {
            XCTAssertEqual(health(recorded, ageSeconds: age, interval: interval, failures: failures).status(at: now),
                           expected, why)
        }
    }

    func testLateIsShownOnTheCopyAndTheRecordedHealthIsUnchanged() {
        let h = health(.ok, ageSeconds: 1200, interval: 5)
        XCTAssertTrue(h.isLate(at: now))
        XCTAssertEqual(h.shown(at: now).status, .late)
        XCTAssertEqual(h.status, .ok)
        XCTAssertFalse(h.isLate(at: now.addingTimeInterval(-1100)), "the same source 100 s after its last poll")
    }
}
