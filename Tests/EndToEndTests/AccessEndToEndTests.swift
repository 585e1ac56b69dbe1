import Foundation
import IOCTestSupport
import XCTest

/// Issue 15: the actor is the OS account the process runs under (real OS accounts made by `scripts/setup`, run with
/// `setpriv`), its role comes from its grant and never from a flag, and every refusal is in the audit trail, whose
/// hash chain names the first record changed, deleted or moved.
final class AccessEndToEndTests: XCTestCase {
    private var directory: URL!
    private var db: String { directory.appendingPathComponent("city.sqlite").path }
    /// The binary as the test accounts can run it (`SharedBinary`).
    private var ioc = ""

    override func setUpWithError() throws {
        ioc = try SharedBinary.ioc(for: "ioc-test-op")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-access-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Three accounts share one file here, as they would through a setuid service binary: open it to them (ioc
        // warns about it, which is beside the point of this test).
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
        for account in ["ioc-test-op", "ioc-test-viewer", "ioc-test-none"] {
            XCTAssertEqual(ShellCommand.run("id -u \(account)").status, 0, "the account \(account) is made by scripts/setup")
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// `ioc ARGS` run as the OS account `account` (its real and effective ids, its own group, no others).
    private func run(as account: String, _ arguments: String) -> ShellCommand.Result {
        ShellCommand.run("setpriv --reuid=\(account) --regid=$(id -g \(account)) --clear-groups \(ioc) \(arguments) --db '\(db)'")
    }

    private func root(_ arguments: String) -> ShellCommand.Result {
        ShellCommand.run("\(ioc) \(arguments) --db '\(db)'")
    }

    private func sql(_ query: String) -> String { SQLiteShell.query(db, query) }

    /// The simulated city polled by this (root) account, which is thereby the database's admin; the file opened to
    /// the test accounts; an operator and a viewer granted.
    private func prepare() throws -> String {
        ShellCommand.run("timeout -s INT 8 \(ioc) poll --db '\(db)' >/dev/null 2>&1")
        let alarm = sql("SELECT 'A' || number FROM alarm WHERE state = 'unack' ORDER BY number LIMIT 1")
        XCTAssertFalse(alarm.isEmpty, "the poller raised an alarm")
        XCTAssertEqual(ShellCommand.run("chmod 0666 '\(db)'*").status, 0)
        XCTAssertEqual(root("operators grant ioc-test-op --name 'Trần Văn Op' --role operator").status, 0)
        XCTAssertEqual(root("operators grant ioc-test-viewer --name 'Phạm Thị Xem' --role viewer").status, 0)
        return alarm
    }

    func testRolesComeFromGrantsAndEveryRefusalIsAudited() throws {
        let alarm = try prepare()
        let granted = root("operators list")
        XCTAssertTrue(granted.output.contains("ioc-test-op\tTrần Văn Op\toperator\t-\tpersonal\troot\t"), granted.output)
        XCTAssertTrue(granted.output.contains("root\troot\tadmin\t"), "the first account is the admin: \(granted.output)")

        // No grant: refused, naming the command that grants it; nothing read.
        let none = run(as: "ioc-test-none", "alarms list --lang en")
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.error.contains("ioc operators grant ioc-test-none --name"), none.error)
        XCTAssertFalse(none.output.contains(alarm), "nothing listed")

        // A viewer cannot acknowledge.
        let viewer = run(as: "ioc-test-viewer", "alarms ack \(alarm) --lang en")
        XCTAssertEqual(viewer.status, 1, viewer.output)
        XCTAssertTrue(viewer.error.contains("A viewer may not act on alarms"), viewer.error)
        XCTAssertEqual(sql("SELECT state FROM alarm WHERE 'A' || number = '\(alarm)'"), "unack")

        // An operator asking for admin, granting, naming someone else: refused.
        let admin = run(as: "ioc-test-op", "alarms ack \(alarm) --role admin --lang en")
        XCTAssertEqual(admin.status, 1)
        XCTAssertTrue(admin.error.contains("role admin refused: this account is granted operator"), admin.error)
        XCTAssertEqual(run(as: "ioc-test-op", "operators grant ioc-test-none --name X --role admin").status, 1)
        XCTAssertEqual(run(as: "ioc-test-op", "alarms ack \(alarm) --operator 'Người Khác'").status, 1)
        XCTAssertEqual(run(as: "ioc-test-op", "audit show").status, 1, "the audit trail is for supervisors and admins")
        XCTAssertEqual(sql("SELECT state FROM alarm WHERE 'A' || number = '\(alarm)'"), "unack", "nothing changed")

        // The operator acts as the person of the grant.
        let ack = run(as: "ioc-test-op", "alarms ack \(alarm) --note 'đã gọi'")
        XCTAssertEqual(ack.status, 0, ack.error)
        XCTAssertEqual(sql("SELECT acknowledged_by FROM alarm WHERE 'A' || number = '\(alarm)'"), "Trần Văn Op")

        // In the trail, each under its account.
        let trail = root("audit show --outcome refused").output
        for expected in ["\tioc-test-none\tioc-test-none\t-\tcommand\trefused\talarms list\tthe account ioc-test-none has no grant",
                         "\tioc-test-viewer\tPhạm Thị Xem\tviewer\talarm.acknowledge\trefused\t\(alarm) ",
                         "\tioc-test-op\tTrần Văn Op\tadmin\tcommand\trefused\talarms ack\trole admin refused",
                         "\tioc-test-op\tTrần Văn Op\toperator\taccess.grant\trefused\tioc-test-none\tonly an admin",
                         "\tioc-test-op\tNgười Khác\toperator\tcommand\trefused\talarms ack\t",
                         "\tioc-test-op\tTrần Văn Op\toperator\tcommand\trefused\taudit show\t"] {
            XCTAssertTrue(trail.contains(expected), "missing \(expected) in\n\(trail)")
        }
        let ok = root("audit show --account ioc-test-op --action alarm --outcome ok").output
        XCTAssertTrue(ok.contains("\tioc-test-op\tTrần Văn Op\toperator\talarm.acknowledge\tok\t\(alarm) "), ok)
        XCTAssertTrue(ok.hasSuffix("\tđã gọi\n"), ok)
        XCTAssertTrue(root("audit verify").output.hasPrefix("ok, "))
    }

    func testTheConsoleTakesTheRoleFromTheGrant() throws {
        let alarm = try prepare()
        // A viewer's console signs on as the person of the grant, and its acknowledge key is refused and audited.
        let viewer = try TmuxSession(width: 160, height: 48)
        try viewer.run("clear; setpriv --reuid=ioc-test-viewer --regid=$(id -g ioc-test-viewer) --clear-groups \(ioc) --db '\(db)' --no-poll")
        try viewer.waitFor(timeout: 20, "the dashboard") { $0.contains("IOC HẢI PHÒNG") }
        try viewer.sendKeys("F2")
        try viewer.waitFor(timeout: 5, "the alarm screen") { $0.contains("Cảnh báo — toàn màn hình") }
        try viewer.sendKeys("a")
        try viewer.waitFor(timeout: 5, "refused") { $0.contains("Người xem không được thao tác cảnh báo") }
        try viewer.sendKeys("Escape")
        try viewer.sendKeys("q")
        try viewer.waitFor(timeout: 10, "the shell back") { !$0.contains("IOC HẢI PHÒNG") }
        viewer.kill()
        XCTAssertEqual(sql("SELECT state FROM alarm WHERE 'A' || number = '\(alarm)'"), "unack")
        let records = sql("SELECT action || ' ' || outcome FROM audit WHERE account = 'ioc-test-viewer' ORDER BY id")
        XCTAssertEqual(records.split(separator: "\n"), ["config.load ok", "sign_on ok", "alarm.acknowledge refused", "sign_off ok"])
        XCTAssertEqual(sql("SELECT DISTINCT actor || ' ' || role FROM audit WHERE account = 'ioc-test-viewer'"), "Phạm Thị Xem viewer",
                       "signed on as the person and the role of the grant")

        // An operator asking for admin, and an account with no grant: refused before the screen opens.
        let refused = try TmuxSession(width: 240, height: 30)
        try refused.run("clear; setpriv --reuid=ioc-test-op --regid=$(id -g ioc-test-op) --clear-groups \(ioc) --db '\(db)' --no-poll --role admin; "
                        + "setpriv --reuid=ioc-test-none --regid=$(id -g ioc-test-none) --clear-groups \(ioc) --db '\(db)' --no-poll")
        let screen = try refused.waitFor(timeout: 20, "both refusals") { $0.contains("chưa được cấp quyền") }
        XCTAssertTrue(screen.contains("không được dùng vai trò admin: tài khoản này được cấp vai trò operator"), screen)
        XCTAssertTrue(screen.contains("ioc operators grant ioc-test-none"), screen)
        refused.kill()
        XCTAssertEqual(sql("SELECT COUNT(*) FROM audit WHERE outcome = 'refused' AND target = 'console'"), "2")
    }

    /// One changed byte, one deleted record, two records swapped: `ioc audit verify` fails and names the record.
    func testAuditVerifyNamesTheRecordChangedDeletedOrMoved() throws {
        for args in ["log add 'Mưa lớn'", "log add 'Gọi Sở Xây dựng'", "handover start --status busy 'Ca bận'"] {
            XCTAssertEqual(root(args + " --operator 'Nguyễn Văn An'").status, 0, args)
        }
        XCTAssertEqual(root("log show").status, 0, "reading is not an audited action")
        XCTAssertEqual(root("audit verify --lang en").output, "ok, 4 records\n", "the grant, two entries, a handover")
        ShellCommand.run("sqlite3 '\(db)' 'PRAGMA wal_checkpoint(TRUNCATE)'")
        let cases: [(String, String, String)] = [
            ("one byte", "UPDATE audit SET actor = 'Nguyễn Văn Aa' WHERE id = 3", "FAILED: record #3: its content was changed (the hash does not match)"),
            ("deleted", "DELETE FROM audit WHERE id = 2", "FAILED: record #3: record #2 is missing before this one"),
            ("swapped", "UPDATE audit SET id = -1 WHERE id = 2; UPDATE audit SET id = 2 WHERE id = 3; UPDATE audit SET id = 3 WHERE id = -1",
             "FAILED: record #2: not linked to the record before (prev_hash differs from the hash of #1)"),
        ]
        for (name, change, expected) in cases {
            let copy = directory.appendingPathComponent("\(name).sqlite").path
            XCTAssertEqual(ShellCommand.run("cp '\(db)' '\(copy)'").status, 0)
            let tamper = ShellCommand.run("sqlite3 '\(copy)' \"DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; \(change)\"")
            XCTAssertEqual(tamper.status, 0, tamper.error)
            let verify = ShellCommand.run("\(ioc) audit verify --lang en --db '\(copy)'")
            XCTAssertEqual(verify.status, 1, name)
            XCTAssertEqual(verify.output, expected + "\n", name)
        }
    }
}
