import Foundation
import IOCTestSupport
import XCTest

/// Issue 16, item 4: `:report month` in the console writes this month's report (HTML, private, beside the
/// database) and says on the status line where it went; an unknown period is refused with the ones that work.
final class ConsoleReportEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-console-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testReportMonthWritesTheFileAndSaysWhere() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let tmux = try TmuxSession(width: 200, height: 50)
        defer { tmux.kill() }
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --seed 7 --operator 'Nguyễn Văn An'")
        try tmux.waitFor(timeout: 20, "the console") { $0.contains("Nguồn dữ liệu") }
        try tmux.type(":report fortnight")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 5, "the refusal") { $0.contains("Kỳ báo cáo: month, quarter, half-year hoặc year") }
        try tmux.type(":report month")
        try tmux.sendKeys("Enter")
        let screen = try tmux.waitFor(timeout: 20, "where the report went") { $0.contains("Đã ghi báo cáo tháng ") }
        let line = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Đã ghi báo cáo tháng ") })
        let folder = directory.appendingPathComponent("reports").path
        let path = try XCTUnwrap(line.range(of: folder).map { String(line[$0.lowerBound...]).split(separator: " ").first.map(String.init) } ?? nil,
                                 "the path on the status line: \(line)")
        XCTAssertTrue(path.hasSuffix(".html") && path.contains("/report-month-"), path)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("Báo cáo hoạt động Trung tâm Giám sát, điều hành thông minh — tháng "))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "the shell back") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
        XCTAssertEqual(SQLiteShell.query(db, "SELECT COUNT(*) FROM audit WHERE action = 'export' AND target = 'report'"), "1",
                       "the export is in the audit trail")
    }
}
