import Foundation
import IOCTestSupport
import XCTest

/// Issue 16: the HTML report in a real browser (headless Chromium): it draws (a PNG screenshot), prints on A4 with
/// each section starting a page (the PDF's pages read back with poppler's `pdfinfo` and `pdftotext`), and fetches
/// nothing: the browser's only way out is a proxy that records every request, and a control page shows that a
/// fetch would be recorded. A hostile agency name stays text.
final class ReportBrowserEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-report-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Requests the browser makes on its own (its clock, its updater, its account service), whatever the page.
    private static let browsersOwn = ["CONNECT update.googleapis.com:443 ", "POST http://update.googleapis.com/",
                                      "CONNECT accounts.google.com:443 ", "GET http://clients2.google.com/time/"]

    private func chromium(_ arguments: String, page: String, proxy: Int) -> ShellCommand.Result {
        let sandbox = geteuid() == 0 ? "--no-sandbox" : ""
        return ShellCommand.run("""
            timeout 120 chromium --headless \(sandbox) --disable-gpu --no-first-run --disable-background-networking \
            --disable-component-update --disable-sync --disable-default-apps --disable-domain-reliability \
            --proxy-server=http://127.0.0.1:\(proxy) '--proxy-bypass-list=<-loopback>' \
            --user-data-dir='\(directory.path)/profile' \(arguments) 'file://\(page)'
            """)
    }

    private func pageRequests(_ log: String) -> [String] {
        ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            .filter { line in !Self.browsersOwn.contains { line.hasPrefix($0) } }
    }

    func testTheHTMLReportDrawsPrintsOnA4AndFetchesNothing() throws {
        let dir = directory.path
        let db = dir + "/city.sqlite"
        let fill = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --db '\(db)' --at 2026-10-20T09:00:00+07:00")
        XCTAssertEqual(fill.status, 0, fill.error)
        let hostile = #"<img src="http://evil.example/a.png"><script>alert(1)</script>"#
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' \"UPDATE agency SET name = '\(hostile.replacingOccurrences(of: "\"", with: "\\\""))' WHERE code = (SELECT agency_code FROM event WHERE kind = 'dossier' LIMIT 1)\"").status, 0)
        let html = dir + "/report.html"
        let made = ShellCommand.run("\(ProductsDirectory.ioc) report --db '\(db)' --of 2026-10 --format html --output '\(html)'")
        XCTAssertEqual(made.status, 0, made.error)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        XCTAssertTrue(page.contains("&lt;img src=&quot;http://evil.example/a.png&quot;&gt;&lt;script&gt;"), "the name as text")
        XCTAssertFalse(page.contains("<img") || page.contains("<script"), "no element from outside")
        XCTAssertTrue(page.contains("<svg"), "charts inline")

        let log = dir + "/requests.log"
        let proxy = try FixtureServer(script: "browser/recording_proxy.py", arguments: [log])
        defer { proxy.stop() }

        // The control: a page that fetches an image is caught.
        let control = dir + "/control.html"
        try #"<!DOCTYPE html><html><body><img src="http://example.invalid/x.png"></body></html>"#
            .write(toFile: control, atomically: true, encoding: .utf8)
        XCTAssertEqual(chromium("--screenshot='\(dir)/control.png'", page: control, proxy: proxy.port).status, 0)
        XCTAssertTrue(Eventually.holds(timeout: 5) { self.pageRequests(log).contains { $0.contains("example.invalid/x.png") } },
                      "the recorder sees a page's fetch: \(pageRequests(log))")
        try "".write(toFile: log, atomically: true, encoding: .utf8)

        // The report: a screenshot, then the PDF.
        let shot = chromium("--window-size=1000,1400 --screenshot='\(dir)/report.png'", page: html, proxy: proxy.port)
        XCTAssertEqual(shot.status, 0, shot.error)
        let png = try Data(contentsOf: URL(fileURLWithPath: dir + "/report.png"))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        XCTAssertGreaterThan(png.count, 20_000, "a page drawn, not a blank one")
        let pdf = dir + "/report.pdf"
        let printed = chromium("--no-pdf-header-footer --print-to-pdf='\(pdf)'", page: html, proxy: proxy.port)
        XCTAssertEqual(printed.status, 0, printed.error)
        XCTAssertEqual(pageRequests(log), [], "the report fetched nothing")

        let info = ShellCommand.run("pdfinfo '\(pdf)'")
        XCTAssertEqual(info.status, 0, info.error)
        XCTAssertTrue(info.output.contains("Page size:       594.96 x 841.92 pts (A4)"), info.output)
        let pages = try XCTUnwrap(info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") })
        // Each section starts a page: its title is the first line of one.
        let json = ShellCommand.run("\(ProductsDirectory.ioc) report --db '\(db)' --of 2026-10 --format json")
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let titles = try XCTUnwrap((root["sections"] as? [[String: Any]])?.compactMap { $0["title"] as? String })
        XCTAssertGreaterThanOrEqual(pages, titles.count, "a page at least per section")
        XCTAssertLessThanOrEqual(pages, titles.count * 3, "no runaway pages: \(pages)")
        let firstLines = (1...pages).map { n in
            ShellCommand.run("pdftotext -f \(n) -l \(n) -layout '\(pdf)' -").output
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        for title in titles.dropFirst() {
            XCTAssertTrue(firstLines.contains { $0.first == title }, "\(title) starts a page: \(firstLines.map { $0.first ?? "" })")
        }
        XCTAssertTrue(firstLines[0].contains(titles[0]), "the first section on the first page")
        XCTAssertTrue(firstLines.joined().joined().contains("Báo cáo hoạt động Trung tâm Giám sát"), "the text is text")
    }
}
