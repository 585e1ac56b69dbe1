import Foundation
import IOCTestSupport
import XCTest

/// Issue 17: consoles on several machines over one PostgreSQL database. An acknowledgement on one console reaches
/// the others through PostgreSQL's notifications (LISTEN/NOTIFY), not by their next poll of the tables.
final class PostgresConsolesEndToEndTests: XCTestCase {
    private func psql(_ url: String, _ query: String) -> String {
        ShellCommand.run("psql '\(url)' -Atc \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The acknowledged count on an alarm panel's header ("Acknowledged 2"), or nil.
    private func acknowledged(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"Acknowledged (\d+)"#, options: .regularExpression) else { return nil }
        return Int(screen[range].split(separator: " ").last ?? "")
    }

    func testAnAcknowledgementOnOneConsoleReachesTheOthersWithinASecond() throws {
        let name = "ioc_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let url = try PostgresTestServer.createDatabase(String(name))
        defer { PostgresTestServer.dropDatabase(String(name)) }
        // A poller raises the simulated city's alarms, then stops: every console sees the same list.
        let poller = ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(url)' --seed 5 >/dev/null 2>&1 & echo $!)").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let raised = Eventually.holds(timeout: 60) { (Int(self.psql(url, "SELECT count(*) FROM alarm WHERE state = 'unack'")) ?? 0) > 0 }
        ShellCommand.run("kill -TERM \(poller)")
        XCTAssertTrue(Eventually.holds(timeout: 20) { ShellCommand.run("kill -0 \(poller) 2>/dev/null").status != 0 },
                      "the poller stops on SIGTERM")
        XCTAssertTrue(raised, "the poller raised alarms on PostgreSQL")

        let consoles = try (0..<3).map { _ in try TmuxSession(width: 160, height: 48) }
        for (i, console) in consoles.enumerated() {
            try console.run("clear; \(ProductsDirectory.ioc) --db '\(url)' --no-poll --lang en --operator 'Console \(i + 1)'")
            try console.waitFor(timeout: 30, "alarms") { $0.contains("Unacknowledged") && $0.contains("Acknowledged") }
        }
        let before = try consoles.map { try XCTUnwrap(acknowledged(try $0.capture())) }
        XCTAssertEqual(Set(before).count, 1, "every console shows the same count: \(before)")
        let a = consoles[0]
        try a.sendKeys("Tab")
        try a.sendKeys("Tab")
        try a.waitFor(timeout: 5, "the alarm keys") { $0.contains("a Acknowledge") }
        let pressed = ContinuousClock.now
        try a.sendKeys("a")
        var seen: [Duration] = []
        for other in consoles.dropFirst() {
            try other.waitFor(timeout: 5, "the acknowledgement made on console 1") { (self.acknowledged($0) ?? 0) > before[1] }
            seen.append(ContinuousClock.now - pressed)
        }
        print("PostgresConsolesEndToEndTests: acknowledgement seen on the other consoles after \(seen)")
        for (i, elapsed) in seen.enumerated() {
            XCTAssertLessThan(elapsed, .seconds(1), "console \(i + 2) saw it after \(elapsed)")
        }
        XCTAssertGreaterThan(Int(psql(url, "SELECT count(*) FROM alarm_action WHERE action = 'acknowledged' AND actor = 'Console 1'")) ?? 0, 0)
        for console in consoles { try console.sendKeys("q") }
    }
}
