import Foundation
import GRDB
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Issue 17, item 3: a poller that loses the store keeps its records in a local SQLite queue and forwards them, in
/// order and exactly once, when the store is back. Runs on both engines (the store suite's PostgreSQL pass too);
/// the cut is a `FlakyDatabase` in front of the real one.
final class OfflinePollRecorderTests: XCTestCase {
    private struct Setup {
        let store: CityStore
        let flaky: FlakyDatabase
        let queuePath: String
        let recorder: OfflinePollRecorder
    }

    private func makeSetup(queuePath: String? = nil) throws -> Setup {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let real = try temp.openStore()
        let flaky = FlakyDatabase(real.database)
        let store = CityStore(database: flaky, name: real.path, account: "tester")
        let path = queuePath ?? temp.folder + "/queue/poll-queue.sqlite"
        return Setup(store: store, flaky: flaky, queuePath: path,
                     recorder: try OfflinePollRecorder(store: store, queue: try PollQueue(path: path), host: "poller-1"))
    }

    private func batch(_ value: Double, at: Date, cursor: String) -> Batch {
        Batch(observations: [Observation(seriesKey: "aqi.test", time: at, value: value)], cursor: cursor)
    }

    /// Today's polls, failures and records of a source as the store counts them.
    private func today(_ store: CityStore, _ id: String) throws -> (polls: Int, failures: Int, records: Int) {
        let source = try XCTUnwrap(store.sourceHealth().first { $0.sourceID == id })
        let counts = source.today(at: Date())
        return (counts.polls, counts.failures, counts.records)
    }

