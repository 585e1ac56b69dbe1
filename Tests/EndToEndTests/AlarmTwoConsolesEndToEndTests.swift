import Foundation
import IOCTestSupport
import XCTest

/// Two operators act on the same alarms from two consoles on one database at the same time: acknowledge, shelve and
/// note. Both timelines are complete: every action of each operator is a row, none overwrote another.
final class AlarmTwoConsolesEndToEndTests: XCTestCase {
    private func sql(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testAcknowledgeShelveAndNoteFromTwoConsolesAtOnce() throws {
        let temp = TemporaryDatabase(name: "two.sqlite")
        defer { temp.remove() }
        let db = temp.path
        // Let the poller raise alarms, then stop it so both consoles see the same list.
        ShellCommand.run("timeout 8 \(ProductsDirectory.ioc) poll --db '\(db)' --seed 5 >/dev/null 2>&1")
        XCTAssertGreaterThan(Int(sql(db, "SELECT count(*) FROM alarm WHERE state = 'unack'")) ?? 0, 0)

        let a = try TmuxSession(width: 160, height: 48)
        let b = try TmuxSession(width: 160, height: 48)
        try a.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --operator 'Ca A'")
        try b.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --operator 'Ca B'")
        for t in [a, b] {
            try t.waitFor(timeout: 20, "alarms") { $0.contains("Chưa xác nhận") }
            try t.sendKeys("Tab")
            try t.sendKeys("Tab")
            try t.waitFor(timeout: 5, "alarm keys") { $0.contains("a Xác nhận") }
        }
        // At once: A acknowledges while B writes a note on the same selected row.
        try b.sendKeys("n")
        try b.type("Đã gọi điện cho Sở")
        try a.sendKeys("a")
        try b.sendKeys("Enter")
        try a.waitFor(timeout: 5, "A's acknowledgement") { $0.contains("Đã ghi") }
        try b.waitFor(timeout: 5, "B's note") { $0.contains("Đã ghi") }
        // Then A shelves while B escalates.
        try a.sendKeys("s")
        try a.sendKeys("Enter")
        try a.type("Bảo trì trạm đo")
        try b.sendKeys("e")
        try a.sendKeys("Enter")
        // At least one of each: the selected row may be a group, whose action applies to every member.
        XCTAssertTrue(Eventually.holds(timeout: 10) {
            (Int(self.sql(db, "SELECT count(*) FROM alarm_action WHERE action = 'shelved' AND actor = 'Ca A'")) ?? 0) >= 1
                && (Int(self.sql(db, "SELECT count(*) FROM alarm_action WHERE action LIKE 'escalat%' AND actor = 'Ca B'")) ?? 0) >= 1
        }, "A's shelve and B's escalation stored")

        let byA = sql(db, "SELECT action FROM alarm_action WHERE actor = 'Ca A' ORDER BY id").split(separator: "\n")
        let byB = sql(db, "SELECT action FROM alarm_action WHERE actor = 'Ca B' ORDER BY id").split(separator: "\n")
        XCTAssertTrue(byA.contains { $0.contains("acknowledged") }, "\(byA)")
        XCTAssertTrue(byA.contains { $0.contains("shelved") }, "\(byA)")
        XCTAssertTrue(byB.contains { $0.contains("note") }, "\(byB)")
        XCTAssertTrue(byB.contains { $0.contains("escalat") }, "\(byB)")
        XCTAssertEqual(sql(db, "SELECT count(*) FROM alarm_action WHERE actor = 'Ca B' AND note = 'Đã gọi điện cho Sở'"),
                       sql(db, "SELECT count(*) FROM alarm_action WHERE actor = 'Ca B' AND action = 'note'"))
        XCTAssertEqual(sql(db, "PRAGMA integrity_check"), "ok")
        try a.sendKeys("q")
        try b.sendKeys("q")
    }
}
