import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 4, end to end: `ioc poll` with a CAP drop folder beside the simulator. A real flood alert raises
/// one alarm at its own priority while an exercise dropped beside it raises none; the Cancel that follows returns the
/// alarm to normal (unacknowledged, so the operator still sees it came and went); a hostile message is refused with
/// its reason and nothing stored is lost.
final class CAPEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-cap-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("drop"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        ShellCommand.run("pkill -TERM -f '[p]oll --db \(directory.path)'")
        try? FileManager.default.removeItem(at: directory)
    }

    private func sql(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func place(_ fixture: String) throws {
        let from = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/cap/\(fixture)")
        try FileManager.default.copyItem(at: from, to: directory.appendingPathComponent("drop/\(from.lastPathComponent)"))
    }

    func testARealAlertRaisesAnAlarmAnExerciseDoesNotAndACancelReturnsItToNormal() throws {
        let drop = directory.appendingPathComponent("drop")
        try """
        simulator:
          interval: 1s
        sources:
          canh-bao:
            name: "Cảnh báo khẩn cấp (CAP)"
            kind: cap
            folder: "\(drop.path)"
            interval: 500ms
            timeout: 500ms
            settle: 500ms

        """.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output + check.error)
        try place("valid/vn-haiphong-flood-alert.xml")
        try place("valid/vn-hanoi-exercise.xml")
        try place("hostile/xxe-file-passwd.xml")

        let db = directory.appendingPathComponent("city.sqlite").path
        ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(db)' --config '\(directory.path)' >/dev/null 2>&1 &)")
        let alarms = "SELECT priority || ' ' || state || ' ' || ward_code FROM alarm WHERE kind = 'alert'"
        XCTAssertTrue(Eventually.holds(timeout: 30) { self.sql(db, alarms) == "1 unack 11311" }, sql(db, alarms))
        XCTAssertEqual(sql(db, "SELECT count(*) FROM event WHERE kind = 'alert'"), "2", "the exercise is kept, shown as such")
        XCTAssertEqual(sql(db, "SELECT substr(title, 1, 13) FROM event WHERE source_status = 'Exercise Alert'"), "[DIỄN TẬP] Sơ")
        XCTAssertTrue(FileManager.default.fileExists(atPath: drop.appendingPathComponent("rejected/xxe-file-passwd.xml.reason.txt").path))
        XCTAssertTrue(sql(db, "SELECT last_error FROM source WHERE id = 'canh-bao'").contains("xxe-file-passwd.xml rejected"))

        try place("valid/vn-haiphong-flood-update.xml")
        try place("valid/vn-haiphong-flood-cancel.xml")
        XCTAssertTrue(Eventually.holds(timeout: 30) { self.sql(db, alarms).hasPrefix("1 rtn_unack") }, sql(db, alarms))
        XCTAssertEqual(sql(db, "SELECT status FROM event WHERE kind = 'alert' AND source_status = 'Actual Cancel'"), "cancelled")
        XCTAssertEqual(sql(db, "SELECT count(*) FROM alarm WHERE kind = 'alert'"), "1", "the chain is one alarm")
        ShellCommand.run("pkill -TERM -f '[p]oll --db \(db)'")
        XCTAssertTrue(Eventually.holds(timeout: 10) { ShellCommand.run("pgrep -f '[p]oll --db \(db)'").status != 0 })
        XCTAssertEqual(sql(db, "PRAGMA integrity_check"), "ok")
    }
}
