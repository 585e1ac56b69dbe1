import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import XCTest

/// Surge rules: items received within the window counted per topic (category and ward) or per agency; raised at the
/// rule's count, cleared below it, the newest item naming the topic.
extension RuleEvaluatorTests {
    func received(_ id: String, minutesAgo: Double, category: String = "moi_truong", ward: String = "00070",
                  agency: String = "CTMT", kind: EventKind = .feedback) -> EventSummary {
        EventSummary(event: CityEvent(kind: kind, externalID: id, title: "Rác tồn đọng \(id)", status: .new, category: category,
                                      agencyCode: agency, wardCode: ward, openedAt: t0 - minutesAgo * 60, updatedAt: t0),
                     sourceID: "sim", agencyName: "Cty Môi trường", wardName: "Phường Lê Chân")
    }

    func testASurgeOnOneTopicRaisesAtItsCountAndClearsBelow() {
        var parameters = RuleParameters(grouping: .topic, minimumCount: 3)
        parameters.surgeWindow = 3600
        let evaluator = RuleEvaluator(rules: [rule("surge", .surge, selector: "feedback", priority: 3,
                                                   message: "{ward}: {count} phản ánh — {title}", parameters)])
        XCTAssertEqual(evaluator.receivedRead?.kinds, [.feedback])
        XCTAssertEqual(evaluator.receivedRead?.window, 3600)
        var inputs = RuleInputs(now: t0)
        inputs.received = [
            received("1", minutesAgo: 50), received("2", minutesAgo: 5), received("3", minutesAgo: 30),
            received("4", minutesAgo: 70),                        // outside the hour
            received("5", minutesAgo: 10, ward: "00071"),         // another ward: another topic
            received("6", minutesAgo: 10, category: "dien"),      // another category
            received("7", minutesAgo: 10, kind: .dossier),        // another kind
        ]
        let raised = evaluator.evaluate(inputs)
        XCTAssertEqual(raised.map(\.alarmID), ["surge|moi_truong@00070"])
        XCTAssertEqual(raised.first?.message, "Phường Lê Chân: 3 phản ánh — Rác tồn đọng 2", "the newest names the topic")
        XCTAssertEqual(raised.first?.kind, .surge)
        XCTAssertEqual(raised.first?.wardCode, "00070")
        XCTAssertEqual(evaluator.evaluate(inputs), [], "still three: nothing new")
        inputs.received.removeFirst()
        XCTAssertEqual(evaluator.evaluate(inputs).map(\.active), [false])
    }
}
