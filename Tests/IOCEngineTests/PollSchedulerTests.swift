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

    /// A scheduler on a watched test clock: recorded times are `origin` plus the clock's elapsed time, and jitter
    /// takes `random` (0.5: none).
    private func scheduler(_ sources: [(connector: any Connector, schedule: SourceSchedule)], _ recorder: InMemoryRecorder,
                           _ clock: WatchedClock, random: @escaping @Sendable () -> Double = { 0.5 }) -> PollScheduler {
        PollScheduler(sources: sources, recorder: recorder, now: { Self.origin.addingTimeInterval(clock.elapsed) },
                      clock: clock, random: random)
    }

    private static let origin = Date(timeIntervalSince1970: 1_795_300_000)

    /// Moves the clock on in steps of `step` until `until`, after each step waiting until `sleeping` sleeps are
    /// pending again (every task of the scheduler is waiting on the clock), then runs `check` with the time.
    private func drive(_ clock: WatchedClock, to until: Duration, step: Duration = .milliseconds(10), sleeping: Int,
                       file: StaticString = #filePath, line: UInt = #line,
                       check: (TimeInterval) -> Void = { _ in }) async {
        var t = Duration.zero
        while t < until {
            await clock.advance(by: step)
            t += step
            let settled = await clock.settle(sleeping: sleeping)
            XCTAssertTrue(settled, "at \(t): \(clock.pendingSleeps) sleeps pending, not \(sleeping)", file: file, line: line)
            check(clock.elapsed)
        }
    }

    /// Starts `run()` and waits until `sleeping` sleeps are pending and `condition` holds.
    private func start(_ scheduler: PollScheduler, _ clock: WatchedClock, sleeping: Int,
                       until condition: () -> Bool = { true }) async -> Task<Void, Never> {
        let task = Task.detached { await scheduler.run() }
        let settled = await clock.settle(sleeping: sleeping, until: condition)
        XCTAssertTrue(settled, "the first polls did not settle: \(clock.pendingSleeps) sleeps pending")
        return task
    }

    private func stop(_ task: Task<Void, Never>) async {
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
        let clock = WatchedClock()
        let connector = ScriptedConnector(sourceID: "a", steps: [.delay(5, batch("late"))], clock: clock)
        let recorder = InMemoryRecorder()
        let scheduler = scheduler([(connector, SourceSchedule(timeout: 0.05))], recorder, clock)
        async let outcome = scheduler.pollOnce(sourceID: "a")
        // The connector's 5 s delay and the 0.05 s timer are both waiting.
        let waiting = await clock.settle(sleeping: 2)
        XCTAssertTrue(waiting)
        await clock.advance(by: .milliseconds(50))
        let result = await outcome
        XCTAssertEqual(result, .failure("timeout after 0.05s"))
        XCTAssertEqual(recorder.successCount("a"), 0)
        XCTAssertEqual(recorder.failures("a").map(\.durationMs), [50], "the duration is measured on the clock")
        XCTAssertEqual(recorder.failures("a").map(\.at), [Self.origin.addingTimeInterval(0.05)])
    }

    func testWholeSecondTimeoutUsesPollErrorWording() {
        XCTAssertEqual(PollScheduler.timeoutMessage(10), "timeout after 10s")
        XCTAssertEqual(PollScheduler.timeoutMessage(0.25), "timeout after 0.25s")
    }

    func testHangingConnectorIsNeverOverlapped() async {
        let clock = WatchedClock()
        let connector = ScriptedConnector(sourceID: "hang", steps: [.hang(0.6)], clock: clock)
        let recorder = InMemoryRecorder()
        let schedule = SourceSchedule(interval: 0.02, jitter: 0, timeout: 0.05, maxBackoff: 0.04)
        let scheduler = scheduler([(connector, schedule)], recorder, clock)
        // Waiting: the hung call, and the poll's timer or the loop between polls.
        let task = await start(scheduler, clock, sleeping: 2) { connector.pollCount == 1 }
        await drive(clock, to: .milliseconds(400), sleeping: 2)
        await stop(task)
        XCTAssertEqual(connector.pollCount, 1, "a second poll started while the first still ran")
        XCTAssertEqual(connector.maxConcurrentPolls, 1)
        let errors = recorder.failures("hang").map(\.error)
        XCTAssertEqual(errors.first, "timeout after 0.05s")
        // After the timeout at 0.05 the loop comes back every 0.04 s (the backoff cap): 0.09, 0.13, …, 0.37.
        XCTAssertEqual(errors.dropFirst(), ArraySlice(Array(repeating: "previous poll still running", count: 8)))
        XCTAssertEqual(recorder.health("hang")?.status, .down)
    }

    func testHangingSourceDoesNotDelayOthers() async {
        let clock = WatchedClock()
        let hanging = ScriptedConnector(sourceID: "hang", steps: [], whenExhausted: .hang(2), clock: clock)
        let fast = ScriptedConnector(sourceID: "fast", steps: [], clock: clock)
        let recorder = InMemoryRecorder()
        let scheduler = scheduler([
            (hanging, SourceSchedule(interval: 0.02, jitter: 0, timeout: 0.1, maxBackoff: 0.05)),
            (fast, SourceSchedule(interval: 0.02, jitter: 0.2, timeout: 0.1)),
        ], recorder, clock)
        // Waiting: the hung call, the hanging source's timer or loop, and the fast source's loop.
        let task = await start(scheduler, clock, sleeping: 3) { recorder.successCount("fast") == 1 }
        var fastByTime: [Int] = []
        await drive(clock, to: .milliseconds(600), step: .milliseconds(20), sleeping: 3) { _ in
            fastByTime.append(recorder.successCount("fast"))
        }
        await stop(task)
        // One poll at 0 and one every 0.02 s after it, whatever the hanging source does. A step's count may trail by
        // one when its poll lands on the step's boundary and is read just before it is recorded (CI once saw 27 twice
        // under load); never by more, and never out of order.
        XCTAssertEqual(fastByTime.count, 30)
        for (step, count) in fastByTime.enumerated() {
            XCTAssertTrue((step + 1)...(step + 2) ~= count, "after \(step + 1) steps: \(count) polls of the fast source")
        }
        XCTAssertEqual(fastByTime, fastByTime.sorted())
        XCTAssertGreaterThanOrEqual(fastByTime.last ?? 0, 30)
        XCTAssertEqual(hanging.pollCount, 1)
    }

    func testFailuresBackOffExponentially() async {
        let clock = WatchedClock()
        let failing = ScriptedConnector(sourceID: "bad", steps: [], whenExhausted: .error("down"), clock: clock)
        let recorder = InMemoryRecorder()
        let schedule = SourceSchedule(interval: 1, jitter: 0, timeout: 10, maxBackoff: 8)
        let scheduler = scheduler([(failing, schedule)], recorder, clock)
        let task = await start(scheduler, clock, sleeping: 1) { recorder.failures("bad").count == 1 }
        await drive(clock, to: .seconds(30), step: .seconds(1), sleeping: 1)
        await stop(task)
        // Delays 2, 4, 8, then 8 (the cap): polls at 0, 2, 6, 14, 22, 30.
        XCTAssertEqual(recorder.failures("bad").map { $0.at.timeIntervalSince(Self.origin) }, [0, 2, 6, 14, 22, 30])
        XCTAssertEqual(failing.pollCount, 6)
    }

    func testJitterPlacesEachDelayInItsBand() async {
        let clock = WatchedClock()
        let connector = ScriptedConnector(sourceID: "a", steps: [], clock: clock)
        let recorder = InMemoryRecorder()
        let draws = TestLocked([1.0, 0.0, 0.5, 0.75])
        let scheduler = scheduler([(connector, SourceSchedule(interval: 10, jitter: 0.2))], recorder, clock,
                                  random: { draws.withLock { $0.isEmpty ? 0.5 : $0.removeFirst() } })
        let task = await start(scheduler, clock, sleeping: 1) { recorder.successCount("a") == 1 }
        await drive(clock, to: .seconds(41), step: .milliseconds(500), sleeping: 1)
        await stop(task)
        // +20 %, −20 %, none, +10 %: polls at 0, 12, 20, 30, 41.
        XCTAssertEqual(recorder.batches("a").indices.count, 5)
        XCTAssertEqual(connector.recordedCalls.map { $0.now.timeIntervalSince(Self.origin) }, [0, 12, 20, 30, 41])
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
        let clock = WatchedClock()
        let connector = ScriptedConnector(sourceID: "a", steps: [.error("x"), .error("y")],
                                          whenExhausted: .batch(batch("ok")), clock: clock)
        let recorder = InMemoryRecorder()
        let scheduler = scheduler([(connector, SourceSchedule(interval: 0.02, jitter: 0, maxBackoff: 1))], recorder, clock)
        _ = await scheduler.pollOnce(sourceID: "a")
        _ = await scheduler.pollOnce(sourceID: "a")
        XCTAssertEqual(scheduler.consecutiveFailures(sourceID: "a"), 2)
        let outcome = await scheduler.pollOnce(sourceID: "a")
        XCTAssertTrue(outcome.isSuccess)
        XCTAssertEqual(scheduler.consecutiveFailures(sourceID: "a"), 0)
        XCTAssertEqual(recorder.health("a")?.status, .ok)
        let task = await start(scheduler, clock, sleeping: 1) { recorder.successCount("a") == 2 }
        await drive(clock, to: .milliseconds(300), step: .milliseconds(20), sleeping: 1)
        await stop(task)
        XCTAssertEqual(recorder.successCount("a"), 1 + 16, "back to the normal interval: polls at 0, 0.02, …, 0.3")
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
        let clock = WatchedClock()
        let connector = ScriptedConnector(sourceID: "slow", steps: [], whenExhausted: .delay(5, Batch()), clock: clock)
        let recorder = InMemoryRecorder()
        let scheduler = scheduler([(connector, SourceSchedule(interval: 1, timeout: 10))], recorder, clock)
        // The call's delay and its timer wait on the clock, which never moves: only cancelling can end the run.
        let task = await start(scheduler, clock, sleeping: 2) { connector.pollCount == 1 }
        await stop(task)
        XCTAssertEqual(connector.pollCount, 1)
        XCTAssertEqual(recorder.failures("slow").count, 0, "a cancelled poll is not a failure of the source")
        // The call was cancelled, not awaited (a connector may ignore it); this one honours it and ends.
        let drained = await clock.settle(sleeping: 0)
        XCTAssertTrue(drained, "the cancelled call still waits: \(clock.pendingSleeps)")
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

/// Issue 14, item 7: operators' controls on the test clock — a "poll now" asked after the last poll starts one
/// within a control tick, a paused source is not polled (not even on request), and resuming takes the request.
final class PollSchedulerControlTests: XCTestCase {
    private static let origin = Date(timeIntervalSince1970: 1_795_300_000)

    func testPollNowPauseAndResume() async {
        let clock = WatchedClock()
        let recorder = InMemoryRecorder()
        let connector = ScriptedConnector(sourceID: "a", steps: [.batch(Batch(cursor: "c"))])
        let now: @Sendable () -> Date = { Self.origin.addingTimeInterval(clock.elapsed) }
        let scheduler = PollScheduler(sources: [(connector, SourceSchedule(interval: 60))], recorder: recorder, now: now,
                                      clock: clock, random: { 0.5 }, controlInterval: .seconds(1))
        // The control reader and the source's wait: two sleepers when all is quiet.
        let task = Task.detached { await scheduler.run() }
        func run(seconds: Int) async {
            for _ in 0..<(seconds * 10) {
                await clock.advance(by: .milliseconds(100))
                let settled = await clock.settle(sleeping: 2)
                XCTAssertTrue(settled, "at \(clock.elapsed) s: \(clock.pendingSleeps) sleeps pending")
            }
        }
        let started = await clock.settle(sleeping: 2) { connector.pollCount == 1 }
        XCTAssertTrue(started)
        await run(seconds: 5)
        XCTAssertEqual(connector.pollCount, 1, "a source polled every 60 s is not polled again after 5 s")

        recorder.setControl("a", SourceControl(pollRequestedAt: now()))
        await run(seconds: 3)
        XCTAssertEqual(connector.pollCount, 2, "polled on request within a tick or two")
        await run(seconds: 3)
        XCTAssertEqual(connector.pollCount, 2, "a request already served is not served again")

        recorder.setControl("a", SourceControl(paused: true, pollRequestedAt: now()))
        await run(seconds: 5)
        XCTAssertEqual(connector.pollCount, 2, "paused: not polled, not even on request")

        recorder.setControl("a", SourceControl(paused: false, pollRequestedAt: now()))
        await run(seconds: 3)
        XCTAssertEqual(connector.pollCount, 3, "resumed: the request is taken")
        task.cancel()
        await task.value
    }
}
