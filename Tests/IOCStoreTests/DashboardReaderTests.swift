import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// The incremental dashboard read: which writes make which parts re-read, and that the result always equals a
/// full read.
final class DashboardReaderTests: XCTestCase {
    private typealias F = CityFixture

    /// The database of the last `openStore()`, to open it afresh as another process would.
    private var temp: TemporaryDatabase?

    func openStore() throws -> CityStore {
        let temp = TemporaryDatabase()
        self.temp = temp
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.registerSource(F.source())
        try store.recordSuccess(sourceID: "sim", batch: Batch(
            // Series that no case writes again: the reader keeps their readings (one seek each), and every refresh
            // must still equal a full read.
            seriesDefinitions: [F.series("traffic.speed", pillar: .publicOrder), F.series("aqi.st1", pillar: .publicOrder),
                                F.series("kt.grdp", pillar: .socioEconomic)],
            observations: F.observations("traffic.speed", count: 3, step: 1, end: F.t0) { Double(30 + $0) }
                + F.observations("aqi.st1", count: 20, step: 600, end: F.t0 - 5) { Double(80 + $0) }
                + F.observations("kt.grdp", count: 4, step: 30 * 86_400, end: F.t0 - F.day) { Double(7 + $0) },
            events: [F.event(.dossier, "d1", status: .inProgress, openedAgo: F.day, due: F.day)],
            agencies: F.agencies), at: F.t0, durationMs: 1)
        return store
    }

    /// (write, parts re-read at the next refresh one second later): each write re-reads only what it changed.
    func testEachWriteReReadsOnlyTheChangedParts() throws {
        let store = try openStore()
        let reader = DashboardReader(store: store, clockRefresh: 30)
        XCTAssertNotNil(try reader.refresh(now: F.t0))
        XCTAssertEqual(reader.lastParts, .all)
        var now = F.t0
        let cases: [(String, () throws -> Void, DashboardParts)] = [
            ("nothing written", {}, []),
            ("observations only", {
                try store.recordSuccess(sourceID: "sim", batch: Batch(observations: [
                    Observation(seriesKey: "traffic.speed", time: now, value: 41)]), at: now, durationMs: 1)
            }, [.indicators, .sources]),
            ("a failed poll", {
                try store.recordFailure(sourceID: "sim", error: "HTTP 500", at: now, durationMs: 1)
            }, [.sources]),
            ("an event", {
                try store.recordSuccess(sourceID: "sim", batch: Batch(events: [
                    F.event(.dossier, "d2", status: .received, now: now, openedAgo: 10, due: F.day)]),
                    at: now, durationMs: 1)
            }, [.events, .sources]),
            ("an alarm", {
                let alarm = AlarmStateMachine.newAlarm(id: "aqi|st1", ruleID: "aqi", subject: "st1", kind: .threshold,
                                                       priority: .high, message: "VN_AQI 160", at: now)
                _ = try store.applyAlarmInput(.conditionRaised(value: 160, message: "VN_AQI 160", priority: .high, at: now),
                                              alarmID: alarm.id, template: alarm)
            }, [.alarms]),
            ("a log entry and a sign-on", {
                _ = try store.appendLogEntry(LogEntryDraft(author: Actor(name: "lan", role: .operator), category: .event,
                                                           text: "Mưa lớn ở Hà Nội", writtenAt: now))
                _ = try store.signOn(Actor(name: "minh", role: .operator), at: now)
            }, []),
            ("a new series (reference data)", {
                try store.recordSuccess(sourceID: "sim", batch: Batch(
                    seriesDefinitions: [F.series("water.level.new", pillar: .publicOrder)],
                    observations: [Observation(seriesKey: "water.level.new", time: now, value: 1.2)]), at: now, durationMs: 1)
            }, [.indicators, .events, .sources]),
            ("the bulk observation path", {
                try store.ingestObservations([Observation(seriesKey: "traffic.speed", time: now, value: 44)], sourceID: "sim")
            }, [.indicators, .events, .sources]),
        ]
        for (name, write, expected) in cases {
            now = now.addingTimeInterval(1)
            try write()
            let snapshot = try reader.refresh(now: now)
            XCTAssertEqual(reader.lastParts, expected, name)
            XCTAssertEqual(snapshot == nil, expected.isEmpty, name)
            if let snapshot {
                // A full read by a store opened afresh: nothing kept from earlier reads (KeptReads) can hide a change.
                XCTAssertEqual(snapshot, try XCTUnwrap(temp).openStore().dashboard(now: now),
                               "\(name): incremental read equals a full read")
            }
        }
    }

    /// Deadline classes and alarm rates move with the clock: they are re-read once `clockRefresh` has passed.
    func testClockBoundPartsAreReReadWhenOld() throws {
        let store = try openStore()
        let reader = DashboardReader(store: store, clockRefresh: 30)
        _ = try reader.refresh(now: F.t0)
        XCTAssertNil(try reader.refresh(now: F.t0.addingTimeInterval(29)))
        let later = F.t0.addingTimeInterval(2 * F.day)   // d1 (due in one day) is overdue by now
        let snapshot = try XCTUnwrap(reader.refresh(now: later))
        XCTAssertEqual(reader.lastParts, DashboardParts.clockBound)
        XCTAssertEqual(snapshot.government.first?.lateInProgress, 1)
        XCTAssertEqual(snapshot.government, try store.dashboard(now: later).government)
    }

    func testForceReadsEverything() throws {
        let store = try openStore()
        let reader = DashboardReader(store: store)
        _ = try reader.refresh(now: F.t0)
        XCTAssertNotNil(try reader.refresh(now: F.t0.addingTimeInterval(1), force: true))
        XCTAssertEqual(reader.lastParts, .all)
    }

    /// The tokens a second process sees: counters of the scopes written, and the total, move together.
    func testChangeTokensCountScopes() throws {
        let store = try openStore()
        let before = try store.changeTokens()
        try store.recordFailure(sourceID: "sim", error: "timeout", at: F.t0.addingTimeInterval(5), durationMs: 1)
        let after = try store.changeTokens()
        XCTAssertEqual(after.changedScopes(since: before), .sources)
        XCTAssertEqual(after.total, before.total + 1)
        XCTAssertEqual(after.lastWriteAt, F.t0.addingTimeInterval(5))
        XCTAssertEqual(try store.changeToken(), after.total)
    }
}

extension DashboardReaderTests {
    /// Near the flood line the alarm part is re-read every 5 s, so a flood banner ends with its 10-minute window.
    func testAlarmsAreReReadEveryFiveSecondsNearTheFloodLine() throws {
        let store = try openStore()
        for i in 0..<AlarmLoad.floodEndsBelow {
            let alarm = AlarmStateMachine.newAlarm(id: "aqi|st\(i)", ruleID: "aqi", subject: "st\(i)", kind: .threshold,
                                                   priority: .high, message: "VN_AQI 160", at: F.t0)
            _ = try store.applyAlarmInput(.conditionRaised(value: 160, message: "VN_AQI 160", priority: .high, at: F.t0),
                                          alarmID: alarm.id, template: alarm)
        }
        let reader = DashboardReader(store: store, clockRefresh: 30)
        _ = try reader.refresh(now: F.t0)
        XCTAssertNil(try reader.refresh(now: F.t0.addingTimeInterval(4)))
        XCTAssertNotNil(try reader.refresh(now: F.t0.addingTimeInterval(5)))
        XCTAssertEqual(reader.lastParts, .alarms)
    }
}
