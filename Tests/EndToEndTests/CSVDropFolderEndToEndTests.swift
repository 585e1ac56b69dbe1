import Foundation
import IOCTestSupport
import XCTest

/// Issue 14, item 5, end to end: `ioc poll` with a csv-folder source beside the simulator. A file dropped in the
/// folder reaches the database with its Vietnamese numbers read right and moves to done/; a file in another encoding
/// goes to rejected/ with its reason, says so in the source's health, and nothing stored is lost.
final class CSVDropFolderEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-csv-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("drop"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        ShellCommand.run("pkill -TERM -f '[p]oll --db \(directory.path)'")
        try? FileManager.default.removeItem(at: directory)
    }

    private func sql(_ db: String, _ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testADroppedFileIsStoredAndMovedAndABadOneIsRejectedWithItsReason() throws {
        let drop = directory.appendingPathComponent("drop")
        try """
        simulator:
          interval: 1s
        sources:
          thong-ke:
            name: "Cục Thống kê"
            kind: csv-folder
            folder: "\(drop.path)"
            interval: 500ms
            timeout: 500ms
            settle: 1s
            observations:
              series_key: "ctk.{ma_chi_tieu}"
              value: gia_tri
              time: ky
              series: { pillar: socio_economic, name: "{ten}", unit: "tỷ đồng" }

        """.write(to: directory.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        let check = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(directory.path)'")
        XCTAssertEqual(check.status, 0, check.output + check.error)

        let db = directory.appendingPathComponent("city.sqlite").path
        ShellCommand.run("(\(ProductsDirectory.ioc) poll --db '\(db)' --config '\(directory.path)' >/dev/null 2>&1 &)")
        // Written in two steps, as a copy over a network share would be: read only once whole.
        let file = drop.appendingPathComponent("ktxh-2026-10.csv")
        try Data([0xEF, 0xBB, 0xBF] + Array("ma_chi_tieu,ten,gia_tri,ky\n".utf8)).write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("thu_ngan_sach,Thu ngân sách,\"179.035,5\",31/10/2026\ngrdp,Tăng trưởng GRDP,\"11,5%\",30/09/2026\n".utf8))
        try handle.close()

        XCTAssertTrue(Eventually.holds(timeout: 30) {
            FileManager.default.fileExists(atPath: drop.appendingPathComponent("done/ktxh-2026-10.csv").path)
        }, "the file moved to done/ once stored")
        XCTAssertEqual(sql(db, "SELECT o.value FROM observation o JOIN series s ON s.id = o.series_id WHERE s.key = 'ctk.thu_ngan_sach'"),
                       "179035.5")
        XCTAssertEqual(sql(db, "SELECT o.value FROM observation o JOIN series s ON s.id = o.series_id WHERE s.key = 'ctk.grdp'"), "11.5")
        XCTAssertEqual(sql(db, "SELECT name FROM series WHERE key = 'ctk.grdp'"), "Tăng trưởng GRDP")

        // A file saved in a single-byte encoding: refused, with the reason beside it and in the source's health.
        try Data(Array("ma_chi_tieu,ten,gia_tri,ky\nthu,Thu ng".utf8) + [0xE2, 0x6E] + Array(",1,01/10/2026\n".utf8))
            .write(to: drop.appendingPathComponent("ansi.csv"))
        XCTAssertTrue(Eventually.holds(timeout: 30) {
            FileManager.default.fileExists(atPath: drop.appendingPathComponent("rejected/ansi.csv.reason.txt").path)
        }, "rejected with a reason")
        XCTAssertTrue(Eventually.holds(timeout: 10) {
            self.sql(db, "SELECT last_error FROM source WHERE id = 'thong-ke'").contains("ansi.csv rejected: the file is not UTF-8")
        }, sql(db, "SELECT last_error FROM source WHERE id = 'thong-ke'"))
        XCTAssertEqual(sql(db, "SELECT count(*) FROM observation o JOIN series s ON s.id = o.series_id WHERE s.key LIKE 'ctk.%'"), "2",
                       "nothing of the rejected file stored, nothing before it lost")
        XCTAssertGreaterThan(Int(sql(db, "SELECT count(*) FROM observation")) ?? 0, 100, "the simulator kept polling beside it")
        ShellCommand.run("pkill -TERM -f '[p]oll --db \(db)'")
        XCTAssertTrue(Eventually.holds(timeout: 10) { ShellCommand.run("pgrep -f '[p]oll --db \(db)'").status != 0 })
        XCTAssertEqual(sql(db, "PRAGMA integrity_check"), "ok")
    }
}
