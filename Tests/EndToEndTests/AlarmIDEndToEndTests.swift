import Foundation
import IOCTestSupport
import XCTest

/// Issue 12, item 15: alarms have an id an operator can type unquoted and read out (`A17`), shown wherever an alarm
/// id is shown and accepted by every command that takes one; the old `rule|subject` form still works; a database
/// from before gets its numbers by migration.
final class AlarmIDEndToEndTests: XCTestCase {
    func ioc(_ arguments: String, db: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments) --db '\(db)'")
    }

    func sql(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testAlarmIDsAreShellSafeAndAcceptedEverywhere() throws {
        let temp = TemporaryDatabase(name: "ids.sqlite")
        defer { temp.remove() }
        let db = temp.path
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(db)' >/dev/null 2>&1")
        let list = ioc("alarms list", db: db)
        let ids = list.output.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
        XCTAssertFalse(ids.isEmpty, list.output)
        let safe = try NSRegularExpression(pattern: "^A[0-9]+$")
        for id in ids {
            XCTAssertEqual(safe.numberOfMatches(in: id, range: NSRange(id.startIndex..., in: id)), 1, "typeable: \(id)")
        }
        let id = ids[0]
        let key = sql(db, "SELECT id FROM alarm WHERE number = \(id.dropFirst())")
        XCTAssertTrue(key.contains("|"), key)

        // Typed unquoted, as an operator would.
        let shown = ShellCommand.run("\(ProductsDirectory.ioc) alarms show --db '\(db)' \(id)")
        XCTAssertEqual(shown.status, 0, shown.error)
        XCTAssertTrue(shown.output.hasPrefix("\(id) "), shown.output)
        XCTAssertTrue(shown.output.contains(key), "the rule and subject are still shown: \(shown.output)")
        XCTAssertEqual(ioc("alarms show '\(key)'", db: db).output, shown.output, "the old form still works")
        XCTAssertEqual(ioc("alarms show \(id.lowercased())", db: db).output, shown.output, "a17 as A17")

        let acked = ioc("alarms ack --operator lan \(id)", db: db)
        XCTAssertEqual(acked.status, 0, acked.error)
        XCTAssertTrue(acked.output.hasPrefix("\(id)\t"), acked.output)
        XCTAssertEqual(ioc("alarms shelve --operator lan --reason test '\(key)'", db: db).status, 0)
        XCTAssertEqual(ioc("log add --operator lan --alarm \(id) 'Đã gọi'", db: db).status, 0)
        XCTAssertEqual(sql(db, "SELECT alarm_ids FROM log_entry"), "[\"\(key)\"]", "the log stores the stable key")
        XCTAssertTrue(ioc("log show", db: db).output.contains("cảnh báo \(id)"), ioc("log show", db: db).output)

        let missing = ioc("alarms show A999999", db: db)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.error.contains("A999999"), missing.error)
        XCTAssertFalse(missing.error.contains("Usage:"), "a missing alarm is not a usage error: \(missing.error)")
        let missingAck = ioc("alarms ack --operator lan A999999", db: db)
        XCTAssertEqual(missingAck.status, 1)
        XCTAssertFalse(missingAck.error.contains("Usage:"), missingAck.error)
    }

    func testADatabaseFromBeforeGetsNumbersByMigration() {
        let temp = TemporaryDatabase(name: "old.sqlite")
        defer { temp.remove() }
        let db = temp.path
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(db)' >/dev/null 2>&1")
        let count = sql(db, "SELECT count(*) FROM alarm")
        XCTAssertNotEqual(count, "0")
        // Back to the schema before v6-alarm-ids.
        XCTAssertEqual(sql(db, "DROP INDEX alarm_by_number; ALTER TABLE alarm DROP COLUMN number; "
                               + "DELETE FROM grdb_migrations WHERE identifier = 'v6-alarm-ids'; SELECT count(*) FROM alarm"), count)
        let list = ioc("alarms list --all", db: db)
        XCTAssertEqual(list.status, 0, list.error)
        XCTAssertEqual(sql(db, "SELECT count(DISTINCT number) FROM alarm WHERE number IS NOT NULL"), count)
        XCTAssertTrue(list.output.contains("\nA1\t"), list.output)
    }
}
