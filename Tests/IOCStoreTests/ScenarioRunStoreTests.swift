import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Scenario runs in the store (issue 18), on both engines: started once per alarm, numbered, every input through the
/// machine in one transaction with its timeline rows, a refusal writing nothing but its audit record, the timeline
/// append-only, overdue steps found by a tick, and a revoked grant stopping the next action.
final class ScenarioRunStoreTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_767_232_800)  // 2026-01-01 09:00 +07:00
    static let op = Actor(name: "Lan", role: .operator)
    static let supervisor = Actor(name: "Hùng", role: .supervisor)

    static let template = ScenarioTemplate(
        id: "waterlogging", version: 2, approval: ScenarioApproval(by: "IOC", on: "2026-12-07"),
        title: BilingualText(vi: "Ngập úng", en: "Waterlogging"), hazard: "waterlogging", triggers: [.alarmRule("flood_alert")],
        start: .automatic,
        stages: [ScenarioStage(id: "respond", title: BilingualText(vi: "Ứng phó"), steps: [
            ScenarioStep(id: "pumps", title: BilingualText(vi: "Chạy trạm bơm", en: "Run the pumps"), owner: "CTTN", due: .after(1800),
                         evidence: .number(label: BilingualText(vi: "số trạm bơm"), unit: "trạm")),
            ScenarioStep(id: "divert", title: BilingualText(vi: "Phân luồng"), owner: "CATP", required: false, due: .after(600),
                         evidence: .note),
        ])])

    func openStore() throws -> CityStore {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        return try temp.openStore(account: "ioc-op")
    }

    func testARunStartsOncePerAlarmIsNumberedAndKeepsItsTimeline() throws {
        let store = try openStore()
        let token = try store.changeTokens()
        let first = try store.startRun(Self.template, at: Self.t0, by: .system, alarmID: "flood_alert|a", exercise: false, byHand: false)
        XCTAssertEqual(first.id, "KB1")
        XCTAssertEqual(first.state, .active)
        XCTAssertNotEqual(try store.changeTokens().alarms, token.alarms, "consoles see the run with the alarms")
        let again = try store.startRun(Self.template, at: Self.t0 + 60, by: .system, alarmID: "flood_alert|a", exercise: false, byHand: false)
        XCTAssertEqual(again.id, "KB1", "the same alarm's open run, not a second one")
        let drill = try store.startRun(Self.template, at: Self.t0 + 120, by: Self.op, alarmID: nil, exercise: true, byHand: true)
        XCTAssertEqual(drill.id, "DT2")
        XCTAssertEqual(try store.runs(states: [.active], limit: 10).map(\.id), ["DT2", "KB1"])

        let done = try store.applyRunInput(.completeStep("pumps", by: Self.op, at: Self.t0 + 300,
                                                         evidence: RunEvidence(note: "3 trạm", number: 3)), runID: "KB1")
        XCTAssertEqual(done.run?.step("pumps")?.state, .done)
        let stored = try XCTUnwrap(store.run(id: "kb1"))
        XCTAssertEqual(stored, done.run, "the whole run as written, read back (id case ignored)")
        XCTAssertEqual(stored.step("pumps")?.evidence?.number, 3)
        XCTAssertEqual(stored.step("pumps")?.due, Self.t0 + 1800)

        // A refusal writes nothing to the run, only its audit record.
        let before = try store.changeTokens()
        XCTAssertEqual(try store.applyRunInput(.completeStep("divert", by: Self.op, at: Self.t0 + 310, evidence: .none), runID: "KB1").refusal,
                       .noteRequired("divert"))
        XCTAssertEqual(try store.applyRunInput(.accept(by: Self.op, at: Self.t0), runID: "KB9").refusal, .noSuchRun("KB9"))
        XCTAssertEqual(try store.changeTokens().alarms, before.alarms)
        let audited = try store.auditRecords(AuditQuery()).map { "\($0.event.action.rawValue) \($0.event.outcome.rawValue) \($0.event.target)" }
        XCTAssertEqual(audited, ["run.start ok DT2", "run.completeStep ok KB1", "run.completeStep refused KB1", "run.accept refused KB9"])

        let closed = try store.applyRunInput(.close(by: Self.supervisor, at: Self.t0 + 400, note: "Nước rút"), runID: "KB1")
        XCTAssertEqual(closed.run?.state, .closed)
        XCTAssertEqual(try store.runTimeline(id: "KB1").map(\.action), ["started", "step-done", "closed"])
        XCTAssertEqual(try store.runTimeline(id: "KB1").map(\.actor), ["system", "Lan", "Hùng"])
        XCTAssertEqual(try store.runTimeline(id: "KB1")[1].number, 3)
        XCTAssertEqual(try store.runTimeline(id: "DT2").map(\.exercise), [true])
        let next = try store.startRun(Self.template, at: Self.t0 + 500, by: .system, alarmID: "flood_alert|a", exercise: false, byHand: false)
        XCTAssertEqual(next.id, "KB3", "the alarm's run closed: a new episode starts a new run")
    }

    func testATickMarksOverdueStepsOfActiveRunsOnce() throws {
        let store = try openStore()
        _ = try store.startRun(Self.template, at: Self.t0, by: .system, alarmID: "flood_alert|a", exercise: false, byHand: false)
        XCTAssertEqual(try store.tickRuns(at: Self.t0 + 599).count, 0)
        let late = try store.tickRuns(at: Self.t0 + 600)
        XCTAssertEqual(late.map(\.run.id), ["KB1"])
        XCTAssertEqual(late.first?.entries.map(\.stepID), ["divert"])
        XCTAssertEqual(try store.tickRuns(at: Self.t0 + 1800).first?.entries.map(\.stepID), ["pumps"])
        XCTAssertEqual(try store.tickRuns(at: Self.t0 + 3600).count, 0, "each step goes overdue once")
        XCTAssertEqual(try store.run(id: "KB1")?.overdueSteps.map(\.id), ["pumps", "divert"])
    }

    func testTheTimelineIsAppendOnly() throws {
        let store = try openStore()
        _ = try store.startRun(Self.template, at: Self.t0, by: Self.op, alarmID: nil, exercise: false, byHand: true)
        XCTAssertThrowsError(try store.database.write { db in
            try db.execute(sql: "UPDATE scenario_run_action SET actor = 'someone else'")
        }) { error in XCTAssertTrue("\(error)".contains("append-only"), "\(error)") }
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "DELETE FROM scenario_run_action") }) { error in
            XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
        }
        XCTAssertEqual(try store.runTimeline(id: "KB1").map(\.actor), ["Lan"])
    }

    func testARevokedGrantStopsTheNextRunAction() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let admin = try temp.openStore(account: "root")
        _ = try admin.grantOrBootstrap(name: "Trung tâm", at: Self.t0)
        let boss = Actor(name: "Trung tâm", role: .admin)
        try admin.grant(Grant(account: "lan", name: "Lan", role: .operator, domains: [], shared: false, grantedBy: "",
                              grantedAt: Self.t0), by: boss, at: Self.t0)
        let lan = try temp.openStore(account: "lan")
        let run = try lan.startRun(Self.template, at: Self.t0, by: Self.op, alarmID: nil, exercise: false, byHand: true)
        try admin.revoke("lan", by: boss, at: Self.t0 + 1)
        XCTAssertEqual(try lan.applyRunInput(.startStep("pumps", by: Self.op, at: Self.t0 + 2), runID: run.id).refusal, .notGranted)
        XCTAssertThrowsError(try lan.startRun(Self.template, at: Self.t0 + 3, by: Self.op, alarmID: nil, exercise: false, byHand: true)) {
            XCTAssertEqual($0 as? RunRefusal, .notGranted)
        }
        XCTAssertEqual(try admin.run(id: run.id)?.step("pumps")?.state, .pending)
        let refused = try admin.auditRecords(AuditQuery(account: "lan", outcome: .refused)).map(\.event.action.rawValue)
        XCTAssertEqual(refused, ["run.startStep", "run.start"])
    }
}

