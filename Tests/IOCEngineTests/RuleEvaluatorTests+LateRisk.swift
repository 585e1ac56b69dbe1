import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// `when: at_risk` deadline rules: dossiers not yet late whose estimated probability of lateness reaches the rule's,
/// counted per agency as the other deadline rules are; an early warning (kind forecast).
extension RuleEvaluatorTests {
    func risk(_ id: String, agency: String, _ p: Double) -> LateRisk {
        LateRisk(item: item(id, agency: agency, agencyName: agency == "SXD" ? "Sở Xây dựng" : "Sở Tài chính", dueIn: 72),
                 estimate: LatenessEstimate(probability: p, basis: .procedure, finished: 40))
    }

    func testAtRiskDossiersPerAgencyRaiseFromTheRulesProbability() {
        var parameters = RuleParameters(deadline: .atRisk, grouping: .agency, minimumCount: 2)
        parameters.warningProbability = 0.7
        let evaluator = RuleEvaluator(rules: [rule("risk", .deadline, selector: "dossier", priority: 4,
                                                   message: "{agency}: {count} hồ sơ có nguy cơ trễ hạn", parameters)])
        XCTAssertTrue(evaluator.readsLateRisks)
        XCTAssertFalse(RuleEvaluator(rules: [rule("due", .deadline, selector: "dossier", RuleParameters(deadline: .dueSoon))]).readsLateRisks)
        // (probabilities, agency) → what is counted: 0.7 and above.
        let risks = [risk("1", agency: "SXD", 0.9), risk("2", agency: "SXD", 0.7), risk("3", agency: "SXD", 0.69),
                     risk("4", agency: "STC", 0.95)]
        var inputs = RuleInputs(now: t0)
        inputs.lateRisks = risks
        // The due-soon and overdue lists are not what it reads.
        inputs.deadlines = [item("9", agency: "STC", agencyName: "Sở Tài chính", dueIn: -1), item("8", agency: "STC", dueIn: -2)]
        let raised = evaluator.evaluate(inputs)
        XCTAssertEqual(raised.map(\.alarmID), ["risk|SXD"])
        XCTAssertEqual(raised.first?.message, "Sở Xây dựng: 2 hồ sơ có nguy cơ trễ hạn")
        XCTAssertEqual(raised.first?.kind, .atRisk, "an early warning of lateness, a kind of its own")
        XCTAssertEqual(raised.first?.value, 2)
        inputs.lateRisks = [risk("1", agency: "SXD", 0.9), risk("2", agency: "SXD", 0.5)]
        XCTAssertEqual(evaluator.evaluate(inputs).map(\.active), [false], "one left above 0.7: below the minimum")
    }
}
