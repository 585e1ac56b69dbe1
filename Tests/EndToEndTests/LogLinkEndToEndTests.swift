import Foundation
import IOCTestSupport
import XCTest

/// Issue 12, item 13: a logbook entry links only agencies, wards and alarms the store knows; each bad link is named
/// and nothing is written.
final class LogLinkEndToEndTests: XCTestCase {
    func ioc(_ arguments: String, db: String) -> ShellCommand.Result {
        ShellCommand.run("\(ProductsDirectory.ioc) \(arguments) --db '\(db)'")
    }

    func sql(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testUnknownLinksAreRefusedNamingEachAndKnownOnesAreKept() {
        let temp = TemporaryDatabase(name: "links.sqlite")
        defer { temp.remove() }
        let db = temp.path
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(db)' >/dev/null 2>&1")
        let agency = sql(db, "SELECT code FROM agency ORDER BY code LIMIT 1")
        let ward = sql(db, "SELECT code FROM ward ORDER BY code LIMIT 1")
        let alarm = sql(db, "SELECT id FROM alarm ORDER BY id LIMIT 1")
        XCTAssertFalse(agency.isEmpty || ward.isEmpty || alarm.isEmpty, "the poller wrote reference data and alarms")

        let bad = ioc("log add --lang en --operator lan --agency NOPE --ward 99999 --alarm 'bogus|id' 'Gọi Sở'", db: db)
        XCTAssertEqual(bad.status, 1, bad.output + bad.error)
        for name in ["NOPE", "99999", "bogus|id"] { XCTAssertTrue(bad.error.contains(name), "names \(name): \(bad.error)") }
        XCTAssertFalse(bad.error.contains("Usage:"), bad.error)
        let oneBad = ioc("log add --operator lan --agency '\(agency)' --agency NOPE 'Gọi Sở'", db: db)
        XCTAssertEqual(oneBad.status, 1, oneBad.output + oneBad.error)
        XCTAssertTrue(oneBad.error.contains("NOPE"), oneBad.error)
        XCTAssertEqual(ioc("log verify", db: db).output, "ok, 0 entries\n", "nothing written")

        let good = ioc("log add --operator lan --agency '\(agency)' --ward '\(ward)' --alarm '\(alarm)' 'Gọi Sở'", db: db)
        XCTAssertEqual(good.status, 0, good.error)
        XCTAssertEqual(sql(db, "SELECT agency_codes || ward_codes || alarm_ids FROM log_entry"),
                       "[\"\(agency)\"][\"\(ward)\"][\"\(alarm)\"]")
    }
}
