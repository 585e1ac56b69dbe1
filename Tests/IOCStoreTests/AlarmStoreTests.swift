import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// The alarm tables: one-transaction writes, the append-only timeline, list order, timers, load, two processes.
final class AlarmStoreTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01 00:00 UTC
    static let op = Actor(name: "lan", role: .operator)
    static let op2 = Actor(name: "minh", role: .operator)

    func openStore() throws -> (TemporaryDatabase, CityStore) {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        return (temp, try temp.openStore())
    }

    static func template(_ id: String, priority: AlarmPriority = .medium, at: Date = t0) -> Alarm {
        let parts = id.split(separator: "|").map(String.init)
        return AlarmStateMachine.newAlarm(id: id, ruleID: parts[0], subject: parts.count > 1 ? parts[1] : id,
                                          kind: .threshold, priority: priority, message: "Cảnh báo \(id)", at: at,
                                          agencyCode: "STNMT", wardCode: "31190", sourceID: "sim")
    }

    static func raise(_ at: Date, priority: AlarmPriority = .medium, value: Double = 160) -> AlarmInput {
        .conditionRaised(value: value, message: "VN_AQI \(Int(value)) vượt ngưỡng 150", priority: priority, at: at)
    }

    /// Applies inputs that must all be accepted.
    func apply(_ store: CityStore, _ id: String, _ inputs: [AlarmInput], priority: AlarmPriority = .medium) throws {
        for input in inputs {
            let decision = try store.applyAlarmInput(input, alarmID: id, template: Self.template(id, priority: priority))
            XCTAssertNil(decision.rejection, "\(id) \(input.name): \(decision.rejection ?? "")")
        }
    }

    func testTheSQLiteMigrationAddsTheAlarmTablesAfterTheCityCache() throws {
        let (_, store) = try openStore()
        XCTAssertEqual(Array(try store.appliedMigrations().prefix(2)), ["v1-city-cache", "v2-alarms"])
        XCTAssertEqual(try store.alarms(), [])
        XCTAssertEqual(try store.alarmActionCount(), 0)
    }

    func testApplyWritesStateAndTimelineTogetherAndRoundTripsEveryField() throws {
        let (temp, store) = try openStore()
        let id = "aqi-high|aqi.le_chan"
        let before = try store.changeToken()
        let raised = try store.applyAlarmInput(Self.raise(Self.t0 + 60), alarmID: id, template: Self.template(id))
        XCTAssertEqual(raised.alarm?.state, .unacknowledged)
        XCTAssertGreaterThan(try store.changeToken(), before, "an alarm write bumps the change counter")
        try apply(store, id, [
            .acknowledge(by: Self.op, at: Self.t0 + 120, note: "đã gọi"),
            .assign(by: Self.op, at: Self.t0 + 130, agencyCode: "STNMT"),
            .escalate(by: Self.op, at: Self.t0 + 140, reason: "gấp"),
            .shelve(by: Self.op, at: Self.t0 + 150, duration: 1800, reason: "Bảo trì trạm", oneShot: true),
        ])
        let expected = try XCTUnwrap(store.applyAlarmInput(.addNote(by: Self.op2, at: Self.t0 + 160, text: "ca sau"),
                                                           alarmID: id, template: nil).alarm)
        XCTAssertEqual(expected.state, .shelved)
        XCTAssertEqual(try store.alarm(id: id), expected)
        let reopened = try temp.openStore()
        XCTAssertEqual(try reopened.alarm(id: id), expected, "every field survives a restart")
        let timeline = try reopened.alarmTimeline(id: id)
        XCTAssertEqual(timeline.map(\.action), ["raised", "acknowledged", "assigned", "escalated", "shelved", "note"])
        XCTAssertEqual(timeline.map(\.toState), [.unacknowledged, .acknowledged, .acknowledged, .acknowledged,
                                                 .shelved, .shelved])
        XCTAssertEqual(timeline[1].actor, "lan")
        XCTAssertEqual(timeline[1].role, .operator)
        XCTAssertEqual(timeline[1].note, "đã gọi")
        XCTAssertEqual(timeline[0].actor, "system")
        XCTAssertNil(timeline[0].role)
        XCTAssertEqual(timeline.last?.at, Self.t0 + 160)
    }

    func testARefusalOrAnUnknownAlarmWritesNothing() throws {
        let (_, store) = try openStore()
        let missing = try store.applyAlarmInput(.acknowledge(by: Self.op, at: Self.t0, note: nil), alarmID: "x|y",
                                                template: nil)
        XCTAssertEqual(missing.rejection, "Không tìm thấy cảnh báo x|y")
        XCTAssertEqual(missing.rejection(.en), "No alarm x|y")
        try apply(store, "a|1", [Self.raise(Self.t0), .acknowledge(by: Self.op, at: Self.t0 + 1, note: nil)])
        let token = try store.changeToken()
        let again = try store.applyAlarmInput(.acknowledge(by: Self.op2, at: Self.t0 + 2, note: nil), alarmID: "a|1",
                                              template: nil)
        XCTAssertEqual(again.rejection, "Cảnh báo đã xác nhận")
        XCTAssertEqual(try store.changeToken(), token)
        XCTAssertEqual(try store.alarmTimeline(id: "a|1").count, 2)
        XCTAssertNil(try store.alarm(id: "x|y"))
    }

    func testTheTimelineRefusesUpdateAndDelete() throws {
        let (_, store) = try openStore()
        try apply(store, "a|1", [Self.raise(Self.t0), .addNote(by: Self.op, at: Self.t0 + 1, text: "gốc")])
        XCTAssertThrowsError(try store.database.write { db in
            try db.execute(sql: "UPDATE alarm_action SET note = 'sửa' WHERE action = 'note'")
        }) { error in XCTAssertTrue("\(error)".contains("append-only"), "\(error)") }
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "DELETE FROM alarm_action") }) { error in
            XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
        }
        XCTAssertEqual(try store.alarmTimeline(id: "a|1").map(\.note), ["VN_AQI 160 vượt ngưỡng 150", "gốc"])
    }

    func testABatchAppliesInOrderWithOneTransactionAndRepeatsOfOneAlarm() throws {
        let (_, store) = try openStore()
        let decisions = try store.applyAlarmInputs([
            (alarmID: "a|1", input: Self.raise(Self.t0), template: Self.template("a|1")),
            (alarmID: "a|1", input: .conditionCleared(at: Self.t0 + 5), template: Self.template("a|1")),
            (alarmID: "a|1", input: .conditionCleared(at: Self.t0 + 6), template: Self.template("a|1")),
            (alarmID: "b|1", input: Self.raise(Self.t0 + 7), template: Self.template("b|1")),
        ], policy: .standard)
        XCTAssertEqual(decisions.map { $0.alarm?.state }, [.unacknowledged, .returnedUnacknowledged, nil,
                                                           .unacknowledged])
        XCTAssertEqual(try store.alarm(id: "a|1")?.state, .returnedUnacknowledged)
        XCTAssertEqual(try store.alarmActionCount(), 3)
    }

    func testAThousandRaisesInOneBatchAreFast() throws {
        let (_, store) = try openStore()
        let priorities = AlarmPriority.allCases
        let items = (0..<1000).map { i -> (alarmID: String, input: AlarmInput, template: Alarm?) in
            let id = "burst|s\(i)"
            return (alarmID: id, input: Self.raise(Self.t0 + Double(i) / 100, priority: priorities[i % 4]),
                    template: Self.template(id))
        }
        let start = Date()
        let decisions = try store.applyAlarmInputs(items, policy: .standard)
        let elapsed = Date().timeIntervalSince(start)
        print("AlarmStoreTests: 1,000 raises in one batch took \(String(format: "%.1f", elapsed * 1000)) ms")
        XCTAssertEqual(decisions.compactMap(\.alarm).count, 1000)
        XCTAssertEqual(try store.alarms(states: [.unacknowledged], limit: 5000).count, 1000)
        XCTAssertEqual(try store.alarmActionCount(), 1000)
        XCTAssertLessThan(elapsed, 2.0, "a rule batch of 1,000 raises must not stall the engine")
    }

    func testAcknowledgementKeyToDiskLatency() throws {
        let (_, store) = try openStore()
        let ids = (0..<1000).map { "latency|s\($0)" }
        _ = try store.applyAlarmInputs(ids.map {
            (alarmID: $0, input: Self.raise(Self.t0), template: Self.template($0))
        }, policy: .standard)
        var millis: [Double] = []
        for (i, id) in ids.prefix(200).enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            let decision = try store.applyAlarmInput(.acknowledge(by: Self.op, at: Self.t0 + Double(i + 1), note: nil),
                                                     alarmID: id, template: nil)
            millis.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            XCTAssertEqual(decision.alarm?.state, .acknowledged)
        }
        millis.sort()
        let median = millis[millis.count / 2]
        let p99 = millis[Int(Double(millis.count) * 0.99) - 1]
        print(String(format: "AlarmStoreTests: acknowledge to disk median %.2f ms, p99 %.2f ms (n=200)", median, p99))
        XCTAssertEqual(try store.alarms(states: [.acknowledged], limit: 1000).count, 200)
        XCTAssertLessThan(p99, 100, "an acknowledgement must be on disk well within the 100 ms key budget")
    }

    func testListOrderIsStateThenPriorityThenNewestFirst() throws {
        let (_, store) = try openStore()
        let t = Self.t0
        try apply(store, "ack|high", [Self.raise(t + 1, priority: .high), .acknowledge(by: Self.op, at: t + 2, note: nil)],
                  priority: .high)
        try apply(store, "unack|low-old", [Self.raise(t + 3, priority: .low)], priority: .low)
        try apply(store, "unack|low-new", [Self.raise(t + 4, priority: .low)], priority: .low)
        try apply(store, "unack|emergency", [Self.raise(t + 5, priority: .emergency)], priority: .emergency)
        try apply(store, "rtn|medium", [Self.raise(t + 6), .conditionCleared(at: t + 7)])
        try apply(store, "shelved|high", [Self.raise(t + 8, priority: .high),
                                          .shelve(by: Self.op, at: t + 9, duration: nil, reason: "x", oneShot: false)],
                  priority: .high)
        try apply(store, "normal|high", [Self.raise(t + 10, priority: .high), .conditionCleared(at: t + 11),
                                         .acknowledge(by: Self.op, at: t + 12, note: nil)], priority: .high)
        XCTAssertEqual(try store.alarms().map(\.id), [
            "unack|emergency", "unack|low-new", "unack|low-old", "rtn|medium", "ack|high", "shelved|high",
            "normal|high",
        ])
        XCTAssertEqual(try store.alarms(states: [.unacknowledged, .acknowledged, .returnedUnacknowledged], limit: 3)
            .map(\.id), ["unack|emergency", "unack|low-new", "unack|low-old"])
        XCTAssertEqual(try store.alarms(states: [.shelved]).map(\.id), ["shelved|high"])
        XCTAssertEqual(try store.alarms(states: []), [])
    }

    func testTimersDueAreFoundAndTheirInputsApply() throws {
        let (_, store) = try openStore()
        let t = Self.t0
        try apply(store, "shelf|due", [Self.raise(t), .shelve(by: Self.op, at: t, duration: 600, reason: "x",
                                                               oneShot: false)])
        try apply(store, "shelf|later", [Self.raise(t), .shelve(by: Self.op, at: t, duration: 7200, reason: "x",
                                                                 oneShot: false)])
        try apply(store, "unack|emergency", [Self.raise(t, priority: .emergency)], priority: .emergency)
        try apply(store, "unack|low", [Self.raise(t, priority: .low)], priority: .low)
        try apply(store, "ack|emergency", [Self.raise(t, priority: .emergency),
                                           .acknowledge(by: Self.op, at: t, note: nil)], priority: .emergency)
        let now = t + 3600
        let due = try store.alarmsDueForTimers(now: now)
        XCTAssertEqual(Set(due.map(\.id)), ["shelf|due", "unack|emergency", "ack|emergency"])
        for alarm in due {
            for input in AlarmStateMachine.dueInputs(for: alarm, now: now, policy: .standard) {
                XCTAssertNotNil(try store.applyAlarmInput(input, alarmID: alarm.id, template: nil).alarm)
            }
        }
        XCTAssertEqual(try store.alarm(id: "shelf|due")?.state, .unacknowledged)
        XCTAssertEqual(try store.alarm(id: "unack|emergency")?.escalatedAt, now)
        XCTAssertEqual(try store.alarm(id: "ack|emergency")?.state, .unacknowledged)
        XCTAssertEqual(try store.alarmTimeline(id: "unack|emergency").last?.actor, "system")
        XCTAssertEqual(try store.alarmsDueForTimers(now: now).map(\.id), [], "every due timer was handled")
        XCTAssertEqual(try store.alarmsDueForTimers(now: now + 300).map(\.id), ["ack|emergency"],
                       "the alarm that fell back to Unacknowledged escalates 5 min (emergency) later")
    }

    /// The timer query reads only rows that can be due (bounded by the policy's shortest delays); what it finds must
    /// be exactly what the rule finds over every alarm, at every time and under a policy other than the standard one.
    func testTimerQueryFindsExactlyWhatTheRuleFindsOverEveryAlarm() throws {
        let (_, store) = try openStore()
        let t = Self.t0
        for (i, priority) in AlarmPriority.allCases.enumerated() {
            let raised = t + Double(i) * 37
            try apply(store, "unack|\(i)", [Self.raise(raised, priority: priority)], priority: priority)
            try apply(store, "ack|\(i)", [Self.raise(raised, priority: priority),
                                          .acknowledge(by: Self.op, at: raised + 11, note: nil)], priority: priority)
            try apply(store, "shelf|\(i)", [Self.raise(raised, priority: priority),
                                            .shelve(by: Self.op, at: raised, duration: 600 + Double(i) * 900,
                                                    reason: "x", oneShot: false)], priority: priority)
            try apply(store, "escalated|\(i)", [Self.raise(raised, priority: priority),
                                                .escalate(by: Self.op, at: raised + 5, reason: "x")], priority: priority)
        }
        // Missing keys fall back to the policy's defaults (1 h, 24 h); the others are shorter or longer than those.
        let custom = AlarmPolicy(defaultShelve: 3600, maxShelve: 8 * 3600,
                                 ackEscalationAfter: [.emergency: 7200, .high: 120],
                                 resolveTimeout: [.high: 90_000, .low: 1800])
        let every = try store.alarms()
        for policy in [AlarmPolicy.standard, custom] {
            for offset in stride(from: 0.0, through: 100_000, by: 173) {
                let now = t + offset
                let expected = Set(every.filter { !AlarmStateMachine.dueInputs(for: $0, now: now, policy: policy).isEmpty }.map(\.id))
                XCTAssertEqual(Set(try store.alarmsDueForTimers(now: now, policy: policy).map(\.id)), expected,
                               "at +\(offset) s")
            }
        }
    }

    func testAlarmLoadOnAHandMadeFixture() throws {
        let (_, store) = try openStore()
        let now = Self.t0 + 2 * 86_400
        let minute: TimeInterval = 60
        // A: high, raised 5 min ago → counts in the last 10 min.
        try apply(store, "a|1", [Self.raise(now - 5 * minute, priority: .high)], priority: .high)
        // B: low, raised 30 min ago and acknowledged.
        try apply(store, "b|1", [Self.raise(now - 30 * minute, priority: .low),
                                 .acknowledge(by: Self.op, at: now - 29 * minute, note: nil)], priority: .low)
        // C: medium, active for 25 h and acknowledged: stale, raised outside the 24 h window.
        try apply(store, "c|1", [Self.raise(now - 25 * 3600), .acknowledge(by: Self.op, at: now - 24.5 * 3600,
                                                                            note: nil)])
        // D: low, raised, cleared and raised again within 30 s, 50 min ago: chattering, two annunciations.
        let d = now - 50 * minute
        try apply(store, "d|1", [Self.raise(d, priority: .low), .conditionCleared(at: d + 10),
                                 Self.raise(d + 20, priority: .low)], priority: .low)
        // E: raised while suppressed: not annunciated.
        try apply(store, "e|1", [.suppress(reason: "nguồn mất", at: now - 9 * minute), Self.raise(now - 8 * minute)])
        // F: low 3 min ago, then re-alarmed to emergency while still unacknowledged: one annunciation, low.
        try apply(store, "f|1", [Self.raise(now - 3 * minute, priority: .low),
                                 Self.raise(now - 2 * minute, priority: .emergency)], priority: .low)
        // G: raised in the future relative to `now`: outside every window.
        try apply(store, "g|1", [Self.raise(now + minute)])

        let load = try store.alarmLoad(now: now)
        XCTAssertEqual(load.raisedLast10Minutes, 2)
        XCTAssertEqual(load.averagePer10MinutesOver24Hours, 5.0 / 144, accuracy: 1e-12)
        XCTAssertEqual(load.priorityMixLast24Hours, [.emergency: 0, .high: 1, .medium: 0, .low: 4])
        XCTAssertEqual(load.standingCount, 6, "A, B, C, D, F and G are unacknowledged or acknowledged and active")
        XCTAssertEqual(load.staleIDs, ["c|1"])
        XCTAssertEqual(load.chatteringIDs, ["d|1"])
        XCTAssertFalse(load.isFlood(wasFlood: false))

        let later = try store.alarmLoad(now: now + 2 * 3600)
        XCTAssertEqual(later.chatteringIDs, [], "chattering looks at the last hour")
        XCTAssertEqual(later.raisedLast10Minutes, 0)
    }
}
