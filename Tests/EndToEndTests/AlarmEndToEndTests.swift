import Foundation
import IOCTestSupport
import XCTest

/// Issue 3's end-to-end path: the simulator raises alarms; one shows unacknowledged; `a` acknowledges it; the row
/// changes; the timeline row is in SQLite; killing the console and restarting shows the same states.
final class AlarmEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-alarm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func sql(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testAcknowledgeFromTheKeyboardIsOnDiskAndSurvivesAKill() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let pidFile = directory.appendingPathComponent("pid").path
        let tmux = try TmuxSession(width: 200, height: 60)
        let command = "\(ProductsDirectory.ioc) --db '\(db)' --seed 5 --operator 'Lê Văn Cường'"
        try tmux.run("clear; \(command) & echo $! > '\(pidFile)'; fg")
        // A row: "! Chưa XN" where the panel is too narrow for the whole word (Decision 37).
        try tmux.waitFor(timeout: 30, "an unacknowledged alarm") { $0.contains("! Chưa xác nhận") || $0.contains("! Chưa XN") }
        // Focus the alarm panel: the third panel of the wide layout.
        try tmux.sendKeys("Tab")
        try tmux.sendKeys("Tab")
        try tmux.waitFor(timeout: 5, "the alarm keys in the help bar") { $0.contains("a Xác nhận") }
        let before = Int(sql(db, "SELECT count(*) FROM alarm WHERE state = 'ack'")) ?? -1
        try tmux.sendKeys("a")
        // The top row is one alarm or, at some hours of the simulated day, a group of one agency's alarms (all acknowledged).
        try tmux.waitFor(timeout: 5, "the row to change") { $0.range(of: "Đã xác nhận [1-9]", options: .regularExpression) != nil }
        let actions = Int(sql(db, "SELECT count(*) FROM alarm_action WHERE actor = 'Lê Văn Cường' AND to_state = 'ack'")) ?? 0
        XCTAssertGreaterThanOrEqual(actions, 1, "the acknowledgement is a timeline row with who did it")
        XCTAssertEqual(Int(sql(db, "SELECT count(*) FROM alarm WHERE state = 'ack'")), before + actions)
        let acked = sql(db, "SELECT id FROM alarm WHERE acknowledged_by = 'Lê Văn Cường' ORDER BY number LIMIT 1")
        let ackedID = sql(db, "SELECT 'A' || number FROM alarm WHERE acknowledged_by = 'Lê Văn Cường' ORDER BY number LIMIT 1")
        XCTAssertFalse(acked.isEmpty)

        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        ShellCommand.run("kill -9 \(pid)")
        try tmux.waitFor(timeout: 5, "the shell after kill -9") { $0.contains("Killed") || $0.hasSuffix("$ ") || $0.contains("$ ") }
        XCTAssertEqual(sql(db, "PRAGMA integrity_check"), "ok")
        XCTAssertEqual(sql(db, "SELECT state FROM alarm WHERE id = '\(acked)'"), "ack", "the state survived the kill")

        let restarted = try TmuxSession(width: 200, height: 60)
        try restarted.run("clear; \(command)")
        try restarted.waitFor(timeout: 30, "the same acknowledged alarm after a restart") {
            $0.range(of: "✓(×[0-9]+)? Đã (xác nhận|XN)", options: .regularExpression) != nil
        }
        try restarted.sendKeys("q")
        let list = ShellCommand.run("\(ProductsDirectory.ioc) alarms list --db '\(db)'").output
        XCTAssertTrue(list.contains("\(ackedID)\t") && list.contains("\tack\t"), list)
        let show = ShellCommand.run("\(ProductsDirectory.ioc) alarms show --db '\(db)' '\(acked)'").output
        XCTAssertTrue(show.contains("Lê Văn Cường"), show)
        // The same alarm in English: its stored English message and English labels, the Vietnamese where none.
        let vi = ShellCommand.run("\(ProductsDirectory.ioc) alarms show --db '\(db)' '\(acked)'").output
        let en = ShellCommand.run("\(ProductsDirectory.ioc) alarms show --db '\(db)' --lang en '\(acked)'").output
        XCTAssertTrue(en.contains("· state ack (Acknowledged)"), en)
        XCTAssertNotEqual(vi.split(separator: "\n").dropFirst().first, en.split(separator: "\n").dropFirst().first,
                          "the message line differs between the languages:\n\(vi)\n\(en)")
        let listEN = ShellCommand.run("\(ProductsDirectory.ioc) alarms list --db '\(db)' --lang en").output
        XCTAssertTrue(listEN.contains("\(ackedID)\t"), listEN)
    }
}
