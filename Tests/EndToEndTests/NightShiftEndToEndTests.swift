import Foundation
import IOCTestSupport
import XCTest

/// Issue 12 end to end at 80×24, where an operator at 3 a.m. was misled: a filter that hid alarms (item 1), pasted
/// text that acted as keys (item 8), a pasted entry over the limit (item 6), and a help screen cut off (item 11).
final class NightShiftEndToEndTests: XCTestCase {
    private var directory: URL!
    private var db: String { directory.appendingPathComponent("city.sqlite").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-night-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func sql(_ query: String) -> String {
        ShellCommand.run("sqlite3 -cmd '.timeout 5000' '\(db)' \"\(query)\"").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The console at 80×24 on a simulated city, with alarms waiting.
    private func console(_ extra: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --seed 5 --operator 'Lê Văn Cường' \(extra)")
        // A row, not the header's "Chưa xác nhận 0" (at 80×24 the state word is short: "! Chưa XN", Decision 37).
        try tmux.waitFor(timeout: 30, "alarms waiting") {
            ["! Chưa xác nhận", "! Unacknowledged", "! Chưa XN", "! Unacked"].contains(where: $0.contains)
        }
        return tmux
    }

    private func quit(_ tmux: TmuxSession) throws {
        // Ctrl-C closes an open prompt first, then quits.
        try tmux.sendKeys("C-c")
        if (try? tmux.waitFor(timeout: 1, "the shell back") { _ in (try? tmux.format("#{alternate_on}")) == "0" }) == nil {
            try tmux.sendKeys("C-c")
            try tmux.waitFor(timeout: 5, "the shell back") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
        }
    }

    func testAFilterStartsFreshSaysWhatItHidesAndEscClearsIt() throws {
        let tmux = try console()
        try tmux.sendKeys("F2")
        try tmux.waitFor(timeout: 5, "the alarm screen") { $0.contains("Cảnh báo — toàn màn hình") }
        try tmux.sendKeys("/")
        try tmux.type("le chan")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 5, "the first filter on the header") { $0.contains("Lọc “le chan”") }
        try tmux.sendKeys("/")
        try tmux.type("cong an")
        try tmux.sendKeys("Enter")
        let second = try tmux.waitFor(timeout: 5, "the second filter on the header") { $0.contains("Lọc “cong an”") }
        XCTAssertFalse(second.contains("le chancong an"), "a new filter does not append to the old:\n\(second)")
        XCTAssertTrue(second.contains(", ẩn "), "the header says how many it hides:\n\(second)")
        try tmux.sendKeys("Escape")
        let cleared = try tmux.waitFor(timeout: 5, "Esc to clear the filter") { !$0.contains("Lọc “") }
        XCTAssertTrue(cleared.contains("Cảnh báo — toàn màn hình"), "the first Esc clears, it does not leave:\n\(cleared)")
        try tmux.sendKeys("Escape")
        let dashboard = try tmux.waitFor(timeout: 5, "the dashboard") { !$0.contains("Cảnh báo — toàn màn hình") }
        XCTAssertFalse(dashboard.contains("Lọc “"), "no filter left on the dashboard:\n\(dashboard)")
        try quit(tmux)
    }

    func testPastedTextNeverActsAndGoesIntoThePromptClean() throws {
        let tmux = try console()
        try tmux.sendKeys("F2")
        try tmux.waitFor(timeout: 5, "the alarm screen") { $0.contains("Cảnh báo — toàn màn hình") }
        let acked = sql("SELECT count(*) FROM alarm_action WHERE actor = 'Lê Văn Cường'")
        // On the alarm list: a paste of keys that would acknowledge all, shelve and quit does nothing of that.
        try tmux.paste("\u{1B}aAcsq")
        try tmux.waitFor(timeout: 5, "the paste left out, said") { $0.contains("Đã bỏ qua phần dán") }
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "1", "still running")
        XCTAssertEqual(sql("SELECT count(*) FROM alarm_action WHERE actor = 'Lê Văn Cường'"), acked, "nothing acted")
        // In a note: ESC and line breaks are not keys; the text arrives whole, cleaned.
        try tmux.sendKeys("n")
        try tmux.waitFor(timeout: 5, "the note prompt") { $0.contains("Ghi chú:") }
        try tmux.paste("tổ cứu hộ đã tới\u{1B}[31m\nLê Chân q")
        try tmux.waitFor(timeout: 5, "the pasted note in the prompt") { $0.contains("tổ cứu hộ đã tới[31m Lê Chân q") || $0.contains("tổ cứu hộ đã tới Lê Chân q") }
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 5, "the note recorded") { $0.contains("Đã ghi 1 thao tác") || $0.contains("Đã ghi") }
        // The top row may be a group: one note per member, each the same text.
        let note = sql("SELECT note FROM alarm_action WHERE actor = 'Lê Văn Cường' AND action = 'note' ORDER BY rowid LIMIT 1")
        XCTAssertTrue(note.hasPrefix("tổ cứu hộ đã tới") && note.hasSuffix("Lê Chân q"), note)
        XCTAssertFalse(note.contains("\u{1B}") || note.contains("\n"), note)
        try quit(tmux)
    }

    func testAPastedEntryOverTheLimitIsRefusedBeforeSaving() throws {
        let tmux = try console()
        try tmux.sendKeys("F4")
        try tmux.waitFor(timeout: 5, "the logbook") { $0.contains("Nhật ký ca") }
        try tmux.sendKeys("n")
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 5, "the text prompt") { $0.contains("Nhật ký [") }
        var text = ""
        while text.count < 3679 { text += "Mưa lớn gây ngập tại Lê Chân, đã báo Sở Xây dựng. " }
        try tmux.paste(String(text.prefix(3679)))
        try tmux.sendKeys("Enter")
        try tmux.waitFor(timeout: 5, "the refusal naming the limit and the length") { $0.contains("dài 3.679 ký tự, tối đa 2.000") }
        XCTAssertEqual(sql("SELECT count(*) FROM log_entry"), "0", "nothing written, nothing cut")
        try quit(tmux)
    }

    func testHelpAt80x24ShowsTheLegendAndScrollsToTheEnd() throws {
        for lang in ["vi", "en"] {
            let tmux = try console("--lang \(lang)")
            try tmux.sendKeys("?")
            let first = try tmux.waitFor(timeout: 5, "the help") { $0.contains(lang == "vi" ? "Trợ giúp phím" : "Keys") && $0.contains("PgDn") }
            XCTAssertTrue(first.contains(lang == "vi" ? "CB cảnh báo chưa xác nhận" : "Al unacked alarms"), "the legend at once:\n\(first)")
            XCTAssertTrue(first.contains(lang == "vi" ? "↓ còn" : "more lines"), "it says there is more:\n\(first)")
            var seen = first
            for _ in 0..<10 where !seen.contains(lang == "vi" ? "— hết" : "— end") {
                let before = try tmux.capture()
                try tmux.sendKeys("NPage")
                seen += try tmux.waitFor(timeout: 5, "the help to scroll") { $0 != before }
            }
            XCTAssertTrue(seen.contains(lang == "vi" ? "— hết" : "— end"), seen)
            XCTAssertTrue(seen.contains(lang == "vi" ? "Tiếp nhận có bảo lưu" : "Accept with reservations"), "the last group of keys:\n\(seen)")
            try tmux.sendKeys("x")
            try tmux.waitFor(timeout: 5, "the help closed") { !$0.contains("PgDn scroll") && !$0.contains("PgDn cuộn") }
            try quit(tmux)
        }
    }
}
