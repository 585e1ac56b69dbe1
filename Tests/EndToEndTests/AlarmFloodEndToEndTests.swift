import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// A burst of 1,000 alarms in 10 seconds against a running console: the flood banner shows, keys still answer, and
/// nothing is lost. (The key-to-disk latency target is measured by `ioc-bench alarms`, not asserted here.)
final class AlarmFloodEndToEndTests: XCTestCase {
    func testThousandAlarmsInTenSecondsShowTheBannerAndKeepKeysAnswering() throws {
        let temp = TemporaryDatabase(name: "flood.sqlite")
        defer { temp.remove() }
        let store = try temp.openStore()
        let tmux = try TmuxSession(width: 160, height: 48)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(temp.path)' --no-poll --operator 'Phạm Thu'")
        try tmux.waitFor(timeout: 20, "the console") { $0.contains("Cảnh báo") && $0.contains("Nguồn dữ liệu") }

        let agencies = ["SXD", "SNNMT", "CATP", "SYT", "STC"]
        let started = Date()
        for batch in 0..<10 {
            let now = Date()
            let items: [(alarmID: String, input: AlarmInput, template: Alarm?)] = (0..<100).map { i in
                let n = batch * 100 + i
                let template = AlarmStateMachine.newAlarm(ruleID: "burst", subject: "s\(n)", kind: .threshold,
                                                          priority: n % 20 == 0 ? .high : .low,
                                                          message: "Cảnh báo thử \(n)", at: now, agencyCode: agencies[n % 5])
                return (template.id, .conditionRaised(value: Double(n), message: template.message, priority: template.priority, at: now), template)
            }
            _ = try store.applyAlarmInputs(items, policy: .standard)
            Thread.sleep(forTimeInterval: max(0, started.addingTimeInterval(Double(batch + 1)).timeIntervalSinceNow))
        }
        try tmux.waitFor(timeout: 5, "the flood banner") { $0.contains("NGẬP CẢNH BÁO") }

        // Keys still answer: the alarm screen opens and the selection moves, each within a second even under load.
        var latencies: [Double] = []
        for (key, expect) in [("F2", "toàn màn hình"), ("Escape", "Nguồn dữ liệu"), ("F2", "toàn màn hình")] {
            let sent = Date()
            try tmux.sendKeys(key)
            try tmux.waitFor(timeout: 2, "\(key) to answer") { $0.contains(expect) }
            latencies.append(Date().timeIntervalSince(sent) * 1000)
        }
        print("flood: key-to-screen latencies (ms, incl. tmux polling): \(latencies.map { Int($0) })")
        XCTAssertTrue(latencies.allSatisfy { $0 < 1000 }, "\(latencies)")

        XCTAssertEqual(try store.alarms(states: [.unacknowledged], limit: 5000).filter { $0.ruleID == "burst" }.count, 1000,
                       "nothing lost")
        try tmux.sendKeys("a")   // acknowledges the selected group (an agency's alarms in a flood)
        try tmux.waitFor(timeout: 5, "the acknowledgement") { $0.contains("Đã ghi") }
        let acked = try store.alarms(states: [.acknowledged], limit: 5000).count
        XCTAssertEqual(acked, 200, "the selected agency group's 200 alarms were acknowledged together")
        XCTAssertEqual(try store.alarms(states: nil, limit: 5000).count, 1000)
        try tmux.sendKeys("q")
    }
}
