import Foundation
import IOCTestSupport
import XCTest

/// `ioc migrate-store --from PATH --to URL` (issue 17, item 4): an SQLite cache copied into PostgreSQL, every table
/// counted on both sides and both hash chains recomputed there; a target holding data, or not PostgreSQL, is refused.
final class MigrateStoreEndToEndTests: XCTestCase {
    private func sqlite(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func psql(_ url: String, _ query: String) -> String {
        ShellCommand.run("psql '\(url)' -Atc \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func ioc(_ arguments: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments) --lang en")
    }

    func testACacheIsCopiedWholeAndVerifiedAndACopyIsNeverMadeTwice() throws {
        let temp = TemporaryDatabase(name: "city.sqlite")
        defer { temp.remove() }
        let db = temp.path
        // A cache with a city's data, alarms acted on, a logbook entry and an audit trail.
        XCTAssertEqual(ShellCommand.run("timeout 8 \(ProductsDirectory.ioc) poll --db '\(db)' --seed 5 >/dev/null 2>&1; true").status, 0)
        XCTAssertEqual(ioc("log add --db '\(db)' --operator An 'Gọi Sở Xây dựng về ngập Lạch Tray'").status, 0)
        let first = sqlite(db, "SELECT number FROM alarm ORDER BY number LIMIT 1")
        if !first.isEmpty { XCTAssertEqual(ioc("alarms ack --db '\(db)' --operator An A\(first)").status, 0) }

        let name = "ioc_e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        let url = try PostgresTestServer.createDatabase(String(name))
        defer { PostgresTestServer.dropDatabase(String(name)) }
        let copied = ioc("migrate-store --from '\(db)' --to '\(url)'")
        XCTAssertEqual(copied.status, 0, copied.error)
        XCTAssertTrue(copied.output.contains("hash chains verify"), copied.output)
        for table in ["source", "series", "observation", "event", "alarm", "alarm_action", "log_entry", "source_day"] {
            let here = sqlite(db, "SELECT count(*) FROM \(table)")
            XCTAssertEqual(psql(url, "SELECT count(*) FROM \(table)"), here, table)
            XCTAssertTrue(copied.output.contains("\(table)\t\(here)\n"), "\(table) \(here): \(copied.output)")
        }
        XCTAssertGreaterThan(Int(sqlite(db, "SELECT count(*) FROM event")) ?? 0, 1000)
        // The same rows: the logbook entry, the alarm timeline in order, the audit trail plus the migration's own.
        XCTAssertEqual(psql(url, "SELECT text FROM log_entry"), "Gọi Sở Xây dựng về ngập Lạch Tray")
        XCTAssertEqual(psql(url, "SELECT string_agg(action, ',' ORDER BY id) FROM alarm_action"),
                       sqlite(db, "SELECT group_concat(action, ',') FROM (SELECT action FROM alarm_action ORDER BY id)"))
        let audited = Int(sqlite(db, "SELECT count(*) FROM audit")) ?? 0
        XCTAssertEqual(psql(url, "SELECT count(*) FROM audit"), String(audited + 2), "the copy's trail adds the role's grant and the migration")
        XCTAssertEqual(ioc("log verify --db '\(url)'").output, "ok, 1 entry\n")
        XCTAssertEqual(ioc("audit verify --db '\(url)'").output, "ok, \(audited + 2) records\n")
        // New rows on PostgreSQL are numbered after the copied ones.
        XCTAssertEqual(ioc("log add --db '\(url)' --operator An 'Sau khi chuyển'").status, 0)
        XCTAssertEqual(psql(url, "SELECT max(id) FROM log_entry"), "2")

        let again = ioc("migrate-store --from '\(db)' --to '\(url)'")
        XCTAssertEqual(again.status, 1, again.output)
        XCTAssertTrue(again.error.contains("already holds data"), again.error)
        let notPostgres = ioc("migrate-store --from '\(db)' --to /tmp/elsewhere.sqlite")
        XCTAssertEqual(notPostgres.status, 2)
        XCTAssertTrue(notPostgres.error.contains("--to must be postgres://"), notPostgres.error)
        let missing = ioc("migrate-store --from /nonexistent/city.sqlite --to '\(url)'")
        XCTAssertEqual(missing.status, 3, missing.error)
    }
}
