import Foundation
import IOCDomain
@testable import IOCEngine
import IOCTestSupport
import XCTest

/// The fast time of `ioc poll --speed N`, driven through a test clock as its base.
final class SpeedClockTests: XCTestCase {
    static let origin = Date(timeIntervalSince1970: 1_767_225_600)

    func testDatesAdvanceSpeedTimesFasterThanTheBase() async {
        let base = WatchedClock()
        let fast = SpeedClock(speed: 3600, start: Self.origin, base: base)
        XCTAssertEqual(fast.date(), Self.origin)
        await base.advance(by: .seconds(2))
        XCTAssertEqual(fast.date().timeIntervalSince(Self.origin), 7200, accuracy: 1e-6, "2 s of the base are 2 h")
        await base.advance(by: .milliseconds(250))
        XCTAssertEqual(fast.date().timeIntervalSince(Self.origin), 8100, accuracy: 1e-6)
        XCTAssertEqual(fast.now.offset, .seconds(8100))
    }

    func testASleepLastsASpeedthOfItsDurationOnTheBase() async {
        let base = WatchedClock()
        let fast = SpeedClock(speed: 60, start: Self.origin, base: base)
        let woke = Locked<Date?>(nil)
        let task = Task {
            try await fast.sleep(for: .seconds(3600))
            woke.withLock { $0 = fast.date() }
        }
        let sleeping = await base.settle(sleeping: 1)
        XCTAssertTrue(sleeping)
        await base.advance(by: .seconds(59))
        XCTAssertEqual(base.pendingSleeps, 1, "an hour at ×60 is a minute of the base: not over after 59 s")
        XCTAssertNil(woke.withLock { $0 })
        await base.advance(by: .seconds(1))
        _ = try? await task.value
        XCTAssertEqual(try XCTUnwrap(woke.withLock { $0 }).timeIntervalSince(Self.origin), 3600, accuracy: 1e-6)
    }

    func testTheSchedulerPollsOnTheFastTime() async throws {
        let base = WatchedClock()
        let fast = SpeedClock(speed: 600, start: Self.origin, base: base)
        let connector = ScriptedConnector(sourceID: "sim", steps: [])
        let recorder = InMemoryRecorder()
        // Every 5 minutes of fast time: at ×600, every half second of the base.
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule(interval: 300, jitter: 0, timeout: 10))],
                                      recorder: recorder, now: { fast.date() }, clock: fast)
        let task = Task { await scheduler.run() }
        for step in 0..<6 {
            let settled = await base.settle(sleeping: 1) { connector.pollCount == step + 1 }
            XCTAssertTrue(settled, "poll \(step + 1) did not come")
            await base.advance(by: .milliseconds(500))
        }
        task.cancel()
        await task.value
        let times = connector.recordedCalls.prefix(6).map { $0.now.timeIntervalSince(Self.origin) }
        XCTAssertEqual(times.count, 6)
        for (i, t) in times.enumerated() { XCTAssertEqual(t, Double(i) * 300, accuracy: 1e-6) }
        XCTAssertGreaterThanOrEqual(recorder.successCount("sim"), 5, "each poll recorded")
    }

    func testASpeedBelowOneIsNotAClock() {
        XCTAssertEqual(SpeedClock(speed: 1, start: Self.origin, base: WatchedClock()).speed, 1)
    }
}
