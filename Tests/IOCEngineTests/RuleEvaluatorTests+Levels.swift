import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// Anomaly, stale, source-down and deadline rules, and determinism.
extension RuleEvaluatorTests {
    func testAnomalyAgainstTheSameHourOfPastWeeks() {
        let hour = RuleInputs.hourOfWeek(t0)
        XCTAssertEqual(hour, 2 * 24 + 10, "Wednesday 10:00 UTC+7")
        XCTAssertEqual(RuleInputs.hourOfWeek(Date(timeIntervalSince1970: 1_763_312_400)), 0, "Monday 00:00 UTC+7")
        let percent = RuleEvaluator(rules: [rule("odd", .anomaly, RuleParameters(
            limit: .value(50), deadband: 10, direction: .both, anomalyMeasure: .percent))])
        let cases: [(Double, String)] = [(149, "."), (151, "+"), (141, "."), (139, "-"), (49, "+"), (61, "-")]
        for (index, (value, expected)) in cases.enumerated() {
            var input = inputs([value], startMinute: index)
            input.baselines = ["aqi.le_chan": [hour: 100]]
            let changes = percent.evaluate(input)
            XCTAssertEqual(changes.first.map { $0.active ? "+" : "-" } ?? ".", expected, "value \(value)")
        }
        let sigma = RuleEvaluator(rules: [rule("odd", .anomaly, message: "{value} ≠ {baseline}", RuleParameters(
            limit: .value(3), direction: .up, anomalyMeasure: .sigma))])
        var input = inputs([80, 131], key: "aqi.le_chan")
        input.baselines = ["aqi.le_chan": [hour: 100]]
        input.baselineDeviations = ["aqi.le_chan": [hour: 10]]
        let changes = sigma.evaluate(input)
        XCTAssertEqual(changes.map(\.value), [131], "80 is 2σ below, but the rule only looks up")
        XCTAssertEqual(changes.first?.message, "131 ≠ 100")
        var noBaseline = inputs([1000], startMinute: 5)
        noBaseline.baselines = [:]
        XCTAssertEqual(sigma.evaluate(noBaseline), [], "no baseline: nothing can be said")
    }

    func testStaleSeriesHaveTheirSourceDownAlarmAsParent() {
        let evaluator = RuleEvaluator(rules: [
            rule("down", .sourceDown, selector: "sim*", priority: 2, message: "Mất kết nối {name} ({source})"),
            rule("stale", .stale, selector: "aqi.*", message: "{name}: không có số liệu mới trong {limit}",
                 RuleParameters(staleAfter: 600)),
        ])
        let fresh = inputs([100])
        XCTAssertEqual(evaluator.evaluate(fresh), [])
        var later = fresh
        later.now = t0 + 601
        let stale = evaluator.evaluate(later)
        XCTAssertEqual(stale.count, 1)
        XCTAssertEqual(stale.first?.alarmID, "stale|aqi.le_chan")
        XCTAssertEqual(stale.first?.kind, .stale)
        XCTAssertEqual(stale.first?.parentAlarmID, "down|simulator")
        XCTAssertEqual(stale.first?.message, "VN_AQI – Trạm Lê Chân: không có số liệu mới trong 10 phút")
        XCTAssertEqual(stale.first?.at, t0 + 601)

        later.sources = [SourceHealth(sourceID: "simulator", name: "Mô phỏng Hải Phòng", kind: "simulator",
                                      status: .down, consecutiveFailures: 3)]
        let down = evaluator.evaluate(later)
        XCTAssertEqual(down.map(\.alarmID), ["down|simulator"])
        XCTAssertEqual(down.first?.message, "Mất kết nối Mô phỏng Hải Phòng (simulator)")
        XCTAssertEqual(down.first?.value, 3)

        later.sources[0].status = .ok
        later.series[0].observations.append(Observation(seriesKey: "aqi.le_chan", time: t0 + 600, value: 90))
        later.series[0].latestAt = t0 + 600
        let recovered = evaluator.evaluate(later)
        XCTAssertEqual(recovered.map(\.alarmID), ["down|simulator", "stale|aqi.le_chan"], "same time: rule order")
        XCTAssertEqual(recovered.map(\.active), [false, false])
        XCTAssertEqual(recovered.last?.message, "Đã trở lại bình thường: VN_AQI – Trạm Lê Chân: không có số liệu mới "
                       + "trong 10 phút")
    }

