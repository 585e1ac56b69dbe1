import Foundation
import IOCDomain
import XCTest

/// "No poller is writing to this database": (sources' last attempts, the alarm as stored) → inputs.
final class PollerSilenceRuleTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_795_000_000)

    private func source(_ id: String, age: Double?, interval: Double = 5) -> SourceHealth {
        SourceHealth(sourceID: id, name: id, kind: "k", status: age == nil ? .unknown : .ok,
                     lastAttemptAt: age.map { now.addingTimeInterval(-$0) }, intervalSeconds: interval)
    }

    private var active: Alarm {
        var alarm = PollerSilenceRule.template(at: now.addingTimeInterval(-600))
        alarm.conditionActive = true
        alarm.state = .unacknowledged
        return alarm
    }

    func testEverySourceLateRaisesOnceAndAnyPollClears() {
        let table: [(String, [SourceHealth], Alarm?, String?)] = [
            ("every source late: raised", [source("sim", age: 1200), source("http", age: 900, interval: 60)], nil, "raise"),
            ("raised already: nothing more", [source("sim", age: 1300)], active, nil),
            ("one source still polled: no alarm", [source("sim", age: 1200), source("http", age: 30, interval: 60)], nil, nil),
            ("polled again: cleared", [source("sim", age: 3)], active, "clear"),
            ("no source at all: nothing to judge", [], nil, nil),
            ("never polled: unknown, not silent", [source("sim", age: nil)], nil, nil),
            ("just past a poll: fine", [source("sim", age: 4)], nil, nil),
        ]
        for (name, sources, current, expected) in table {
            let inputs = PollerSilenceRule.inputs(sources: sources, current: current, now: now)
            switch expected {
            case "raise":
                guard case .conditionRaised(let value, let message, let messageEN, let priority, let at)? = inputs.first,
                      inputs.count == 1 else { XCTFail("\(name): \(inputs)"); continue }
                XCTAssertEqual(value, 15, "\(name): minutes since the newest attempt")
                XCTAssertEqual(priority, .high, name)
                XCTAssertEqual(at, now, name)
                XCTAssertTrue(message.hasPrefix("Không có tiến trình thu thập nào ghi vào CSDL"), message)
                XCTAssertTrue(messageEN?.hasPrefix("No poller is writing to this database: last poll ") == true, messageEN ?? "nil")
                XCTAssertTrue(messageEN?.hasSuffix("(15 minutes ago)") == true, messageEN ?? "nil")
            case "clear":
                XCTAssertEqual(inputs, [.conditionCleared(at: now)], name)
            default:
                XCTAssertEqual(inputs, [], name)
            }
        }
    }
}
