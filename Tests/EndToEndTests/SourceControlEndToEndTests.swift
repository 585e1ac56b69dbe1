import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 7: an operator pauses, resumes and polls a source now from the shell (`ioc sources pause|resume|
/// poll`) while `ioc poll` runs; the poller takes each within a second or two, and each is in the logbook with who
/// did it. A viewer cannot act, and an unknown source is refused; nothing changes either way.
final class SourceControlEndToEndTests: XCTestCase {
    private var directory: URL!
    private var server: FixtureServer?

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-control-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        server?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    func testPausePollNowAndResumeAreTakenAndLogged() throws {
        let server = try FixtureServer()
        self.server = server
        try """
        sources:
          pakn:
            name: "PAKN"
            url: "\(server.url("/ok"))"
            interval: 1h
            records: data.items
            events: { kind: feedback, id: ma, title: "{tieu_de}", status: { path: trang_thai, default: new } }

        """.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let db = directory.appendingPathComponent("city.sqlite").path
        func sources(_ arguments: String) -> ShellCommand.Result {
            ShellCommand.run("\(ProductsDirectory.ioc) sources \(arguments) --db '\(db)' --config '\(directory.path)'")
        }
        SourceListing.startPoller(db: db, config: directory.path)
        let polls = "SELECT polls_today FROM source WHERE id = 'pakn'"
        XCTAssertTrue(Eventually.holds(timeout: 30) { SQLiteShell.query(db, polls) == "1" }, SQLiteShell.query(db, polls))

        // An hourly source polled now, on request.
        let now = sources("poll pakn --operator 'Nguyễn Văn An'")
        XCTAssertEqual(now.status, 0, now.error)
        XCTAssertTrue(Eventually.holds(timeout: 10) { SQLiteShell.query(db, polls) == "2" }, SQLiteShell.query(db, polls))

        // Paused: a request to poll now is not taken until it is resumed.
        XCTAssertEqual(sources("pause pakn --operator 'Nguyễn Văn An'").status, 0)
        XCTAssertTrue(sources("").output.contains("pakn\thttp-json\t⏸ Tạm dừng"), sources("").output)
        XCTAssertEqual(sources("poll pakn --operator 'Nguyễn Văn An'").status, 0)
        XCTAssertFalse(Eventually.holds(timeout: 3) { SQLiteShell.query(db, polls) != "2" }, "a paused source is not polled")
        XCTAssertEqual(sources("resume pakn --operator 'Nguyễn Văn An'").status, 0)
        XCTAssertTrue(Eventually.holds(timeout: 10) { SQLiteShell.query(db, polls) == "3" }, "resumed: the request is taken")

        // Refused, nothing written.
        let viewer = sources("pause pakn --operator 'Khách' --role viewer")
        XCTAssertEqual(viewer.status, 1, viewer.output + viewer.error)
        let unknown = sources("poll khong-co --operator 'Nguyễn Văn An'")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.error.contains("không có nguồn 'khong-co'"), unknown.error)
        XCTAssertEqual(SQLiteShell.query(db, "SELECT paused FROM source WHERE id = 'pakn'"), "0")

        let log = SQLiteShell.query(db, "SELECT author || ': ' || text FROM log_entry ORDER BY id")
        XCTAssertEqual(log.split(separator: "\n").map(String.init), [
            "Nguyễn Văn An: Yêu cầu thu thập ngay nguồn PAKN (pakn)",
            "Nguyễn Văn An: Tạm dừng thu thập nguồn PAKN (pakn)",
            "Nguyễn Văn An: Yêu cầu thu thập ngay nguồn PAKN (pakn)",
            "Nguyễn Văn An: Tiếp tục thu thập nguồn PAKN (pakn)",
        ])
        XCTAssertEqual(ShellCommand.run("\(ProductsDirectory.ioc) log verify --db '\(db)' --config '\(directory.path)'").status, 0)
    }
}
