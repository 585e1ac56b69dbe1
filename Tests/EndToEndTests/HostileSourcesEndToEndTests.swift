import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, the hostile-source suite: every hostile case of `Tests/Fixtures/hostile_server.py`, each a source on a
/// real socket on 127.0.0.1, polled at once beside the simulated city and one good source. For each: the source is
/// marked unhealthy with a clear error on the sources screen (F6); every other source keeps its schedule; no stored
/// row is lost or corrupted (`PRAGMA integrity_check`); nothing reaches the terminal raw. And memory stays bounded:
/// `ioc poll` with every case at once peaks within 15 MB of the same poller on clean sources.
final class HostileSourcesEndToEndTests: XCTestCase {
    private var directory: URL!
    private var server: FixtureServer!

    /// How a case's answer is read: as feedback cases (JSON, under `records`), AQI stations (JSON) or CAP (XML).
    enum Shape { case feedback(records: String), stations, cap }

    struct Case {
        let id: String
        let path: String
        let shape: Shape
        /// What the sources screen must say of it (the start of its last error).
        let error: String
    }

    /// The cases, from `Tests/Fixtures/hostile_cases.tsv` (the memory benchmark reads the same file).
    static let cases: [Case] = {
        let path = ProductsDirectory.repositoryRoot().appendingPathComponent("Tests/Fixtures/hostile_cases.tsv").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4 else { return nil }
            let how = f[2].split(separator: " ").map(String.init)
            let shape: Shape = how.first == "cap" ? .cap : how.first == "stations" ? .stations
                : .feedback(records: how.count > 1 ? how[1] : "data.items")
            return Case(id: f[0], path: f[1], shape: shape, error: f[3])
        }
    }()

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        server = try FixtureServer()
    }

    override func tearDownWithError() throws {
        SourceListing.stopPollers(under: directory.path)
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// One source of the sources file. `limits` false leaves timeout and size at their defaults (10 s, 5 MiB).
    private func source(_ id: String, _ path: String, _ shape: Shape, limits: Bool = true) -> String {
        var text = """
          \(id):
            name: "Nguồn \(id)"
            url: "http://127.0.0.1:\(server.port)\(path)"
            interval: 2s

        """
        if limits { text += "    timeout: 1500ms\n    max_bytes: 1MB\n" }
        switch shape {
        case .feedback(let records):
            text += """
                records: \(records)
                events:
                  kind: feedback
                  id: ma
                  title: "{tieu_de}"
                  status: { path: trang_thai, map: { moi: new, dang_xu_ly: in_progress }, default: new }
                  agency: don_vi
                  updated: ngay_cap_nhat

            """
        case .stations:
            text += "    records: stations\n    observations: { series_key: \"aqi.{id}\", value: aqi, time: time }\n"
        case .cap:
            text += "    kind: cap\n"
        }
        return text
    }

    private func write(_ sources: String) throws {
        try ("simulator:\n  interval: 1s\nsources:\n" + sources)
            .write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output + check.error)
    }

    /// `ioc sources --json` by id.
    private func sources(_ db: String) -> [String: [String: Any]] { SourceListing.byID(db: db, config: directory.path) }

    private func polls(_ s: [String: [String: Any]], _ id: String) -> Int { s[id]?["pollsToday"] as? Int ?? 0 }

    func testEveryHostileCaseIsNamedAndNothingElseSuffers() throws {
        XCTAssertEqual(Self.cases.count, 20, "the cases file read whole")
        let db = directory.appendingPathComponent("city.sqlite").path
        // What the good source and the city stored before any hostile source ran.
        try write(source("tot", "/clean", .feedback(records: "data.items")))
        SourceListing.startPoller(db: db, config: directory.path)
        XCTAssertTrue(Eventually.holds(timeout: 30) { self.polls(self.sources(db), "tot") >= 1 && self.polls(self.sources(db), "simulator") >= 2 })
        SourceListing.stopPollers(under: db)
        XCTAssertTrue(Eventually.holds(timeout: 10) { ShellCommand.run("pgrep -f '[p]oll --db \(db)'").output.isEmpty })
        let goodRows = "SELECT external_id || '|' || title || '|' || status || '|' || updated_ms FROM event WHERE source_id = 'tot' ORDER BY external_id"
        let goodBefore = SQLiteShell.query(db, goodRows)
        XCTAssertEqual(goodBefore.split(separator: "\n").count, 2, goodBefore)
        let cityBefore = (Int(SQLiteShell.query(db, "SELECT count(*) FROM event WHERE source_id = 'simulator'")) ?? 0,
                          Int(SQLiteShell.query(db, "SELECT count(*) FROM observation")) ?? 0)

        // Every hostile case at once, beside the city and the good source, in the console.
        try write(source("tot", "/clean", .feedback(records: "data.items"))
                  + Self.cases.map { source($0.id, $0.path, $0.shape) }.joined())
        let tmux = try TmuxSession(width: 200, height: 60)
        try tmux.run("clear; \(ProductsDirectory.ioc) --config '\(directory.path)' --db '\(db)' --operator ops")
        var seen: [String: [String: Any]] = [:]
        let polled = Eventually.holds(timeout: 60) {
            seen = self.sources(db)
            return Self.cases.allSatisfy { self.polls(seen, $0.id) >= 2 }
        }
        XCTAssertTrue(polled, "every hostile source polled twice: \(seen.mapValues { $0["pollsToday"] ?? 0 })")

        // The sources screen names each case, unhealthy, with its error.
        try tmux.sendKeys("F6")
        let screen = try tmux.waitFor(timeout: 10, "every hostile case unhealthy with its error on the sources screen") { screen in
            let lines = screen.split(separator: "\n")
            return Self.cases.allSatisfy { c in
                lines.contains { $0.contains("Nguồn \(c.id) ") && !$0.contains("✓") && $0.contains(c.error) }
            }
        }
        let lines = screen.split(separator: "\n")
        for c in Self.cases {
            let row = lines.first { $0.contains("Nguồn \(c.id) ") } ?? ""
            XCTAssertTrue(row.contains("! Chập chờn") || row.contains("✖ Mất kết nối"), "\(c.id): \(row)")
            XCTAssertTrue(row.contains(c.error), "\(c.id): \(row)")
        }
        for id in ["tot", "simulator"] {
            XCTAssertEqual(seen[id]?["state"] as? String, "ok", "\(id): \(seen[id] ?? [:])")
        }

        // Every other source keeps its schedule: the good one every 2 s, the city every second.
        let before = sources(db)
        XCTAssertTrue(Eventually.holds(timeout: 15) {
            let now = self.sources(db)
            return self.polls(now, "tot") >= self.polls(before, "tot") + 3 && self.polls(now, "simulator") >= self.polls(before, "simulator") + 5
        }, "the good source and the city kept polling")

        // Nothing raw reached the terminal: no clipboard (OSC 52), no title (OSC 0), no cleared screen, no ESC stored.
        XCTAssertEqual(try tmux.tmux(["list-buffers"]).trimmingCharacters(in: .whitespacesAndNewlines), "")
        XCTAssertFalse(try tmux.format("#{pane_title}").contains("pwned"))
        XCTAssertFalse(screen.contains("[2J"))
        XCTAssertEqual(SQLiteShell.query(db, "SELECT count(*) FROM event WHERE instr(title, char(27)) > 0 OR instr(title, char(155)) > 0 "
                               + "OR instr(detail, char(27)) > 0 OR instr(title, char(8238)) > 0 OR instr(category, char(27)) > 0"), "0")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT count(*) FROM source WHERE instr(last_error, char(27)) > 0"), "0")
        // The external entity was never fetched.
        let stats = try Data(contentsOf: server.url("/stats"))
        XCTAssertEqual((try JSONSerialization.jsonObject(with: stats) as? [String: Int])?["xxe_probe"], 0)

        // No stored row lost or corrupted; what the hostile sources could store, stored right.
        XCTAssertEqual(SQLiteShell.query(db, goodRows), goodBefore, "the good source's rows are as they were")
        XCTAssertGreaterThanOrEqual(Int(SQLiteShell.query(db, "SELECT count(*) FROM event WHERE source_id = 'simulator'")) ?? 0, cityBefore.0)
        XCTAssertGreaterThanOrEqual(Int(SQLiteShell.query(db, "SELECT count(*) FROM observation")) ?? 0, cityBefore.1)
        XCTAssertEqual(SQLiteShell.query(db, "SELECT group_concat(external_id || '=' || title, ';') FROM (SELECT * FROM event WHERE source_id = 'trung-lap' ORDER BY external_id)"),
                       "D-1=Bản mới;D-2=Khác", "a duplicate keeps its newest version")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT group_concat(external_id) FROM event WHERE source_id = 'tuong-lai'"), "F-2", "the 2099 case is left out")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT group_concat(external_id || '@' || updated_ms, ';') FROM (SELECT * FROM event WHERE source_id = 'khong-mui-gio' ORDER BY external_id)"),
                       "T-1@1751333400000;T-2@1751336100000", "a time without an offset is Vietnam time (UTC+7)")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT group_concat(title, ';') FROM (SELECT * FROM event WHERE source_id = 'dao-chieu' ORDER BY external_id)"),
                       "Đơn gnp.exe của dân;Tách chữ", "bidi controls removed, the words kept")
        XCTAssertEqual(SQLiteShell.query(db, "SELECT count(*) FROM event WHERE source_id IN ('loi-500', 'rac', 'khong-lo', 'nho-giot', 'im-lang', 'dut-ket-noi', 'utf8', 'nan')"), "0")
        XCTAssertEqual(SQLiteShell.query(db, "PRAGMA integrity_check"), "ok")

        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "exit") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
    }

    /// The peak resident memory (VmHWM, kB) of `ioc poll` on the sources file written by `sources`, read once every
    /// source in `ids` has polled three times.
    private func peakMemory(_ sources: String, ids: [String], name: String) throws -> Int {
        try write(sources)
        let db = directory.appendingPathComponent("\(name).sqlite").path
        let pid = ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(db)' --config '\(directory.path)' >/dev/null 2>&1 & echo $!)")
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        defer { ShellCommand.run("kill -TERM \(pid)") }
        var seen: [String: [String: Any]] = [:]
        let polled = Eventually.holds(timeout: 90) {
            seen = self.sources(db)
            return ids.allSatisfy { self.polls(seen, $0) >= 3 }
        }
        XCTAssertTrue(polled, "\(name): \(seen.mapValues { $0["pollsToday"] ?? 0 })")
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return try XCTUnwrap(Int(line.split(separator: " ").dropFirst().first ?? ""), String(line))
    }

    func testEveryHostileCaseAtOncePeaksWithinFifteenMegabytesOfACleanPoller() throws {
        // At the default limits (10 s, 5 MiB a response), as a city would run them.
        let ids = Self.cases.map(\.id)
        let clean = try peakMemory(ids.map { source($0, "/clean", .feedback(records: "data.items"), limits: false) }.joined(),
                                   ids: ids, name: "clean")
        let hostile = try peakMemory(Self.cases.map { source($0.id, $0.path, $0.shape, limits: false) }.joined(),
                                     ids: ids.filter { !["nho-giot", "im-lang"].contains($0) }, name: "hostile")
        print("peak RSS: clean \(clean) kB, every hostile case \(hostile) kB")
        XCTAssertLessThan(hostile - clean, 15 * 1024, "clean \(clean) kB, hostile \(hostile) kB")
    }
}