/// The alarm cycle's scenario step (`applyScenarios`), on both engines: a raised alarm starts its scenario once, an
/// overdue step raises its alarm and finishing it clears it, and a cycle with nothing due writes nothing.
final class ScenarioCycleStoreTests: XCTestCase {
    typealias T = ScenarioRunStoreTests

    /// A CAP alert's alarm starts the template whose `cap_event` names its event type, and the one whose `risk_level`
    /// its bulletin's level reaches; not one whose hazard or level it does not.
    func testAnAlertsAlarmStartsTheScenariosItsEventAndRiskLevelName() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore(account: "ioc-op")
        let t0 = T.t0
        try store.registerSource(SourceHealth(sourceID: "kttv", name: "KTTV", kind: "cap"))
        let bulletin = CityEvent(kind: .alert, externalID: "bao-3", title: "Tin bão khẩn cấp", status: .open, category: "Bão",
                                 openedAt: t0, dueAt: t0 + 86_400, updatedAt: t0, severity: 1,
                                 detail: "Gió cấp 10. Cấp độ rủi ro thiên tai do bão: cấp 3.", sourceStatus: "Actual Alert")
        try store.recordSuccess(sourceID: "kttv", batch: Batch(events: [bulletin]), at: t0, durationMs: 1)
        let alarm = AlarmStateMachine.newAlarm(ruleID: "emergency_alert", subject: "kttv/bao-3", kind: .alert, priority: .high,
                                               message: "Tin bão khẩn cấp", at: t0)
        _ = try store.applyAlarmInput(.conditionRaised(value: nil, message: "Tin bão khẩn cấp", messageEN: nil, priority: .high, at: t0),
                                      alarmID: alarm.id, template: alarm)
        func template(_ id: String, _ trigger: ScenarioTrigger) -> ScenarioTemplate {
            var t = T.template
            t.id = id
            t.triggers = [trigger]
            return t
        }
        let templates = [template("storm", .capEvent("Bão*")), template("storm3", .riskLevel(hazard: "storm", atLeast: 3)),
                         template("storm4", .riskLevel(hazard: "storm", atLeast: 4)), template("flood", .capEvent("Lũ*")),
                         template("flood2", .riskLevel(hazard: "flood", atLeast: 1))]
        let started = try store.applyScenarios(templates, now: t0).started
        XCTAssertEqual(started.map(\.templateID).sorted(), ["storm", "storm3"])
        XCTAssertTrue(started.allSatisfy { $0.alarmID == alarm.id })
    }

    func testARaisedAlarmStartsItsRunAndAnOverdueStepRaisesAndClearsItsAlarm() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore(account: "ioc-op")
        let t0 = T.t0
        let template = AlarmStateMachine.newAlarm(ruleID: "flood_alert", subject: "water.level.a", kind: .threshold,
                                                  priority: .high, message: "Ngập 32 cm", at: t0)
        let raised = try store.applyAlarmInput(.conditionRaised(value: 32, message: "Ngập 32 cm", messageEN: nil, priority: .high, at: t0),
                                               alarmID: template.id, template: template)
        XCTAssertNotNil(raised.alarm)
        var result = try store.applyScenarios([T.template], now: t0)
        XCTAssertEqual(result.started.map(\.id), ["KB1"])
        XCTAssertEqual(result.started.first?.alarmID, template.id)
        result = try store.applyScenarios([T.template], now: t0 + 5)
        XCTAssertEqual(try store.runs(states: nil, limit: 10).count, 1, "the same active alarm seen twice starts one run")

        let token = try store.changeTokens()
        XCTAssertEqual(try store.applyScenarios([T.template], now: t0 + 599).alarms.count, 0)
        XCTAssertEqual(try store.changeTokens(), token, "nothing due: nothing written")

        result = try store.applyScenarios([T.template], now: t0 + 600)
        XCTAssertEqual(result.alarms.compactMap(\.alarm).map(\.id), ["scenario-step-overdue|KB1/divert"])
        XCTAssertEqual(result.alarms.first?.alarm?.priority, .medium, "divert is optional")
        XCTAssertEqual(try store.applyScenarios([T.template], now: t0 + 610).alarms.count, 0, "raised once")

        _ = try store.applyRunInput(.completeStep("divert", by: T.op, at: t0 + 620, evidence: RunEvidence(note: "Đã cắm biển")),
                                    runID: "KB1")
        result = try store.applyScenarios([T.template], now: t0 + 625)
        XCTAssertEqual(result.alarms.compactMap(\.entry).map(\.action), ["cleared"])
        XCTAssertEqual(try store.alarm(id: "scenario-step-overdue|KB1/divert")?.conditionActive, false)
        XCTAssertEqual(try store.runTimeline(id: "KB1").map(\.action), ["started", "step-overdue", "step-done"])
    }

    /// A run is started from the alarms active now: none for an alarm out of service, one for a new episode after the
    /// run of the last one closed, and a drill of the same scenario for the same alarm never stands in for it.
    func testRunsStartFromActiveAlarmsOncePerEpisodeAndNeverFromADrill() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore(account: "ioc-op")
        let t0 = T.t0
        let template = AlarmStateMachine.newAlarm(ruleID: "flood_alert", subject: "water.level.b", kind: .threshold,
                                                  priority: .high, message: "Ngập 35 cm", at: t0, domain: .publicOrder)
        let supervisor = Actor(name: "Hùng", role: .supervisor)
        _ = try store.applyAlarmInputs([
            (template.id, .conditionRaised(value: 35, message: "Ngập 35 cm", messageEN: nil, priority: .high, at: t0), template),
            (template.id, .removeFromService(by: supervisor, at: t0 + 1, reason: "Bảo trì cảm biến"), nil),
        ])
        XCTAssertEqual(try store.applyScenarios([T.template], now: t0 + 5).started.count, 0, "out of service: no run")
        _ = try store.applyAlarmInput(.returnToService(by: supervisor, at: t0 + 10), alarmID: template.id, template: nil)
        let drill = try store.startRun(T.template, at: t0 + 11, by: T.op, alarmID: template.id, exercise: true, byHand: true)
        XCTAssertEqual(drill.id, "DT1")
        let real = try store.applyScenarios([T.template], now: t0 + 15).started
        XCTAssertEqual(real.map(\.id), ["KB2"], "the drill does not stand in for the real run")
        XCTAssertEqual(real.first?.domain, .publicOrder, "the alarm's domain")
        XCTAssertEqual(try store.startRun(T.template, at: t0 + 16, by: .system, alarmID: template.id, exercise: false,
                                          byHand: false).id, "KB2")
        XCTAssertEqual(try store.startRun(T.template, at: t0 + 17, by: T.op, alarmID: template.id, exercise: true, byHand: true).id,
                       "DT1", "a drill finds its drill")
        XCTAssertThrowsError(try store.startRun(T.template, at: t0 + 18, by: Actor(name: "PCT", role: .viewer), alarmID: nil,
                                                exercise: false, byHand: true)) {
            XCTAssertEqual($0 as? RunRefusal, .viewerMayNotAct)
        }
    }
}

