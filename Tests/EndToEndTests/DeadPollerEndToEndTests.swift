import Foundation
import IOCTestSupport
import XCTest

/// A database no poller writes to any more (issue 12, item 5): a console with `--no-poll` must not show its source
/// as healthy, and "no poller is writing to this database" is an alarm, cleared when a poller comes back.
final class DeadPollerEndToEndTests: XCTestCase {
    var directory: URL!
    var pollerPID = ""

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-dead-poller-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if !pollerPID.isEmpty { ShellCommand.run("kill \(pollerPID)") }
        try? FileManager.default.removeItem(at: directory)
    }

    private func query(_ db: String, _ sql: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(sql)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testAConsoleOverADatabaseWhosePollerDiedShowsTheSourceLateAndRaisesTheAlarm() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        // A poller wrote this database 20 minutes ago, then stopped.
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        let then = formatter.string(from: Date().addingTimeInterval(-20 * 60))
        let fill = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --db '\(db)' --at '\(then)' --size 132x40")
        XCTAssertEqual(fill.status, 0, fill.output + fill.error)
        XCTAssertTrue(fill.output.contains("✓ Tốt"), "at its own moment the source was healthy:\n\(fill.output)")

        let tmux = try TmuxSession(width: 132, height: 40)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --operator ops --lang en")
        let screen = try tmux.waitFor(timeout: 30, "the source late and the poller alarm") { s in
            s.contains("? Late") && s.contains("No poller is writing")
        }
        XCTAssertFalse(screen.contains("1/1 sources OK"), screen)
        XCTAssertTrue(screen.contains("0/1 sources OK · 1 late"), screen)
        XCTAssertEqual(query(db, "SELECT count(*) FROM alarm WHERE rule_id = 'poller-silent' AND condition_active = 1"), "1")

        // A poller comes back: the source is healthy again and the alarm's condition clears.
        pollerPID = ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(db)' >/dev/null 2>&1 & echo $!)").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.waitFor(timeout: 30, "the source healthy again") { $0.contains("1/1 sources OK") }
        _ = Eventually.holds(timeout: 30) { query(db, "SELECT condition_active FROM alarm WHERE rule_id = 'poller-silent'") == "0" }
        XCTAssertEqual(query(db, "SELECT condition_active FROM alarm WHERE rule_id = 'poller-silent'"), "0")
        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "exit") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
    }

    func testASnapshotOfAnOldDatabaseNowShowsTheSourceLate() throws {
        let db = directory.appendingPathComponent("old.sqlite").path
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        let then = formatter.string(from: Date().addingTimeInterval(-20 * 60))
        XCTAssertEqual(ShellCommand.run("\(ProductsDirectory.ioc) snapshot --db '\(db)' --at '\(then)'").status, 0)
        let now = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --db '\(db)' --size 132x40")
        XCTAssertEqual(now.status, 0, now.error)
        XCTAssertTrue(now.output.contains("? Trễ"), now.output)
        XCTAssertTrue(now.output.contains("0/1 nguồn tốt · 1 trễ"), now.output)
        XCTAssertFalse(now.output.contains("✓ Tốt"), now.output)
    }
}
