import Foundation
import IOCTestSupport
import XCTest

/// `ioc poll --speed N` (issue 17, item 5): the simulated city on a fast time, with the retention of the sources
/// file — raw values for a window, hourly and daily rollups beyond it — so a soak runs days in seconds and the cache
/// stays bounded; refused where it would write the future into a real cache.
final class SoakSpeedEndToEndTests: XCTestCase {
    var directory: URL!
    var pollerPID = ""

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-soak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if !pollerPID.isEmpty { ShellCommand.run("kill \(pollerPID) 2>/dev/null") }
        try? FileManager.default.removeItem(at: directory)
    }

    private func query(_ db: String, _ sql: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(sql)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testAFastSimulatedWeekKeepsRawValuesForItsWindowAndRollsUpTheRest() throws {
        let config = directory.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
        sources: {}
        simulator:
          interval: 60s
        retention:
          raw: 1d
          hourly: 3d
          daily: 30d
        """.write(to: config.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("soak.sqlite").path
        let started = Date()
        pollerPID = ShellCommand.run("""
            (\(ProductsDirectory.ioc) poll --speed 20000 --db '\(db)' --config '\(config.path)' --lang en \
            >'\(directory.path)/out' 2>'\(directory.path)/err' & echo $!)
            """).output.trimmingCharacters(in: .whitespacesAndNewlines)
        // Six simulated days: at ×20,000 about 26 s of real time.
        let sixDays = Int64(started.timeIntervalSince1970 * 1000) + 6 * 86_400_000
        let reached = Eventually.holds(timeout: 120) {
            (Int64(query(db, "SELECT MAX(last_attempt_ms) FROM source")) ?? 0) >= sixDays
        }
        let err = (try? String(contentsOfFile: directory.path + "/err", encoding: .utf8)) ?? ""
        XCTAssertTrue(reached, "the simulated time did not reach six days ahead: \(query(db, "SELECT MAX(last_attempt_ms) FROM source")); \(err)")
        XCTAssertTrue(err.contains("simulated time ×20000"), err)
        ShellCommand.run("kill -TERM \(pollerPID)")
        XCTAssertTrue(Eventually.holds(timeout: 20) { ShellCommand.run("kill -0 \(pollerPID) 2>/dev/null").status != 0 },
                      "the poller stops on SIGTERM")
        pollerPID = ""
        let stderr = (try? String(contentsOfFile: directory.path + "/err", encoding: .utf8)) ?? ""
        XCTAssertTrue(stderr.contains("stopped on signal 15"), stderr)
        XCTAssertFalse(stderr.contains("housekeeping:"), "the housekeeping never failed: \(stderr)")

        XCTAssertEqual(query(db, "PRAGMA integrity_check"), "ok")
        let last = Int64(query(db, "SELECT MAX(last_attempt_ms) FROM source")) ?? 0
        // The housekeeping runs every simulated hour: no raw value older than the day's window and that hour.
        XCTAssertEqual(query(db, "SELECT COUNT(*) FROM observation WHERE ts < \(last - 86_400_000 - 2 * 3_600_000)"), "0")
        XCTAssertGreaterThan(Int(query(db, "SELECT COUNT(*) FROM observation")) ?? 0, 0, "the last day's values are kept")
        // Hours kept for three days (whole Vietnam days), days beyond them.
        XCTAssertEqual(query(db, "SELECT COUNT(*) FROM observation_hourly WHERE hour_ms < \(last - 5 * 86_400_000)"), "0")
        XCTAssertGreaterThan(Int(query(db, "SELECT COUNT(*) FROM observation_hourly")) ?? 0, 0)
        let oldestHour = Int64(query(db, "SELECT MIN(hour_ms) FROM observation_hourly")) ?? 0
        XCTAssertGreaterThan(Int(query(db, "SELECT COUNT(DISTINCT day_ms) FROM observation_daily WHERE day_ms < \(oldestHour)")) ?? 0, 0,
                             "the days whose hours were pruned are kept as days")
        // Polls were stamped on the fast time, a simulated minute apart or more, and every one recorded.
        XCTAssertGreaterThan(Int(query(db, "SELECT SUM(polls) FROM source_day WHERE source_id = 'simulator'")) ?? 0, 100)
    }

    func testSpeedIsRefusedWithoutItsOwnDatabaseOrBesideRealSources() throws {
        let noDB = ShellCommand.run("timeout 5 \(ProductsDirectory.ioc) poll --lang en --speed 100")
        XCTAssertEqual(noDB.status, 2, noDB.error)
        XCTAssertTrue(noDB.error.contains("--speed needs --db"), noDB.error)
        let db = directory.appendingPathComponent("x.sqlite").path
        for value in ["0", "0.5", "-3", "1e9", "nan"] {
            let bad = ShellCommand.run("timeout 5 \(ProductsDirectory.ioc) poll --lang en --speed \(value) --db '\(db)'")
            XCTAssertEqual(bad.status, 2, "\(value): \(bad.error)")
            XCTAssertTrue(bad.error.contains("--speed must be from 1 to 100000"), "\(value): \(bad.error)")
        }
        let vietnamese = ShellCommand.run("timeout 5 \(ProductsDirectory.ioc) poll --speed 0 --db '\(db)'")
        XCTAssertTrue(vietnamese.error.contains("--speed phải từ 1 đến 100000"), vietnamese.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db), "nothing created")

        let config = directory.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
        sources:
          pakn:
            name: "PAKN"
            url: "http://127.0.0.1:9/x"
            events:
              kind: feedback
              id: id
              title: t
              status: s
              opened: o
        """.write(to: config.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let real = ShellCommand.run("timeout 10 \(ProductsDirectory.ioc) poll --lang en --speed 100 --db '\(db)' --config '\(config.path)'")
        XCTAssertEqual(real.status, 1, real.error)
        XCTAssertTrue(real.error.contains("--speed runs the simulated city only"), real.error)
        XCTAssertTrue(real.error.contains("pakn"), real.error)
    }
}
