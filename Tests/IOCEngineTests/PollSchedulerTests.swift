import Foundation
import IOCDomain
@testable import IOCEngine
import IOCTestSupport
import XCTest

final class PollSchedulerTests: XCTestCase {
    private func batch(_ cursor: String, observations: Int = 1) -> Batch {
        let values = (0..<observations).map {
            Observation(seriesKey: "s", time: Date(timeIntervalSince1970: Double($0)), value: Double($0))
        }
        return Batch(observations: values, events: [], cursor: cursor)
    }

    /// Runs the scheduler for `seconds`, then cancels it and waits for it to stop.
    private func run(_ scheduler: PollScheduler, for seconds: TimeInterval,
                     midway: (@Sendable () -> Void)? = nil) async {
        let task = Task.detached { await scheduler.run() }
        if let midway {
            try? await Task.sleep(nanoseconds: UInt64(seconds / 2 * 1e9))
            midway()
            try? await Task.sleep(nanoseconds: UInt64(seconds / 2 * 1e9))
        } else {
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
        }
        task.cancel()
        await task.value
    }

    func testPollOnceRecordsBatchRegistersSourceAndCarriesCursor() async {
        let connector = ScriptedConnector(sourceID: "a", displayName: "Nguồn A", kind: "test",
                                          steps: [.batch(batch("c1", observations: 3)), .batch(batch("c2"))])
        let recorder = InMemoryRecorder(cursors: ["a": "c0"])
        let clock = FixedClock()
        let changed = TestLocked([String]())
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule(interval: 7))], recorder: recorder,
                                      now: clock.now, onChange: { id in changed.withLock { $0.append(id) } })

        let first = await scheduler.pollOnce(sourceID: "a")
        guard case .success(let observations, let events, _) = first else { return XCTFail("\(first)") }
        XCTAssertEqual(observations, 3)
        XCTAssertEqual(events, 0)
        clock.advance(by: 60)
        _ = await scheduler.pollOnce(sourceID: "a")

        XCTAssertEqual(connector.recordedCalls.map(\.cursor), ["c0", "c1"])
        XCTAssertEqual(connector.recordedCalls.map(\.now), [clock.date - 60, clock.date])
        XCTAssertEqual(recorder.successCount("a"), 2)
        let health = recorder.health("a")
        XCTAssertEqual(health?.name, "Nguồn A")
        XCTAssertEqual(health?.kind, "test")
        XCTAssertEqual(health?.intervalSeconds, 7)
        XCTAssertEqual(health?.status, .ok)
        XCTAssertEqual(changed.withLock { $0 }, ["a", "a"])
    }

    func testUnknownSourceIsAFailure() async {
        let scheduler = PollScheduler(sources: [], recorder: InMemoryRecorder())
        let outcome = await scheduler.pollOnce(sourceID: "nope")
        XCTAssertEqual(outcome, .failure("unknown source nope"))
    }

    func testErrorsAreSanitisedAndBounded() async {
        let nasty = "boom\u{1B}[31m\u{07}" + String(repeating: "x", count: 1000)
        let connector = ScriptedConnector(sourceID: "a", steps: [.error(nasty)])
        let recorder = InMemoryRecorder()
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule())], recorder: recorder)
        let outcome = await scheduler.pollOnce(sourceID: "a")
        guard case .failure(let message) = outcome else { return XCTFail("expected failure") }
        XCTAssertLessThanOrEqual(message.count, 300)
        XCTAssertTrue(message.hasPrefix("transport error: boomxxx"), message)
        XCTAssertFalse(message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        XCTAssertEqual(recorder.failures("a").map(\.error), [message])
        XCTAssertEqual(recorder.health("a")?.status, .degraded)
        XCTAssertEqual(scheduler.consecutiveFailures(sourceID: "a"), 1)
    }

    func testSlowPollTimesOut() async {
        let connector = ScriptedConnector(sourceID: "a", steps: [.delay(5, batch("late"))])
        let recorder = InMemoryRecorder()
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule(timeout: 0.05))], recorder: recorder)
        let started = Date()
        let outcome = await scheduler.pollOnce(sourceID: "a")
        XCTAssertEqual(outcome, .failure("timeout after 0.05s"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(recorder.successCount("a"), 0)
        XCTAssertEqual(recorder.failures("a").count, 1)
    }

    func testWholeSecondTimeoutUsesPollErrorWording() {
        XCTAssertEqual(PollScheduler.timeoutMessage(10), "timeout after 10s")
        XCTAssertEqual(PollScheduler.timeoutMessage(0.25), "timeout after 0.25s")
    }

    func testHangingConnectorIsNeverOverlapped() async {
        let connector = ScriptedConnector(sourceID: "hang", steps: [.hang(0.6)])
        let recorder = InMemoryRecorder()
        let schedule = SourceSchedule(interval: 0.02, jitter: 0, timeout: 0.05, maxBackoff: 0.04)
        let scheduler = PollScheduler(sources: [(connector, schedule)], recorder: recorder)
        await run(scheduler, for: 0.4)
        XCTAssertEqual(connector.pollCount, 1, "a second poll started while the first still ran")
        XCTAssertEqual(connector.maxConcurrentPolls, 1)
        let errors = recorder.failures("hang").map(\.error)
        XCTAssertEqual(errors.first, "timeout after 0.05s")
        XCTAssertTrue(errors.dropFirst().contains("previous poll still running"), "\(errors)")
        XCTAssertEqual(recorder.health("hang")?.status, .down)
    }

    func testHangingSourceDoesNotDelayOthers() async {
        let hanging = ScriptedConnector(sourceID: "hang", steps: [], whenExhausted: .hang(2))
        let fast = ScriptedConnector(sourceID: "fast", steps: [])
        let recorder = InMemoryRecorder()
        let scheduler = PollScheduler(sources: [
            (hanging, SourceSchedule(interval: 0.02, jitter: 0, timeout: 0.1, maxBackoff: 0.05)),
            (fast, SourceSchedule(interval: 0.02, jitter: 0.2, timeout: 0.1)),
        ], recorder: recorder)
        let midwayCount = TestLocked(0)
        await run(scheduler, for: 0.6, midway: { midwayCount.withLock { $0 = recorder.successCount("fast") } })
        let atMidway = midwayCount.withLock { $0 }
        let atEnd = recorder.successCount("fast")
        XCTAssertGreaterThanOrEqual(atMidway, 5)
        XCTAssertGreaterThanOrEqual(atEnd, atMidway + 5, "the fast source stalled: \(atMidway) → \(atEnd)")
        XCTAssertEqual(hanging.pollCount, 1)
    }

    func testFailuresBackOffExponentially() async {
        let failing = ScriptedConnector(sourceID: "bad", steps: [], whenExhausted: .error("down"))
        let recorder = InMemoryRecorder()
        let schedule = SourceSchedule(interval: 0.02, jitter: 0, timeout: 1, maxBackoff: 0.16)
        let scheduler = PollScheduler(sources: [(failing, schedule)], recorder: recorder)
        await run(scheduler, for: 0.5)
        // Without backoff ~25 polls; with it: 0, 0.04, 0.12, 0.28, 0.44.
        XCTAssertGreaterThanOrEqual(failing.pollCount, 3)
        XCTAssertLessThanOrEqual(failing.pollCount, 7)
        let times = recorder.failures("bad").map(\.at)
        XCTAssertEqual(times.count, failing.pollCount)
        if times.count >= 4 {
            let firstGap = times[1].timeIntervalSince(times[0])
            let thirdGap = times[3].timeIntervalSince(times[2])
            XCTAssertGreaterThan(thirdGap, firstGap * 2.5, "gaps: \(firstGap), \(thirdGap)")
        }
    }

    func testBackoffDelayFormula() {
        let schedule = SourceSchedule(interval: 5, jitter: 0, timeout: 10, maxBackoff: 60)
        XCTAssertEqual(schedule.delay(consecutiveFailures: 0, unitRandom: 0.5), 5)
        XCTAssertEqual(schedule.delay(consecutiveFailures: 1, unitRandom: 0.5), 10)
        XCTAssertEqual(schedule.delay(consecutiveFailures: 3, unitRandom: 0.5), 40)
        XCTAssertEqual(schedule.delay(consecutiveFailures: 4, unitRandom: 0.5), 60)
        XCTAssertEqual(schedule.delay(consecutiveFailures: 1000, unitRandom: 0.5), 60)
        let jittered = SourceSchedule(interval: 10, jitter: 0.2, maxBackoff: 60)
        XCTAssertEqual(jittered.delay(consecutiveFailures: 0, unitRandom: 0), 8, accuracy: 1e-9)
        XCTAssertEqual(jittered.delay(consecutiveFailures: 0, unitRandom: 1), 12, accuracy: 1e-9)
        let tinyCap = SourceSchedule(interval: 30, jitter: 0, maxBackoff: 10)
        XCTAssertEqual(tinyCap.delay(consecutiveFailures: 2, unitRandom: 0.5), 30)
    }

    func testSuccessResetsFailuresAndRestoresInterval() async {
        let connector = ScriptedConnector(sourceID: "a", steps: [.error("x"), .error("y")],
                                          whenExhausted: .batch(batch("ok")))
        let recorder = InMemoryRecorder()
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule(interval: 0.02, jitter: 0,
                                                                           maxBackoff: 1))],
                                      recorder: recorder)
        _ = await scheduler.pollOnce(sourceID: "a")
        _ = await scheduler.pollOnce(sourceID: "a")
        XCTAssertEqual(scheduler.consecutiveFailures(sourceID: "a"), 2)
        let outcome = await scheduler.pollOnce(sourceID: "a")
        XCTAssertTrue(outcome.isSuccess)
        XCTAssertEqual(scheduler.consecutiveFailures(sourceID: "a"), 0)
        XCTAssertEqual(recorder.health("a")?.status, .ok)
        await run(scheduler, for: 0.3)
        XCTAssertGreaterThanOrEqual(recorder.successCount("a"), 8, "did not return to the normal interval")
    }

    func testRecorderErrorIsAFailureNotACrash() async {
        let connector = ScriptedConnector(sourceID: "a", steps: [], whenExhausted: .batch(batch("c")))
        let recorder = InMemoryRecorder()
        recorder.failSuccessWrites(with: "disk I/O error")
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule())], recorder: recorder)
        let outcome = await scheduler.pollOnce(sourceID: "a")
        XCTAssertEqual(outcome, .failure("recorder error: disk I/O error"))
        XCTAssertEqual(recorder.failures("a").map(\.error), ["recorder error: disk I/O error"])
        recorder.failSuccessWrites(with: nil)
        let next = await scheduler.pollOnce(sourceID: "a")
        XCTAssertTrue(next.isSuccess)
        XCTAssertEqual(connector.recordedCalls.map(\.cursor), [nil, nil], "a cursor advanced without a write")
    }

    func testCancellingRunStopsPromptly() async {
        let connector = ScriptedConnector(sourceID: "slow", steps: [], whenExhausted: .delay(5, Batch()))
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule(interval: 1, timeout: 10))],
                                      recorder: InMemoryRecorder())
        let started = Date()
        await run(scheduler, for: 0.1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
        XCTAssertEqual(connector.pollCount, 1)
    }

    func testSchedulerRecordsASimulatorPoll() async {
        let model = try! CityModel.load(.haiphong)
        let clock = FixedClock(Date(timeIntervalSince1970: 1_763_521_200))
        let simulator = SimulatorConnector(city: .haiphong, seed: 1, model: model)
        let recorder = InMemoryRecorder()
        let scheduler = PollScheduler(sources: [(simulator, SourceSchedule(interval: 1))], recorder: recorder,
                                      now: clock.now)
        let first = await scheduler.pollOnce(sourceID: "simulator")
        clock.advance(by: 1)
        let withinTheMinute = await scheduler.pollOnce(sourceID: "simulator")
        clock.advance(by: 59)
        let second = await scheduler.pollOnce(sourceID: "simulator")
        guard case .success(let observations, let events, _) = first,
              case .success(let quietObservations, _, _) = withinTheMinute,
              case .success(let nextObservations, _, _) = second else {
            return XCTFail("\(first) \(withinTheMinute) \(second)")
        }
        XCTAssertEqual(quietObservations, 16, "within the minute only the traffic: 8 corridors × 2")
        XCTAssertGreaterThan(observations, 1000)
        XCTAssertGreaterThan(events, 1000)
        XCTAssertEqual(nextObservations, 31) // 8 corridors × 2, 7 stations, 5 gauges, rain, 2 counters
        XCTAssertEqual(recorder.health("simulator")?.name, "Mô phỏng Hải Phòng")
        XCTAssertEqual(recorder.health("simulator")?.nameEN, "Simulated Hải Phòng")
        XCTAssertEqual(recorder.batches("simulator").last?.observations.first?.time, clock.date)
    }
}
