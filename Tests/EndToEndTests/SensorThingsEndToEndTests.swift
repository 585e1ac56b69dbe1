import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 3, end to end: `ioc poll` reads a real SensorThings server (`django-ogc-sensorthings` 1.2.0 from
/// PyPI) beside the simulator; every observation posted reaches the database once, in its ward's series.
final class SensorThingsEndToEndTests: XCTestCase {
    private var directory: URL!
    private var server: FixtureServer?

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-sta-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sta"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        server?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    func testPostedObservationsReachTheDatabaseOnce() throws {
        XCTAssertTrue(PeerPython.isInstalled, PeerPython.missing)
        let server = try FixtureServer(script: "sensorthings/serve.py",
                                       arguments: ["--data", directory.appendingPathComponent("sta").path, "--watch-parent"],
                                       portArguments: ["--port", "0"], python: PeerPython.path)
        self.server = server
        let root = "http://127.0.0.1:\(server.port)/sensorthings/v1.1"
        let seedScript = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/sensorthings/seed.py").path
        let formatter = ISO8601DateFormatter()
        let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 - 7200).rounded(.down))
        let seeded = Subprocess.run([PeerPython.path, seedScript, "seed", "--base", root, "--observations", "120",
                                     "--start", formatter.string(from: start), "--step-seconds", "60"])
        XCTAssertEqual(seeded.status, 0, seeded.error)
        try """
        simulator:
          interval: 1s
        sources:
          tram:
            name: "Trạm quan trắc (SensorThings)"
            kind: sensorthings
            url: "\(root)/"
            interval: 1s
            timeout: 1s
            series_key: "sta.{thing}"
            wards: { "Trạm thủy văn Cấm": "11311" }

        """.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output + check.error)
        let db = directory.appendingPathComponent("city.sqlite").path
        SourceListing.startPoller(db: db, config: directory.path)
        let count = "SELECT count(*) FROM observation WHERE source_id = 'tram'"
        XCTAssertTrue(Eventually.holds(timeout: 30) { SQLiteShell.query(db, count) == "240" },
                      SQLiteShell.query(db, count) + " " + SQLiteShell.query(db, "SELECT last_error FROM source WHERE id = 'tram'"))
        XCTAssertEqual(SQLiteShell.query(db, "SELECT ward_code || ' ' || unit FROM series WHERE key = 'sta.Trạm quan trắc Lạch Tray'"), "11359 µg/m³")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT ward_code FROM series WHERE key = 'sta.Trạm thủy văn Cấm'"), "11311")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT status FROM source WHERE id = 'tram'"), "ok")
        // The simulator's first poll (three days of its city) may land after the station's rows: waited for, not assumed.
        XCTAssertTrue(Eventually.holds(timeout: 30) {
            (Int(SQLiteShell.query(db, "SELECT count(*) FROM observation WHERE source_id = 'simulator'")) ?? 0) > 50
        }, "the simulator kept polling beside it: " + SQLiteShell.query(db, "SELECT status || ' ' || polls_today || ' ' || coalesce(last_error, '') FROM source WHERE id = 'simulator'"))
        XCTAssertEqual(SQLiteShell.query(db, count), "240", "the station's rows, once each, after the simulator's polls too")
        SourceListing.stopPollers(under: db)
        XCTAssertTrue(Eventually.holds(timeout: 10) { ShellCommand.run("pgrep -f '[p]oll --db \(db)'").status != 0 })
        XCTAssertEqual(SQLiteShell.query(db, "PRAGMA integrity_check"), "ok")
    }
}
