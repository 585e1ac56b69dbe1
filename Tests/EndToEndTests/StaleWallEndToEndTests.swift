import Foundation
import IOCDomain
import IOCTestSupport
import XCTest

/// Issue 12, item 9, as it was seen: `ioc brief --no-poll` on a database whose data is 13 days old showed
/// "Số liệu lúc 08:15:00" with no date and no stale banner.
final class StaleWallEndToEndTests: XCTestCase {
    func testTheWallSaysItsDataIsThirteenDaysOld() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-stale-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("old.sqlite").path
        // The simulated city polled once, 13 days ago (the snapshot writes it into the database it is given).
        let then = Date().addingTimeInterval(-13 * 86400)
        let iso = ISO8601DateFormatter()
        iso.timeZone = VietnamTime.zone
        let seeded = Subprocess.run([ProductsDirectory.ioc, "snapshot", "--db", db, "--at", iso.string(from: then),
                                     "--size", "80x24"])
        XCTAssertEqual(seeded.status, 0, seeded.output)
        let dated = String(VietnamTime.dateTime(then).prefix(10))

        for (lang, banner, footer) in [("vi", "Không có số liệu mới từ \(dated)", "Số liệu lúc \(dated)"),
                                       ("en", "No new data since \(dated)", "Data at \(dated)")] {
            let tmux = try TmuxSession(width: 160, height: 48)
            try tmux.run("clear; \(ProductsDirectory.ioc) brief --no-poll --db \(db) --lang \(lang)")
            let age = lang == "vi" ? "(13 ngày)" : "(13 days)"
            // Banner (top), footer (bottom) and age together: one frame, not the top of it.
            let screen = try tmux.waitFor(timeout: 20, "the stale banner, footer and age (\(lang))") {
                $0.contains(banner) && $0.contains(footer) && $0.contains(age)
            }
            XCTAssertTrue(screen.contains(banner) && screen.contains(footer) && screen.contains(age), screen)
            try tmux.sendKeys("q")
            try tmux.waitFor(timeout: 5, "the shell back after q") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
        }
    }
}