/// Every person's action on a run is in the shift logbook too, in the action's transaction: who, when, what, linked to
/// the run's alarm; the system's (a proposal, a step gone overdue) are not, a drill's are marked, the chain holds.
extension ScenarioRunStoreTests {
    func testPeoplesRunActionsAreInTheLogbookChained() throws {
        let store = try openStore()
        let t0 = Self.t0, op = Self.op, template = Self.template
        _ = try store.startRun(template, at: t0, by: .system, alarmID: nil, exercise: false, byHand: false)
        XCTAssertEqual(try store.logEntries(LogQuery()).count, 0, "the system's start is on the run's timeline, not the logbook")
        _ = try store.applyRunInput(.completeStep("pumps", by: op, at: t0 + 300, evidence: RunEvidence(note: "Yên Sở chạy 3 máy", number: 3)),
                                    runID: "KB1")
        _ = try store.applyRunInput(.note(by: op, at: t0 + 400, text: "Đã báo trưởng ca"), runID: "KB1")
        XCTAssertEqual(try store.applyRunInput(.completeStep("divert", by: op, at: t0 + 410, evidence: .none), runID: "KB1").refusal,
                       .noteRequired("divert"))
        _ = try store.startRun(template, at: t0 + 500, by: op, alarmID: nil, exercise: true, byHand: true)
        _ = try store.tickRuns(at: t0 + 7200)
        let texts = try store.logEntries(LogQuery()).sorted { $0.id < $1.id }.map(\.text)
        XCTAssertEqual(texts, [
            "Kịch bản KB1 (Ngập úng): xong bước «Chạy trạm bơm» = 3,00: Yên Sở chạy 3 máy",
            "Kịch bản KB1 (Ngập úng): ghi chú: Đã báo trưởng ca",
            "[DIỄN TẬP] Kịch bản DT2 (Ngập úng): bắt đầu",
        ], "a refusal and the ticks write nothing")
        let entries = try store.logEntries(LogQuery())
        XCTAssertTrue(entries.allSatisfy { $0.author.name == "Lan" && $0.category == .event })
        XCTAssertEqual(try store.verifyLogChain().isIntact, true)
    }
}
