import Foundation
import IOCTestSupport
import XCTest

/// `ioc backfill` (issue 16, item 5): a simulated city's past written into a new cache, so that a month's report
/// has figures in every section; run again, nothing doubles; a cache holding another source's data is refused.
final class BackfillEndToEndTests: XCTestCase {
    func testAMonthBackfilledReportsInEverySectionOnceAndOnlyForTheSimulator() throws {
        let temp = TemporaryDatabase(name: "backfill.sqlite")
        defer { temp.remove() }
        let db = temp.path
        let fill = ShellCommand.run("\(ProductsDirectory.ioc) backfill --db '\(db)' --days 40 --lang en")
        XCTAssertEqual(fill.status, 0, fill.error)
        XCTAssertTrue(fill.output.hasPrefix("Wrote 40 days of Simulated Hải Phòng: "), fill.output)
        XCTAssertEqual(fill.error.contains("\u{1B}[2K"), false, "no progress bar when standard error is not a terminal")
        func count(_ sql: String) -> Int { Int(SQLiteShell.query(db, sql)) ?? -1 }
        let before = (events: count("SELECT COUNT(*) FROM event"), actions: count("SELECT COUNT(*) FROM alarm_action"),
                      hourly: count("SELECT COUNT(*) FROM observation_hourly"), readings: count("SELECT SUM(count) FROM observation_hourly"))
        XCTAssertEqual(count("SELECT COUNT(*) FROM alarm WHERE id LIKE 'backfill|%' AND condition_active = 1"), 0,
                       "no backfilled alarm left standing for the live console")
        XCTAssertGreaterThan(before.events, 1_000)
        XCTAssertGreaterThan(before.actions, 100, "the series' limits raised alarms, acknowledged by the simulated operator")
        XCTAssertGreaterThan(before.hourly, 10_000, "readings older than a week rolled up per hour")
        XCTAssertEqual(count("SELECT COUNT(*) FROM source_day WHERE source_id = 'simulator'"), 40)
        XCTAssertEqual(count("SELECT COUNT(*) FROM audit WHERE action LIKE 'alarm.%'"), 0,
                       "the simulated operator's actions are not in the audit trail, one record says what was written")
        XCTAssertEqual(count("SELECT COUNT(*) FROM audit WHERE action = 'backfill'"), 1)
        XCTAssertEqual(count("SELECT COUNT(*) FROM alarm_action WHERE action = 'acknowledged' AND actor = 'Trực ban (mô phỏng)'"),
                       count("SELECT COUNT(*) FROM alarm_action WHERE action = 'raised'"))

        // The month before last is whole in the cache: every section has figures.
        let c = Calendar(identifier: .gregorian)
        var vietnam = c
        vietnam.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let last = vietnam.date(byAdding: .month, value: -1, to: Date())!
        let month = String(format: "%04d-%02d", vietnam.component(.year, from: last), vietnam.component(.month, from: last))
        let json = ShellCommand.run("\(ProductsDirectory.ioc) report --db '\(db)' --of \(month) --format json")
        XCTAssertEqual(json.status, 0, json.error)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let tables = (root["sections"] as? [[String: Any]] ?? []).flatMap { $0["tables"] as? [[String: Any]] ?? [] }
        func rows(_ id: String) -> [[String: Any]] { tables.first { $0["id"] as? String == id }?["rows"] as? [[String: Any]] ?? [] }
        XCTAssertGreaterThan(rows("sources").first?["days_with_data"] as? Int ?? 0, 20, "\(rows("sources"))")
        XCTAssertGreaterThan(rows("alarms").last?["annunciated"] as? Int ?? 0, 0)
        XCTAssertNotNil(rows("alarms").first { ($0["median_seconds_to_acknowledge"] as? Double) != nil }, "times to acknowledge")
        XCTAssertGreaterThan(rows("dossiers").count, 5)
        XCTAssertGreaterThan(rows("incidents").count, 3)
        XCTAssertGreaterThan(rows("feedback_by_ward").count, 20)
        let banded = rows("air_quality").map { row in
            ["good", "moderate", "poor", "bad", "very_bad", "hazardous"].reduce(0) { $0 + (row["days_" + $1] as? Int ?? 0) }
        }
        XCTAssertEqual(banded.count, 7, "seven stations")
        XCTAssertTrue(banded.allSatisfy { $0 >= 28 }, "every station's days banded: \(banded)")
        XCTAssertFalse(rows("indicators").compactMap { $0["value"] as? Double }.isEmpty)

        // Again: events and readings rewritten in place, the alarms not written twice.
        let again = ShellCommand.run("\(ProductsDirectory.ioc) backfill --db '\(db)' --days 40 --lang en")
        XCTAssertEqual(again.status, 0, again.error)
        XCTAssertTrue(again.output.contains("(the alarms were there from before)"), again.output)
        XCTAssertEqual(count("SELECT COUNT(*) FROM event"), before.events)
        XCTAssertEqual(count("SELECT COUNT(*) FROM alarm_action"), before.actions)
        XCTAssertEqual(count("SELECT SUM(count) FROM observation_hourly"), before.readings, "no hour counted twice")

        // A cache with another source's data is refused, and left as it was.
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' \"INSERT INTO source (id, name, kind, interval_s) VALUES ('dvc', 'Cổng DVC', 'http', 60)\"").status, 0)
        let refused = ShellCommand.run("\(ProductsDirectory.ioc) backfill --db '\(db)' --days 2 --lang en")
        XCTAssertEqual(refused.status, 1, refused.error)
        XCTAssertTrue(refused.error.contains("holds data of sources other than the simulator (dvc)"), refused.error)
        XCTAssertEqual(count("SELECT COUNT(*) FROM event"), before.events)
        XCTAssertEqual(ShellCommand.run("\(ProductsDirectory.ioc) backfill --db '\(db)' --days 0").status, 2)
    }
}
