import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Issue 14, item 7: each source's polls, failures and records of the day (Vietnam time), for the sources screen's
/// error rate and records today. A new day starts from zero; a day's counts read as zero on a later day.
final class SourceTodayStoreTests: XCTestCase {
    func testTheDaysCountsAndTheirRollover() throws {
        let db = TemporaryDatabase()
        defer { db.remove() }
        let store = try db.openStore()
        try store.registerSource(SourceHealth(sourceID: "pakn", name: "PAKN", kind: "open311"))
        // 23:50 and 23:55 on 5 December, Vietnam time; then 00:05 on the 6th.
        let evening = ISO8601DateFormatter().date(from: "2026-12-05T16:50:00Z")!
        let event = CityEvent(kind: .feedback, externalID: "1", title: "x", status: .new, openedAt: evening, updatedAt: evening)
        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: [event, event]), at: evening, durationMs: 12)
        try store.recordFailure(sourceID: "pakn", error: "timeout", at: evening.addingTimeInterval(300), durationMs: 10_000)
        var health = try XCTUnwrap(try store.sourceHealth().first)
        XCTAssertEqual(health.today(at: evening.addingTimeInterval(400)).polls, 2)
        XCTAssertEqual(health.today(at: evening.addingTimeInterval(400)).failures, 1)
        XCTAssertEqual(health.today(at: evening.addingTimeInterval(400)).records, 2)
        XCTAssertEqual(health.errorRate(at: evening.addingTimeInterval(400)), 0.5)
        XCTAssertEqual(health.today(at: evening.addingTimeInterval(900)).polls, 0, "read after midnight: a new day")
        XCTAssertNil(health.errorRate(at: evening.addingTimeInterval(900)))

        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: [event]), at: evening.addingTimeInterval(900), durationMs: 8)
        health = try XCTUnwrap(try store.sourceHealth().first)
        let after = health.today(at: evening.addingTimeInterval(1000))
        XCTAssertEqual([after.polls, after.failures, after.records], [1, 0, 1], "counted again from zero")
    }
}
