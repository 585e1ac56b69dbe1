import Foundation
import IOCTestSupport
import XCTest

/// The shift handover end to end: operator A signs on at the prompt, writes two entries (one in Vietnamese with
/// diacritics), corrects one, shelves an alarm and starts the handover; operator B in a second console reviews it
/// section by section and accepts; the exported Markdown holds every open alarm, every shelved item with its reason,
/// every source down, both entries and the correction. And an entry survives `kill -9` right after Enter.
final class LogbookEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-logbook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func sql(_ db: String, _ query: String) -> [String] {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' -separator '\t' '\(db)' \"\(query)\"").output
            .split(separator: "\n").map(String.init)
    }

    /// The simulated city plus one department system that refuses connections, so a source is down.
    private func config() throws -> String {
        let text = """
            simulator:
              interval: 1s
            sources:
              cong-dvc:
                name: "Cổng dịch vụ công (mất kết nối)"
                url: "http://127.0.0.1:9/api"
                interval: 1s
                timeout: 500ms
                records: data.items
                events:
                  kind: dossier
                  id: ma
                  title: "{tieu_de}"
                  status: { path: trang_thai, map: { moi: received }, default: received }
                  updated: ngay_cap_nhat
            """
        try text.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        return directory.path
    }

    func testTwoConsolesHandOverAndTheExportHoldsEverything() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let configDir = try config()
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(configDir)'")
        XCTAssertEqual(check.status, 0, check.output)
        // Let the poller raise alarms and mark the refusing source down, then stop it so the data holds still.
        ShellCommand.run("timeout 8 \(ProductsDirectory.ioc) poll --config '\(configDir)' --db '\(db)' --seed 5 >/dev/null 2>&1")
        XCTAssertEqual(sql(db, "SELECT status FROM source WHERE id = 'cong-dvc'"), ["down"])
        XCTAssertFalse(sql(db, "SELECT id FROM alarm WHERE state = 'unack'").isEmpty)

        // A signs on at the prompt (no --operator).
        let a = try TmuxSession(width: 160, height: 48)
        try a.run("clear; \(ProductsDirectory.ioc) --config '\(configDir)' --db '\(db)' --no-poll --role operator")
        // The first account of a database is its admin, shared: the console asks the person's name, never a role
        // (acting here below the grant, as an operator, with --role).
        try a.waitFor(timeout: 20, "the sign-on prompt") { $0.contains("Nhận ca với vai trò trực ban (theo quyền của tài khoản) — họ tên:") }
        try a.type("Nguyễn Thị Ánh")
        try a.sendKeys("Enter")
        try a.waitFor(timeout: 5, "A on duty") { $0.contains("Trực: Nguyễn Thị Ánh") }

        // Shelve the most urgent alarm, with a reason.
        try a.sendKeys("F2")
        try a.waitFor(timeout: 5, "the alarm screen") { $0.contains("Cảnh báo — toàn màn hình") }
        try a.sendKeys("s")
        try a.sendKeys("Enter")
        try a.type("Bảo trì trạm đo An Dương")
        try a.sendKeys("Enter")
        // The top row may be a group (two overdue directives of one agency at some hours of the day): all are shelved.
        try a.waitFor(timeout: 5, "the shelve recorded") { $0.range(of: "Đã ghi [1-9][0-9]* thao tác", options: .regularExpression) != nil }
        try a.sendKeys("Escape")

        // Two entries, one Vietnamese with diacritics, one late, then a correction of the second.
        try a.sendKeys("F4")
        try a.waitFor(timeout: 5, "the logbook") { $0.contains("Nhật ký ca") && $0.contains("0 mục") }
        try a.sendKeys("n")
        try a.sendKeys("Enter")
        try a.type("Mưa lớn ở Hà Nội, ngập phố Đống Đa")
        try a.sendKeys("Enter")
        try a.waitFor(timeout: 5, "entry 1") { $0.contains("Đã ghi nhật ký #1") }
        try a.sendKeys("n")
        try a.sendKeys("3", "Enter")
        try a.type("Gọi Sở Xây dựng lúc 8 giờ")
        try a.sendKeys("Enter")
        try a.waitFor(timeout: 5, "entry 2 listed") { $0.contains("Đã ghi nhật ký #2") && $0.contains("2 mục") }
        try a.sendKeys("c")
        try a.type("Gọi Sở Xây dựng lúc 9 giờ")
        try a.sendKeys("Enter")
        try a.waitFor(timeout: 5, "the correction listed") { $0.contains("(đã sửa → #3)") && $0.contains("↳#2 Gọi Sở Xây dựng lúc 9 giờ") }
        try a.sendKeys("/")
        try a.type("ha noi")
        try a.sendKeys("Enter")
        try a.waitFor(timeout: 5, "accent-insensitive search") { $0.contains("1 mục") && $0.contains("Mưa lớn ở Hà Nội") }
        try a.sendKeys("Escape")

        // A starts the handover.
        try a.sendKeys("F5")
        try a.waitFor(timeout: 5, "the handover screen") { $0.contains("Chưa có biên bản giao ca") }
        try a.sendKeys("b")
        try a.sendKeys("3", "Enter")
        try a.type("Mưa lớn cả buổi; đã báo Sở Xây dựng")
        try a.sendKeys("Enter")
        try a.waitFor(timeout: 5, "the handover started") { $0.contains("Giao ca #1") && $0.contains("Chờ tiếp nhận") }

        // B, in a second console, reviews section by section and accepts.
        let b = try TmuxSession(width: 160, height: 48)
        try b.run("clear; \(ProductsDirectory.ioc) --config '\(configDir)' --db '\(db)' --no-poll --operator 'Trần Văn Bình' --role operator")
        try b.waitFor(timeout: 20, "B sees the pending handover") { $0.contains("⇄") && $0.contains("#1") && $0.contains("Trực: Nguyễn Thị Ánh") }
        try b.sendKeys("F5")
        try b.waitFor(timeout: 5, "the record") { $0.contains("Mục 1/10: Tổng quan") }
        try b.sendKeys("a")
        try b.waitFor(timeout: 5, "acceptance refused before review") { $0.contains("Xem hết các mục") }
        for section in 2...10 {
            try b.sendKeys("Right")
            try b.waitFor(timeout: 5, "section \(section)") { $0.contains("Mục \(section)/10") }
        }
        try b.sendKeys("a")
        try b.waitFor(timeout: 5, "B accepted") { $0.contains("Đã tiếp nhận ca") && $0.contains("Trực: Trần Văn Bình") }
        try a.waitFor(timeout: 5, "A sees B on duty") { $0.contains("Trực: Trần Văn Bình") && $0.contains("Đã tiếp nhận") }

        let export = ShellCommand.run("\(ProductsDirectory.ioc) handover export --db '\(db)'")
        XCTAssertEqual(export.status, 0, export.error)
        let md = export.output
        let open = sql(db, "SELECT 'A' || number FROM alarm WHERE state IN ('unack', 'ack', 'rtn_unack')")
        XCTAssertFalse(open.isEmpty)
        for id in open { XCTAssertTrue(md.contains("(`\(id)`)"), "open alarm \(id) missing") }
        let shelved = sql(db, "SELECT 'A' || number, shelve_reason FROM alarm WHERE state = 'shelved'")
        XCTAssertFalse(shelved.isEmpty, "the shelved row's alarms")
        for row in shelved {
            let parts = row.split(separator: "\t").map(String.init)
            XCTAssertTrue(md.contains("(`\(parts[0])`) · lý do: \(parts[1])"), "shelved \(row) missing")
        }
        let down = sql(db, "SELECT id, name FROM source WHERE status = 'down'")
        XCTAssertFalse(down.isEmpty)
        for row in down {
            let parts = row.split(separator: "\t").map(String.init)
            XCTAssertTrue(md.contains("✖ Mất kết nối — \(parts[1]) (`\(parts[0])`)"), "source \(row) missing")
        }
        XCTAssertTrue(md.contains("Mưa lớn ở Hà Nội, ngập phố Đống Đa"))
        XCTAssertTrue(md.contains("liên hệ cơ quan · Nguyễn Thị Ánh (trực ban): Gọi Sở Xây dựng lúc 8 giờ — đã được sửa bởi #3"), md)
        XCTAssertTrue(md.contains("· sửa mục #2: Gọi Sở Xây dựng lúc 9 giờ"), md)
        XCTAssertTrue(md.contains("- Người nhận: Trần Văn Bình (trực ban)"))
        XCTAssertTrue(md.contains("- Tình hình chung: **Bận**"))
        XCTAssertEqual(ShellCommand.run("\(ProductsDirectory.ioc) log verify --db '\(db)'").output, "ok, 3 entries\n")
        try a.sendKeys("q")
        try b.sendKeys("q")
    }

    func testAnEntrySurvivesKillNineRightAfterEnter() throws {
        let db = directory.appendingPathComponent("kill.sqlite").path
        let pidFile = directory.appendingPathComponent("pid").path
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --seed 3 --operator 'Lê Hoa' & echo $! > '\(pidFile)'; fg; echo exit-status=$?")
        try tmux.waitFor(timeout: 20, "the console") { $0.contains("Trực: Lê Hoa") }
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.sendKeys("F4")
        try tmux.waitFor(timeout: 5, "the logbook") { $0.contains("Nhật ký ca") }
        try tmux.sendKeys("n")
        try tmux.sendKeys("Enter")
        try tmux.type("Mất điện trạm bơm Vĩnh Niệm")
        try tmux.sendKeys("Enter")
        // The first frame after Enter is drawn after the commit: kill at once when it shows.
        try tmux.waitFor(timeout: 5, "the entry acknowledged") { $0.contains("Đã ghi nhật ký #1") }
        XCTAssertEqual(ShellCommand.run("kill -9 \(pid)").status, 0)
        try tmux.waitFor(timeout: 5, "the process gone") { $0.contains("exit-status=137") }
        XCTAssertEqual(sql(db, "SELECT text FROM log_entry"), ["Mất điện trạm bơm Vĩnh Niệm"])
        XCTAssertEqual(sql(db, "PRAGMA integrity_check"), ["ok"])
        XCTAssertEqual(ShellCommand.run("\(ProductsDirectory.ioc) log verify --db '\(db)'").output, "ok, 1 entry\n")
    }
}