    func testWhileTheStoreAnswersEveryRecordIsAppliedAtOnceAndNothingQueues() throws {
        let s = try makeSetup()
        let now = Date()
        try s.recorder.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(1, at: now, cursor: "c1"), at: now, durationMs: 5)
        try s.recorder.recordFailure(sourceID: "a", error: "timeout", at: now, durationMs: 5)
        XCTAssertEqual(s.recorder.backlog, 0)
        let written = s.recorder.written
        XCTAssertEqual([written.applied, written.queued, written.forwarded, written.setAside], [3, 0, 0, 0])
        XCTAssertEqual(try today(s.store, "a").polls, 2)
        XCTAssertEqual(try s.store.appliedSequence(poller: s.recorder.queue.pollerID), 3)
        XCTAssertEqual(try s.store.cursor(for: "a"), "c1")
    }

    func testRecordsMadeWhileTheStoreIsAwayWaitAndAreForwardedInOrderExactlyOnce() throws {
        let s = try makeSetup()
        let start = Date().addingTimeInterval(-600)
        try s.recorder.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(0, at: start, cursor: "c0"), at: start, durationMs: 1)

        s.flaky.mode = .down
        for i in 1...5 {
            let at = start.addingTimeInterval(Double(i) * 60)
            try s.recorder.recordSuccess(sourceID: "a", batch: batch(Double(i), at: at, cursor: "c\(i)"), at: at, durationMs: 1)
        }
        let failedAt = start.addingTimeInterval(360)
        try s.recorder.recordFailure(sourceID: "a", error: "HTTP 503", at: failedAt, durationMs: 2)
        XCTAssertEqual(s.recorder.backlog, 6, "six records wait")
        XCTAssertEqual(try s.recorder.cursor(for: "a"), "c5", "the next poll resumes after the queued ones")
        XCTAssertThrowsError(try s.recorder.forward(), "a forward while the store is away says why") { error in
            XCTAssertTrue(s.store.isUnreachable(error), "\(error)")
        }
        XCTAssertEqual(s.recorder.backlog, 6, "and loses nothing")

        s.flaky.mode = .up
        // Back: a new record joins the end of the queue rather than overtaking it.
        let later = start.addingTimeInterval(420)
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(7, at: later, cursor: "c7"), at: later, durationMs: 1)
        XCTAssertEqual(s.recorder.backlog, 7)
        let report = try s.recorder.forward()
        XCTAssertEqual(report.forwarded, 7)
        XCTAssertEqual(report.alreadyApplied, 0)
        XCTAssertEqual(report.waiting, 0)

        let counts = try today(s.store, "a")
        XCTAssertEqual(counts.polls, 8, "one registration is not a poll; 7 successes and 1 failure, each once")
        XCTAssertEqual(counts.failures, 1)
        let source = try XCTUnwrap(s.store.sourceHealth().first { $0.sourceID == "a" })
        XCTAssertEqual(source.lastSuccessAt.map { $0.timeIntervalSince1970.rounded() }, later.timeIntervalSince1970.rounded(),
                       "the last record applied is the last one made")
        XCTAssertEqual(source.consecutiveFailures, 0, "the failure came before the last success")
        XCTAssertEqual(try s.store.cursor(for: "a"), "c7")
        let values = try s.store.series(key: "aqi.test", since: start.addingTimeInterval(-1), now: Date()).map(\.value)
        XCTAssertEqual(values, [0, 1, 2, 3, 4, 5, 7], "every observation once, in time order")
        let backlog = try XCTUnwrap(s.store.pollerBacklogs().first)
        XCTAssertEqual(backlog.host, "poller-1")
        XCTAssertEqual(backlog.queued, 0, "the store was told the queue drained")
        XCTAssertEqual(backlog.forwarded, 7)
        XCTAssertEqual(backlog.applied, 9)
        XCTAssertEqual(backlog.lastSequence, 9)
    }

    func testARecordWhoseCommitWasNotConfirmedIsAppliedOnce() throws {
        let s = try makeSetup()
        let now = Date()
        try s.recorder.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))
        s.flaky.mode = .commitLost
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(1, at: now, cursor: "c1"), at: now, durationMs: 1)
        XCTAssertEqual(s.recorder.backlog, 1, "the poller cannot know it was written: it keeps it")
        s.flaky.mode = .up
        let report = try s.recorder.forward()
        XCTAssertEqual(report.forwarded, 0)
        XCTAssertEqual(report.alreadyApplied, 1, "the store recognises the record by its number")
        XCTAssertEqual(s.recorder.written.alreadyApplied, 1)
        XCTAssertEqual(s.recorder.backlog, 0)
        XCTAssertEqual(try today(s.store, "a").polls, 1, "counted once")
    }

    func testARestartedPollerForwardsWhatItQueuedBeforeAndNumbersOnAfterIt() throws {
        let s = try makeSetup()
        let now = Date()
        var first: OfflinePollRecorder? = try OfflinePollRecorder(store: s.store, queue: try PollQueue(path: s.queuePath + ".2"))
        try first?.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))
        s.flaky.mode = .down
        try first?.recordSuccess(sourceID: "a", batch: batch(1, at: now, cursor: "c1"), at: now, durationMs: 1)
        try first?.recordSuccess(sourceID: "a", batch: batch(2, at: now + 1, cursor: "c2"), at: now + 1, durationMs: 1)
        XCTAssertThrowsError(try PollQueue(path: s.queuePath + ".2"), "a second poller on the same queue is refused") { error in
            XCTAssertTrue("\(error)".contains("holds its lock"), "\(error)")
        }
        let pollerID = try XCTUnwrap(first?.queue.pollerID)
        // The process ends (its queue and lock go); a new one starts on the same file once the store is back.
        first = nil
        s.flaky.mode = .up
        let second = try OfflinePollRecorder(store: s.store, queue: try PollQueue(path: s.queuePath + ".2"))
        XCTAssertEqual(second.queue.pollerID, pollerID, "the identity is kept in the queue file")
        XCTAssertEqual(second.backlog, 2)
        try second.recordSuccess(sourceID: "a", batch: batch(3, at: now + 2, cursor: "c3"), at: now + 2, durationMs: 1)
        XCTAssertEqual(second.backlog, 3, "behind the two from before")
        XCTAssertEqual(try second.forward().forwarded, 3)
        XCTAssertEqual(try today(s.store, "a").polls, 3)
        XCTAssertEqual(try s.store.appliedSequence(poller: pollerID), 4, "registration 1, the queued 2 and 3, the new one 4")
        XCTAssertEqual(try s.store.series(key: "aqi.test", since: now - 1, now: now + 10).map(\.value), [1, 2, 3])
    }

    func testARecordTheStoreRefusesIsSetAsideAndTheRestGoOn() throws {
        let s = try makeSetup()
        let now = Date()
        try s.recorder.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))
        s.flaky.mode = .down
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(1, at: now, cursor: "c1"), at: now, durationMs: 1)
        s.flaky.mode = .refusing
        XCTAssertThrowsError(try s.recorder.forward(), "the failure to say it was set aside is the forward's error")
        XCTAssertEqual(s.recorder.backlog, 0, "set aside: it no longer holds the queue back")
        let kept = try s.recorder.queue.setAsideRecords()
        XCTAssertEqual(kept.map(\.sourceID), ["a"])
        XCTAssertTrue(kept.first?.reason.contains("value too long") == true, "\(kept)")
        s.flaky.mode = .up
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(2, at: now + 1, cursor: "c2"), at: now + 1, durationMs: 1)
        XCTAssertEqual(s.recorder.written.setAside, 1)
        XCTAssertEqual(try s.store.series(key: "aqi.test", since: now - 1, now: now + 10).map(\.value), [2])
    }

    func testARecordTheQueueCannotReadBackIsSetAsideAndTheRestGoOn() throws {
        let s = try makeSetup()
        let now = Date()
        try s.recorder.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))
        s.flaky.mode = .down
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(1, at: now, cursor: "c1"), at: now, durationMs: 1)
        try s.recorder.recordSuccess(sourceID: "a", batch: batch(2, at: now + 1, cursor: "c2"), at: now + 1, durationMs: 1)
        // The first queued record's body damaged (or written by a version that reads differently).
        let file = try DatabaseQueue(path: s.queuePath)
        try file.write { db in try db.execute(sql: "UPDATE queued SET body = ? WHERE seq = (SELECT MIN(seq) FROM queued)",
                                              arguments: [Data("{not a record".utf8)]) }
        s.flaky.mode = .up
        let report = try s.recorder.forward()
        XCTAssertEqual(report.setAside, 1)
        XCTAssertEqual(report.forwarded, 1, "the one after it is not held back")
        XCTAssertEqual(s.recorder.backlog, 0)
        XCTAssertTrue(try s.recorder.queue.setAsideRecords().first?.reason.contains("cannot be read back") == true)
        XCTAssertEqual(try s.store.series(key: "aqi.test", since: now - 1, now: now + 10).map(\.value), [2])
    }

    func testARecordSurvivesTheQueueWithNonFiniteNumbersAndItsTimes() throws {
        let at = Date(timeIntervalSince1970: 1_796_000_000.123)
        let record = PollRecord.succeeded(sourceID: "a", batch: Batch(
            observations: [Observation(seriesKey: "x", time: at, value: .infinity),
                           Observation(seriesKey: "x", time: at + 1, value: -2.5)],
            events: [], cursor: "c", rejected: "1 of 3 records rejected"), at: at, durationMs: .nan)
        let back = try PollRecord.decoded(try record.encoded())
        guard case .succeeded(let id, let batch, let when, let duration) = back else { return XCTFail("\(back)") }
        XCTAssertEqual(id, "a")
        XCTAssertEqual(batch.observations.map(\.value).first, .infinity)
        XCTAssertEqual(batch.observations.last?.value, -2.5)
        XCTAssertEqual(batch.cursor, "c")
        XCTAssertEqual(batch.rejected, "1 of 3 records rejected")
        XCTAssertEqual(when.timeIntervalSince1970, at.timeIntervalSince1970, accuracy: 0.001)
        XCTAssertTrue(duration.isNaN)
    }
}
