import Foundation
import IOCTestSupport
import XCTest

/// Crash safety and sharing of one database file between processes, with the real binary.
final class DatabaseEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        ShellCommand.run("pkill -KILL -f '\(directory.path)' || true")
        try? FileManager.default.removeItem(at: directory)
    }

    private func count(_ db: String, _ sql: String) -> Int {
        Int(ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(sql)\"").output
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func testKillMinus9MidWriteLeavesAnIntactDatabaseAndARestartCarriesOn() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let poll = "\(ProductsDirectory.ioc) poll --db '\(db)' --simulator-interval 0.1"
        var lastCount = 0
        for round in 0..<4 {
            let start = ShellCommand.run("(\(poll) >/dev/null 2>&1 & echo $!)")
            let pid = start.output.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertFalse(pid.isEmpty)
            // Wait for writes to be under way, then kill at a moment that varies from round to round.
            XCTAssertTrue(Eventually.holds(timeout: 20) { self.count(db, "SELECT count(*) FROM observation") > lastCount },
                          "round \(round): writing")
            // Not a wait for something: the kill lands at a moment that differs from round to round.
            Thread.sleep(forTimeInterval: 0.13 * Double(round + 1))
            ShellCommand.run("kill -9 \(pid)")
            XCTAssertTrue(Eventually.holds(timeout: 5) { ShellCommand.run("kill -0 \(pid) 2>/dev/null").status != 0 },
                          "round \(round): the poller is gone")
            let integrity = ShellCommand.run("sqlite3 '\(db)' 'PRAGMA integrity_check'").output
                .trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertEqual(integrity, "ok", "round \(round)")
            let now = count(db, "SELECT count(*) FROM observation")
            XCTAssertGreaterThan(now, lastCount, "round \(round): the restart carried on writing")
            lastCount = now
        }
    }

    func testTwoConsolesAndOnePollerOnOneDatabase() throws {
        let db = directory.appendingPathComponent("shared.sqlite").path
        let log = directory.appendingPathComponent("poll.log").path
        ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(db)' --simulator-interval 0.5 >'\(log)' 2>&1 &)")
        let a = try TmuxSession(width: 120, height: 40)
        let b = try TmuxSession(width: 120, height: 40)
        try a.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --operator ops-a")
        try b.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --lang en --operator ops-b")
        let firstA = try a.waitFor(timeout: 20, "console A with data") { $0.contains("Phản ánh kiến nghị") && $0.contains("Mô phỏng") }
        let firstB = try b.waitFor(timeout: 20, "console B with data") { $0.contains("Citizen feedback") && $0.contains("Simulated Hải") }
        let bodyA = firstA.split(separator: "\n").dropFirst().joined(separator: "\n")
        let bodyB = firstB.split(separator: "\n").dropFirst().joined(separator: "\n")
        try a.waitFor(timeout: 8, "console A to see new data") { $0.split(separator: "\n").dropFirst().joined(separator: "\n") != bodyA }
        try b.waitFor(timeout: 8, "console B to see new data") { $0.split(separator: "\n").dropFirst().joined(separator: "\n") != bodyB }
        try a.sendKeys("q")
        try b.sendKeys("q")
        try a.waitFor(timeout: 5, "A exits") { _ in (try? a.format("#{alternate_on}")) == "0" }
        try b.waitFor(timeout: 5, "B exits") { _ in (try? b.format("#{alternate_on}")) == "0" }
        ShellCommand.run("pkill -TERM -f 'poll --db \(db)'")
        XCTAssertTrue(Eventually.holds(timeout: 10) { ShellCommand.run("pgrep -f '[p]oll --db \(db)'").status != 0 },
                      "the poller stops on SIGTERM")
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        XCTAssertFalse(output.contains("locked"), output)
        XCTAssertTrue(output.contains("stopped on signal"), "poll exits cleanly on SIGTERM: \(output)")
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' 'PRAGMA integrity_check'").output.trimmingCharacters(in: .whitespacesAndNewlines), "ok")
    }
}