    func testStaleAtTheBoundaryAndWithoutAnyValue() {
        let evaluator = RuleEvaluator(rules: [rule("stale", .stale, message: "{name}", RuleParameters(staleAfter: 600))])
        var atLimit = inputs([100])
        atLimit.now = t0 + 600
        XCTAssertEqual(evaluator.evaluate(atLimit), [], "exactly stale_after old is not stale yet")
        let never = RuleInputs(now: t0, series: [SeriesWindow(definition: definition("aqi.never"), observations: [])])
        let changes = evaluator.evaluate(never)
        XCTAssertEqual(changes.map(\.subject), ["aqi.never"])
        XCTAssertNil(changes.first?.value)
        XCTAssertNil(changes.first?.parentAlarmID, "no source-down rule, no parent")
    }

    func item(_ id: String, kind: EventKind = .dossier, agency: String?, agencyName: String? = nil,
                      dueIn hours: Double, open: Bool = true) -> EventSummary {
        EventSummary(event: CityEvent(kind: kind, externalID: id, title: "Việc \(id)", status: open ? .inProgress : .done,
                                      agencyCode: agency, openedAt: t0 - 86400 * 10, dueAt: t0 + hours * 3600,
                                      updatedAt: t0),
                     sourceID: "sim", agencyName: agencyName)
    }

    func testDeadlinesPerAgencyCountAndClearBelowTheMinimum() {
        let evaluator = RuleEvaluator(rules: [rule("due", .deadline, selector: "dossier", priority: 4,
                                                   message: "{agency}: {count} hồ sơ sắp trễ hạn", RuleParameters(
            deadline: .dueSoon, warningWindow: 24 * 3600, grouping: .agency, minimumCount: 2))])
        let items = [
            item("1", agency: "SXD", agencyName: "Sở Xây dựng", dueIn: 1),
            item("2", agency: "SXD", agencyName: "Sở Xây dựng", dueIn: 24),    // exactly the window: due soon
            item("3", agency: "SXD", agencyName: "Sở Xây dựng", dueIn: 24.01), // just outside
            item("4", agency: "SXD", agencyName: "Sở Xây dựng", dueIn: -1),    // overdue, not due soon
            item("5", agency: "STC", agencyName: "Sở Tài chính", dueIn: 2),
            item("6", kind: .feedback, agency: "STC", dueIn: 2),               // another kind
            item("7", agency: "STC", agencyName: "Sở Tài chính", dueIn: 3, open: false),
        ]
        let raised = evaluator.evaluate(RuleInputs(now: t0, deadlines: items))
        XCTAssertEqual(raised.map(\.alarmID), ["due|SXD"])
        XCTAssertEqual(raised.first?.message, "Sở Xây dựng: 2 hồ sơ sắp trễ hạn")
        XCTAssertEqual(raised.first?.kind, .deadlineSoon)
        XCTAssertEqual(raised.first?.value, 2)
        XCTAssertEqual(raised.first?.agencyCode, "SXD")
        XCTAssertEqual(evaluator.evaluate(RuleInputs(now: t0, deadlines: items)), [])
        let cleared = evaluator.evaluate(RuleInputs(now: t0, deadlines: Array(items.dropFirst())))
        XCTAssertEqual(cleared.map(\.active), [false])
        XCTAssertEqual(cleared.first?.alarmID, "due|SXD")
    }

