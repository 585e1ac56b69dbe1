import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 2, end to end: `ioc poll` reads the Open311 fixture server in JSON and in XML beside the simulator,
/// and the independent `georeport` client (PyPI, in `.build/peers`) reading the same server must agree with every
/// case ioc stored: its id (zeros kept), raw status, service code, times and description.
final class Open311EndToEndTests: XCTestCase {
    private var directory: URL!
    private var server: FixtureServer?

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-open311-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        server?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private func sql(_ db: String, _ query: String) -> String { SQLiteShell.query(db, query, separator: "\t") }

    func testWhatIOCStoredAgreesWithTheGeoreportClient() throws {
        XCTAssertTrue(PeerPython.isInstalled, PeerPython.missing)
        let server = try FixtureServer(script: "open311/server.py", arguments: ["--shift"])
        self.server = server
        let root = "http://127.0.0.1:\(server.port)/open311/v2"
        try """
        simulator:
          interval: 1s
        sources:
          pakn-json:
            name: "PAKN Hải Phòng (Open311 JSON)"
            kind: open311
            url: "\(root)/"
            interval: 1s
            since_days: 90
          pakn-xml:
            name: "PAKN Hải Phòng (Open311 XML)"
            kind: open311
            url: "\(root)/"
            format: xml
            interval: 1s
            since_days: 90
            statuses: { acknowledged: in_progress }

        """.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output + check.error)

        let db = directory.appendingPathComponent("city.sqlite").path
        SourceListing.startPoller(db: db, config: directory.path)
        XCTAssertTrue(Eventually.holds(timeout: 30) {
            self.sql(db, "SELECT count(*) FROM event WHERE source_id IN ('pakn-json', 'pakn-xml')") == "10"
        }, sql(db, "SELECT source_id, external_id FROM event WHERE source_id LIKE 'pakn%'"))

        let formatter = ISO8601DateFormatter()
        let start = formatter.string(from: Date().addingTimeInterval(-89 * 86_400))
        let end = formatter.string(from: Date())
        for (source, format) in [("pakn-json", "json"), ("pakn-xml", "xml")] {
            let client = Subprocess.run([PeerPython.path,
                                         ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/open311/georeport_read.py").path,
                                         root, format, start, end])
            XCTAssertEqual(client.status, 0, client.error)
            var lines = client.output.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.popLast(), "one\t000123\topen", "the client reads one request by id")
            let stored = sql(db, """
                SELECT external_id, source_status, category, opened_ms, updated_ms,
                       CASE WHEN instr(detail, char(10)) > 0 THEN substr(detail, 1, instr(detail, char(10)) - 1) ELSE detail END
                FROM event WHERE source_id = '\(source)' ORDER BY external_id
                """).split(separator: "\n").map(String.init)
            XCTAssertEqual(stored, lines, "\(format): ioc and the georeport client read the same cases")
            XCTAssertEqual(lines.count, 5)
        }
        XCTAssertEqual(sql(db, "SELECT status FROM event WHERE source_id = 'pakn-xml' AND external_id = 'HP-2026-0042'"),
                       "in_progress", "a status outside the spec, mapped by config")
        XCTAssertEqual(sql(db, "SELECT status FROM event WHERE source_id = 'pakn-json' AND external_id = 'HP-2026-0042'"),
                       "new", "… and by unknown_status where the config does not list it")
        XCTAssertEqual(sql(db, "SELECT status || ' ' || (last_error IS NULL) FROM source WHERE id = 'pakn-xml'"), "ok 1")
        SourceListing.stopPollers(under: db)
        XCTAssertTrue(Eventually.holds(timeout: 10) { ShellCommand.run("pgrep -f '[p]oll --db \(db)'").status != 0 })
        XCTAssertEqual(sql(db, "PRAGMA integrity_check"), "ok")
    }
}
