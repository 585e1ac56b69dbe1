import Foundation
import IOCTestSupport
import XCTest

/// Hostile department systems next to the simulated city: HTTP 500, garbage, a 50 MB body, a body that trickles
/// for a minute, and strings carrying terminal escape sequences. The console must keep drawing, mark each bad source
/// unhealthy with its error, keep the other panels fresh, and never let an escape sequence reach the terminal.
final class HostileSourcesEndToEndTests: XCTestCase {
    var directory: URL!
    var serverPID = ""

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if !serverPID.isEmpty { ShellCommand.run("kill \(serverPID)") }
        try? FileManager.default.removeItem(at: directory)
    }

    private func startServer() throws -> Int {
        let script = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/hostile_server.py").path
        let portFile = directory.appendingPathComponent("port").path
        serverPID = ShellCommand.run("(python3 '\(script)' 0 > '\(portFile)' 2>/dev/null & echo $!)").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var port: Int?
        if Eventually.holds(timeout: 10, {
            port = (try? String(contentsOfFile: portFile, encoding: .utf8))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return port != nil
        }), let port { return port }
        XCTFail("python3 hostile server did not start within 10 s")
        return 0
    }

    private func sourcesFile(port: Int) -> String {
        func source(_ id: String, _ name: String, _ path: String, records: String = "data.items", extra: String = "") -> String {
            """
              \(id):
                name: "\(name)"
                url: "http://127.0.0.1:\(port)\(path)"
                interval: 2s
                timeout: 1500ms
                max_bytes: 1MB
                records: \(records)\(extra)
                events:
                  kind: feedback
                  id: ma
                  title: "{tieu_de}"
                  status: { path: trang_thai, map: { moi: new, dang_xu_ly: in_progress }, default: new }
                  agency: don_vi
                  updated: ngay_cap_nhat

            """
        }
        return "simulator:\n  interval: 1s\nsources:\n"
            + source("loi-500", "Nguồn lỗi 500", "/500")
            + source("rac", "Nguồn rác", "/garbage")
            + source("khong-lo", "Nguồn 50 MB", "/huge")
            + source("nho-giot", "Nguồn nhỏ giọt", "/trickle")
            + source("ma-doc", "Nguồn mã độc", "/escapes", records: "items")
            + source("so-lon", "Nguồn số lớn", "/out-of-range", records: "items")
    }

    func testHostileSourcesAreMarkedUnhealthyAndTheRestStaysFresh() throws {
        let port = try startServer()
        try sourcesFile(port: port).write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output)

        let db = directory.appendingPathComponent("city.sqlite").path
        let tmux = try TmuxSession(width: 200, height: 60)
        try tmux.run("clear; \(ProductsDirectory.ioc) --config '\(directory.path)' --db '\(db)' --operator ops")

        let expectations: [(name: String, error: String)] = [
            ("Nguồn lỗi 500", "HTTP 500"), ("Nguồn rác", "invalid response"), ("Nguồn 50 MB", "larger than"),
            ("Nguồn nhỏ giọt", "timeout"),
        ]
        let screen = try tmux.waitFor(timeout: 30, "every hostile source unhealthy with its error") { screen in
            let lines = screen.split(separator: "\n")
            return expectations.allSatisfy { e in
                lines.contains { $0.contains(e.name) && ($0.contains("Chập chờn") || $0.contains("Mất kết nối")) && $0.contains(e.error) }
            }
        }
        let lines = screen.split(separator: "\n").map(String.init)
        let escapesRow = lines.first { $0.contains("Nguồn mã độc") } ?? ""
        XCTAssertTrue(escapesRow.contains("✓"), "valid JSON with escapes is a healthy source, cleaned: \(escapesRow)")
        let numberRow = lines.first { $0.contains("Nguồn số lớn") } ?? ""
        XCTAssertTrue(numberRow.contains("✓"), "one out-of-range number rejects its record, not the response: \(numberRow)")

        // The simulated city's panels stay fresh while the bad sources fail.
        for title in ["Kinh tế – xã hội", "Hiệu quả chính quyền (thủ tục hành chính)", "Chỉ đạo của lãnh đạo"] {
            let line = try XCTUnwrap(lines.first { $0.contains(title) }, title)
            // Under a minute old: "<1m" (ages are shown to the minute, Decision 35), never "?" stale.
            XCTAssertTrue(line.contains(" <1m "), "\(title) shows a fresh age: \(line)")
        }
        let before = screen.split(separator: "\n").filter { $0.contains("km/h") || $0.contains("VN_AQI") }
        try tmux.waitFor(timeout: 6, "the other panels keep updating") { $0.split(separator: "\n").filter { $0.contains("km/h") || $0.contains("VN_AQI") } != before }

        // Nothing reached the terminal: no OSC 52 clipboard buffer, the screen never cleared, no ESC stored.
        XCTAssertEqual(try tmux.tmux(["list-buffers"]).trimmingCharacters(in: .whitespacesAndNewlines), "")
        let stored = ShellCommand.run("sqlite3 '\(db)' \"SELECT count(*) FROM event WHERE source_id = 'ma-doc'; SELECT count(*) FROM event WHERE instr(title, char(27)) > 0 OR instr(title, char(155)) > 0 OR instr(detail, char(27)) > 0;\"")
        let counts = stored.output.split(separator: "\n").map { Int($0) ?? -1 }
        XCTAssertEqual(counts.count, 2, stored.output + stored.error)
        XCTAssertGreaterThan(counts.first ?? 0, 0, "the escapes source's cases were stored")
        XCTAssertEqual(counts.last, 0, "no control character stored")
        // Whole sequences went, not just their ESC: no "]0;pwned" or "[2J" left in what was stored.
        let leftovers = ShellCommand.run("sqlite3 '\(db)' \"SELECT count(*) FROM event WHERE source_id = 'ma-doc' AND (title LIKE '%[2J%' OR title LIKE '%52;c;%' OR category LIKE '%pwned%' OR external_id LIKE '%[2J%');\"")
        XCTAssertEqual(leftovers.output.trimmingCharacters(in: .whitespacesAndNewlines), "0", leftovers.output + leftovers.error)
        // The out-of-range record is left out and named in the source's health; the other record is kept.
        let kept = ShellCommand.run("sqlite3 '\(db)' \"SELECT group_concat(external_id) FROM event WHERE source_id = 'so-lon'; SELECT last_error FROM source WHERE id = 'so-lon';\"")
        XCTAssertEqual(kept.output.split(separator: "\n").first.map(String.init), "R-2", kept.output + kept.error)
        XCTAssertTrue(kept.output.contains("record 0: field 'tien_do' holds a number out of range (1e400)"), kept.output)
        XCTAssertEqual(ShellCommand.run("sqlite3 '\(db)' 'PRAGMA integrity_check'").output.trimmingCharacters(in: .whitespacesAndNewlines), "ok")
        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "exit") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
    }
}