    func testDeadlinesPerItemRaiseOverdueItemsAndClearClosedOnes() {
        let evaluator = RuleEvaluator(rules: [rule("late", .deadline, selector: "directive", priority: 2,
                                                   message: "Chỉ đạo quá hạn: {title} – {agency} (hạn {due})",
                                                   RuleParameters(deadline: .overdue, grouping: .item))])
        let items = [
            item("CD-2", kind: .directive, agency: "SXD", agencyName: "Sở Xây dựng", dueIn: -3),
            item("CD-1", kind: .directive, agency: "SYT", agencyName: "Sở Y tế", dueIn: -0.5),
            item("CD-3", kind: .directive, agency: "SYT", dueIn: 0),
        ]
        let raised = evaluator.evaluate(RuleInputs(now: t0, deadlines: items))
        XCTAssertEqual(raised.map(\.subject), ["sim/CD-1", "sim/CD-2"], "sorted by subject; due now is not late")
        XCTAssertEqual(raised.map(\.kind), [.overdue, .overdue])
        XCTAssertEqual(raised.last?.message, "Chỉ đạo quá hạn: Việc CD-2 – Sở Xây dựng (hạn 19/11 07:00)")
        XCTAssertEqual(raised.last?.value, 3, "hours late")
        let later = evaluator.evaluate(RuleInputs(now: t0 + 60, deadlines: [items[0], items[2]]))
        XCTAssertEqual(later.map(\.subject), ["sim/CD-1", "sim/CD-3"])
        XCTAssertEqual(later.map(\.active), [false, true])
    }

    func testSameInputsGiveTheSameChangesOnAFreshEvaluator() {
        let rules = [
            rule("a", .threshold, RuleParameters(limit: .value(150), deadband: 5, onDelay: 60)),
            rule("b", .stale, RuleParameters(staleAfter: 60)),
            rule("c", .deadline, selector: "dossier", message: "{agency} {count}",
                 RuleParameters(deadline: .overdue, grouping: .agency)),
        ]
        var input = inputs((0..<50).map { 100 + Double(($0 * 37) % 100) })
        input.now = input.now + 3600
        input.deadlines = (0..<30).map { item("\($0)", agency: ["X", "Y", "Z"][$0 % 3], dueIn: -Double($0)) }
        let first = RuleEvaluator(rules: rules).evaluate(input)
        let second = RuleEvaluator(rules: rules).evaluate(input)
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(first.count, 5)
        XCTAssertEqual(first.map(\.at), first.map(\.at).sorted(), "in time order")
    }
}

/// Restarting with the conditions that were active.
extension RuleEvaluatorTests {
    func testAnEvaluatorSeededWithActiveConditionsOnlyReportsWhatChanged() {
        let rules = [
            rule("high", .threshold, RuleParameters(limit: .value(150))),
            rule("due", .deadline, selector: "dossier", message: "{agency} {count}",
                 RuleParameters(deadline: .overdue, grouping: .agency)),
        ]
        let first = RuleEvaluator(rules: rules)
        let late = EventSummary(event: CityEvent(kind: .dossier, externalID: "1", title: "t", status: .received,
                                                 openedAt: t0 - 86400, dueAt: t0 - 60, updatedAt: t0), sourceID: "sim")
        var input = inputs([151])
        input.deadlines = [late]
        let raised = first.evaluate(input)
        XCTAssertEqual(raised.map(\.alarmID), ["high|aqi.le_chan", "due|-"], "an item without agency counts under -")

        let restarted = RuleEvaluator(rules: rules, active: raised + [ConditionChange(
            ruleID: "gone", subject: "x", kind: .threshold, active: true, priority: 1, message: "m", at: t0)])
        XCTAssertEqual(restarted.activeAlarmIDs, ["due|-", "high|aqi.le_chan"])
        XCTAssertEqual(restarted.evaluate(input), [], "still active: nothing to raise again")
        var later = inputs([120], startMinute: 1)
        later.deadlines = []
        let cleared = restarted.evaluate(later)
        XCTAssertEqual(cleared.map(\.alarmID), ["high|aqi.le_chan", "due|-"])
        XCTAssertEqual(cleared.map(\.active), [false, false])
        XCTAssertEqual(cleared.first?.message, RuleText.clearedPrefix + (raised.first?.message ?? ""))
    }
}
