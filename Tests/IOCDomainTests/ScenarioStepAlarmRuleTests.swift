import Foundation
import IOCDomain
import XCTest

/// Overdue steps as alarms: raised once per step of a real run, cleared when the step is finished or the run is
/// over, never for a drill; and which templates an alarm starts.
final class ScenarioStepAlarmRuleTests: XCTestCase {
    typealias F = ScenarioFixture
    typealias R = ScenarioStepAlarmRule

    func testAnOverdueStepRaisesOnceAndClearsWhenFinished() {
        let late = F.after([.tick(at: F.minutes(31))], from: F.active)
        let raised = R.inputs(runs: [late], current: [], now: F.minutes(43))
        XCTAssertEqual(raised.map(\.alarmID), ["scenario-step-overdue|R1/report"])
        guard case .conditionRaised(let value, let message, let messageEN, let priority, _) = raised[0].input else {
            return XCTFail("\(raised[0].input)")
        }
        XCTAssertEqual(value, 12)
        XCTAssertEqual(priority, .high, "a required step")
        XCTAssertEqual(message, "R1 · Báo cáo mực nước (KTTV) quá hạn 12 phút")
        XCTAssertEqual(messageEN, "R1 · Report the level (KTTV) overdue by 12 min")
        XCTAssertEqual(raised[0].template?.agencyCode, "KTTV")
        XCTAssertEqual(raised[0].template?.kind, .runStep)
        XCTAssertEqual(raised[0].template?.domain, .publicOrder, "the run's domain: its scenario's hazard, flood")

        var alarm = raised[0].template!
        alarm = AlarmStateMachine.apply(raised[0].input, to: alarm).alarm!
        XCTAssertEqual(R.inputs(runs: [late], current: [alarm], now: F.minutes(45)).count, 0, "raised once")
        let begun = F.after([.startStep("report", by: F.op, at: F.minutes(46))], from: late)
        XCTAssertEqual(R.inputs(runs: [begun], current: [alarm], now: F.minutes(47)).count, 0,
                       "a late step that is started keeps its alarm until it is finished")

        let done = F.after([.completeStep("report", by: F.op, at: F.minutes(50), evidence: RunEvidence(number: 9.9))], from: late)
        let cleared = R.inputs(runs: [done], current: [alarm], now: F.minutes(50))
        XCTAssertEqual(cleared.map(\.alarmID), [alarm.id])
        XCTAssertEqual(cleared.first?.input.name, "conditionCleared")
        XCTAssertEqual(R.inputs(runs: [], current: [alarm], now: F.minutes(50)).first?.input.name, "conditionCleared",
                       "a run no longer active clears its steps' alarms")
    }

    func testADrillRaisesNoAlarmAndAnOptionalStepIsLessUrgent() {
        let (drill, _) = ScenarioRunMachine.start(F.template, id: "D1", at: F.t0, by: F.op, alarmID: nil, exercise: true, byHand: true)
        XCTAssertEqual(R.inputs(runs: [F.after([.tick(at: F.minutes(31))], from: drill)], current: [], now: F.minutes(40)).count, 0)
        var template = F.template
        template.stages[0].steps[0].required = false
        let run = ScenarioRunMachine.start(template, id: "R9", at: F.t0, by: .system, alarmID: nil, exercise: false, byHand: true).0
        let late = F.after([.tick(at: F.minutes(31))], from: run)
        guard case .conditionRaised(_, _, _, let priority, _) = R.inputs(runs: [late], current: [], now: F.minutes(31))[0].input else {
            return XCTFail("not raised")
        }
        XCTAssertEqual(priority, .medium)
    }

    func testAnAlarmStartsTheTemplatesThatNameItsRuleOrKind() {
        let flood = AlarmStateMachine.newAlarm(ruleID: "water-high", subject: "a", kind: .threshold, priority: .high, message: "m", at: F.t0)
        XCTAssertEqual(ScenarioTemplate.triggered(by: flood, among: [F.template]).map(\.id), ["flood-test"], "rule pattern water-*")
        let other = AlarmStateMachine.newAlarm(ruleID: "aqi", subject: "a", kind: .threshold, priority: .high, message: "m", at: F.t0)
        XCTAssertEqual(ScenarioTemplate.triggered(by: other, among: [F.template]).count, 0)
        var byKind = F.template
        byKind.triggers = [.alarmKind("threshold")]
        XCTAssertEqual(ScenarioTemplate.triggered(by: other, among: [byKind]).count, 1)
        let step = AlarmStateMachine.newAlarm(ruleID: R.ruleID, subject: "R1/x", kind: .overdue, priority: .high, message: "m", at: F.t0)
        byKind.triggers = [.alarmKind("overdue"), .alarmRule("*")]
        XCTAssertEqual(ScenarioTemplate.triggered(by: step, among: [byKind]).count, 0, "an overdue step starts no scenario")
    }

    func testRunsAndTheirStepAlarmsFollowTheirDomain() {
        let scope = AccessScope(restricted: [.publicOrder], granted: [])
        var ours = F.template
        ours.hazard = "other"
        let flood = ScenarioRunMachine.start(F.template, id: "KB1", at: F.t0, by: .system, alarmID: nil, exercise: false, byHand: true).0
        let source = ScenarioRunMachine.start(ours, id: "KB2", at: F.t0, by: .system, alarmID: nil, exercise: false, byHand: true).0
        XCTAssertEqual([flood.domain, source.domain], [.publicOrder, nil])
        var d = DashboardSnapshot(readAt: F.t0)
        d.runs = [flood, source]
        XCTAssertEqual(d.visible(to: scope).runs.map(\.id), ["KB2"], "a flood run is public order's")
        let late = [flood, source].map { F.after([.tick(at: F.minutes(31))], from: $0) }
        let alarms = R.inputs(runs: late, current: [], now: F.minutes(31)).compactMap(\.template)
        XCTAssertEqual(alarms.map { scope.allows($0) }, [false, true], "the IOC's own run's step alarm is seen by everyone")
        let alarmDomain = ScenarioRunMachine.start(ours, id: "KB3", at: F.t0, by: .system, alarmID: "a|b", exercise: false,
                                                   byHand: false, domain: .government).0
        XCTAssertEqual(alarmDomain.domain, .government, "the starting alarm's domain wins")
    }
}
