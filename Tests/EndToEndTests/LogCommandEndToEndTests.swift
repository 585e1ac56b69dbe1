import Foundation
import IOCTestSupport
import XCTest

/// `ioc log add|show|verify` and `ioc handover start|accept|show|export` from the shell.
final class LogCommandEndToEndTests: XCTestCase {
    func ioc(_ arguments: String, db: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments) --db '\(db)'")
    }

    func sql(_ db: String, _ query: String) -> ShellCommand.Result {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"")
    }

    func testAddShowSearchCorrectAndVerify() {
        let temp = TemporaryDatabase(name: "log.sqlite")
        defer { temp.remove() }
        let db = temp.path
        XCTAssertEqual(ioc("log add --operator 'Ca A' --role operator 'Mưa lớn ở Hà Nội'", db: db).status, 0)
        // Links must name what the store knows (a poller writes the reference data; here, one agency and one ward).
        XCTAssertEqual(sql(db, "INSERT INTO agency VALUES ('SXD', 'Sở Xây dựng', 'Department of Construction'); "
                               + "INSERT INTO ward VALUES ('31190', 'Lê Chân', 'phường', '31')").status, 0)
        let second = ioc("log add --operator 'Ca A' --role operator --category 'liên hệ cơ quan' --agency SXD --ward 31190 "
                         + "--event-time 2026-11-22T08:15:00+07:00 'Gọi Sở Xây dựng lúc 8 giờ'", db: db)
        XCTAssertEqual(second.status, 0, second.error)
        XCTAssertTrue(second.output.hasPrefix("#2\t"), second.output)
        XCTAssertEqual(ioc("log add --operator 'Ca A' --role operator --corrects 2 'Gọi Sở Xây dựng lúc 9 giờ'", db: db).status, 0)

        let shown = ioc("log show", db: db).output
        XCTAssertTrue(shown.contains("• #2 22/11/2026 08:15 (ghi lúc "), "plain text, not Markdown: \(shown)")
        XCTAssertFalse(shown.contains("**") || shown.contains("`") || shown.contains("\u{1B}"), "no markup, no escapes in a pipe: \(shown)")
        XCTAssertTrue(shown.contains("liên hệ cơ quan · Ca A (trực ban) · sửa mục #2: Gọi Sở Xây dựng lúc 9 giờ"), shown)
        XCTAssertTrue(shown.contains("— đã được sửa bởi #3"), shown)
        XCTAssertTrue(shown.contains("[cơ quan SXD; phường/xã 31190]"), shown)
        let found = ioc("log show --search 'ha noi'", db: db).output
        XCTAssertTrue(found.contains("Mưa lớn ở Hà Nội"))
        XCTAssertFalse(found.contains("Gọi Sở"))
        XCTAssertEqual(ioc("log show --category 'lien he co quan'", db: db).output.split(separator: "\n").count, 2)

        let ok = ioc("log verify", db: db)
        XCTAssertEqual(ok.status, 0)
        XCTAssertEqual(ok.output, "ok, 3 entries\n")
    }

    func testOneChangedByteFailsVerifyAndNamesTheEntry() {
        let temp = TemporaryDatabase(name: "tamper.sqlite")
        defer { temp.remove() }
        let db = temp.path
        for text in ["Một", "Gọi Sở lúc 9 giờ", "Ba"] { XCTAssertEqual(ioc("log add --operator lan '\(text)'", db: db).status, 0) }
        XCTAssertNotEqual(sql(db, "UPDATE log_entry SET text = 'x' WHERE id = 2").status, 0, "the trigger refuses updates")
        XCTAssertEqual(sql(db, "DROP TRIGGER log_entry_no_update; UPDATE log_entry SET text = replace(text, '9', '8') WHERE id = 2").status, 0)
        let bad = ioc("log verify", db: db)
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.output.hasPrefix("FAILED: entry #2: "), bad.output)
        XCTAssertTrue(bad.output.contains("hash không khớp"), bad.output)
        let english = ioc("log verify --lang en", db: db)
        XCTAssertEqual(english.status, 1)
        XCTAssertEqual(english.output, "FAILED: entry #2: its content was changed (the hash does not match)\n")
    }

    func testRefusalsExitNonZeroAndWriteNothing() {
        let temp = TemporaryDatabase(name: "refuse.sqlite")
        defer { temp.remove() }
        let db = temp.path
        XCTAssertNotEqual(ioc("log add --operator pct --role viewer 'x'", db: db).status, 0)
        XCTAssertNotEqual(ioc("log add --operator lan --category thoitiet 'x'", db: db).status, 0)
        XCTAssertNotEqual(ioc("log add --operator lan --event-time yesterday 'x'", db: db).status, 0)
        XCTAssertNotEqual(ioc("log add --operator lan --corrects 9 'x'", db: db).status, 0)
        XCTAssertEqual(ioc("log verify", db: db).output, "ok, 0 entries\n")
    }

    func testHandoverFromTheShell() {
        let temp = TemporaryDatabase(name: "handover.sqlite")
        defer { temp.remove() }
        let db = temp.path
        XCTAssertNoThrow(try temp.openStore(), "an empty database")
        XCTAssertNotEqual(ioc("handover export", db: db).status, 0, "nothing to export yet")
        let none = ioc("handover show", db: db)
        XCTAssertEqual(none.status, 0, "nothing to show is an answer, not an error: \(none.error)")
        XCTAssertTrue(none.output.contains("Chưa có biên bản giao ca nào"), none.output)
        let nothingToAccept = ioc("handover accept --lang en --operator 'Ca B'", db: db)
        XCTAssertEqual(nothingToAccept.status, 1)
        XCTAssertTrue(nothingToAccept.error.contains("Error: no handover waits for acceptance"), nothingToAccept.error)
        XCTAssertFalse(nothingToAccept.error.contains("Usage:"), "a refusal is not a usage error: \(nothingToAccept.error)")
        XCTAssertEqual(ioc("log add --operator 'Ca A' --role operator 'Ngập phố Lạch Tray'", db: db).status, 0)
        XCTAssertEqual(ioc("handover start --operator 'Ca A' --role operator --status 'bận' 'Mưa lớn cả buổi'", db: db).status, 0)
        XCTAssertNotEqual(ioc("handover start --operator 'Ca A' --role operator --status 2 'again'", db: db).status, 0, "one pending at a time")
        XCTAssertNotEqual(ioc("handover accept --operator 'Ca A' --role operator", db: db).status, 0, "not one's own")
        XCTAssertNotEqual(ioc("handover accept --operator 'Ca B' --role operator --reservations 'x'", db: db).status, 0, "reservations: supervisor")
        let accepted = ioc("handover accept --operator 'Ca B' --role supervisor --reservations 'Chưa rõ trạm bơm'", db: db)
        XCTAssertEqual(accepted.status, 0, accepted.error)
        let md = ioc("handover export", db: db).output
        XCTAssertTrue(md.hasPrefix("# Biên bản giao ca #1 — ca "), md)
        XCTAssertTrue(md.contains("Ngập phố Lạch Tray"))
        XCTAssertTrue(md.contains("- Bảo lưu: Chưa rõ trạm bơm"))
        XCTAssertTrue(md.contains("Đã tiếp nhận có bảo lưu"))
        let shown = ioc("handover show", db: db).output
        XCTAssertTrue(shown.hasPrefix("Đang trực: Ca B (trưởng ca)"), shown)
        XCTAssertTrue(shown.contains("  • Bảo lưu: Chưa rõ trạm bơm"), shown)
        XCTAssertFalse(shown.contains("**") || shown.contains("\n  - "), "plain text, not Markdown: \(shown)")
        let english = ioc("handover export --lang en", db: db).output
        XCTAssertTrue(english.hasPrefix("# Shift handover #1 — shift "), english)
        XCTAssertTrue(english.contains("- Reservations: Chưa rõ trạm bơm"))
        let shownEN = ioc("handover show --lang en", db: db).output
        XCTAssertTrue(shownEN.hasPrefix("On duty: Ca B (supervisor)"), shownEN)
        XCTAssertTrue(shownEN.contains("Handover #1 — shift "), shownEN)
        XCTAssertTrue(shownEN.contains("  • Reservations: Chưa rõ trạm bơm"), shownEN)
        XCTAssertFalse(shownEN.contains("Đang trực") || shownEN.contains("Biên bản"), "English throughout: \(shownEN)")
        XCTAssertNotEqual(ioc("handover show --lang fr", db: db).status, 0)
    }

    func testThePollerRaisesTheUnacceptedHandoverAlarmAndAcceptanceClearsIt() {
        let temp = TemporaryDatabase(name: "late.sqlite")
        defer { temp.remove() }
        let db = temp.path
        XCTAssertNoThrow(try temp.openStore(), "creates the database")
        // A handover started 16 minutes ago (written directly: the commands always start one now).
        let started = Int64((Date().timeIntervalSince1970 - 16 * 60) * 1000)
        let empty = #"{"kpiBreaches":[],"logEntries":[],"openAlarms":[],"openDirectives":[],"overdueByAgency":[],"shelvedAlarms":[],"sourcesNotOK":[],"staleAlarms":[]}"#
        let script = (temp.folder as NSString).appendingPathComponent("insert.sql")
        XCTAssertNoThrow(try """
            INSERT INTO handover (shift_id, outgoing, outgoing_role, started_ms, overall_status, narrative, sections_json, last_entry_id)
            VALUES ('s', 'Ca A', 'operator', \(started), 'normal', 'n', '\(empty)', 0);
            """.write(toFile: script, atomically: true, encoding: .utf8))
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' < '\(script)'").status, 0)
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(db)' >/dev/null 2>&1")
        let raised = ioc("alarms list", db: db).output
        XCTAssertTrue(raised.contains("\t2\tunack\t"), raised)
        XCTAssertTrue(ioc("alarms show 'handover-unaccepted|handover'", db: db).output.contains("· trạng thái unack"), raised)
        XCTAssertTrue(raised.contains("Biên bản giao ca #1 (Ca A) chưa được tiếp nhận sau 16 phút"), raised)
        XCTAssertEqual(ioc("handover accept --operator 'Ca B'", db: db).status, 0)
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(db)' >/dev/null 2>&1")
        XCTAssertEqual(sql(db, "SELECT state, condition_active FROM alarm WHERE id = 'handover-unaccepted|handover'").output,
                       "rtn_unack|0\n")
    }
}
