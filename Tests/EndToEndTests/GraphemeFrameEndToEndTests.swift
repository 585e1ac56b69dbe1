import Foundation
import IOCTestSupport
import XCTest

/// Text with an emoji ZWJ sequence (👨‍👩‍👧), a skin-tone modifier (👍🏽) and a flag reaches the screen through a
/// logbook entry; the frame drawn around it must be what a full redraw (Ctrl-L) draws, on that screen and on the
/// dashboard after it, so no stray border glyph is left behind.
final class GraphemeFrameEndToEndTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-grapheme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testAnEmojiSequenceLeavesTheFrameIntact() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(db)' --seed 7 >/dev/null 2>&1")
        let text = "Gia đình 👨‍👩‍👧 báo ngập 👍🏽 🇻🇳 ở Lê Chân"
        let add = ShellCommand.run("\(ProductsDirectory.ioc) log add --db '\(db)' --operator 'Ca A' '\(text)'")
        XCTAssertEqual(add.status, 0, add.error)

        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --no-poll --operator 'Ca A'")
        try tmux.waitFor(timeout: 20, "the dashboard") { $0.contains("Trực: Ca A") }
        try tmux.sendKeys("F4")
        let logbook = try tmux.waitFor(timeout: 5, "the entry") { $0.contains("Gia đình") }
        let rows = logbook.split(separator: "\n", omittingEmptySubsequences: false)
        let entry = try XCTUnwrap(rows.first { $0.contains("Gia đình") })
        XCTAssertTrue(entry.hasSuffix("┃") && entry.filter { $0 == "┃" || $0 == "│" }.count == 2,
                      "the entry's row ends at the frame, nothing beyond it: \(entry)\n\(logbook)")
        XCTAssertTrue(entry.contains("báo ngập"), "the words after the emoji are whole: \(entry)")

        // The entry's detail replaces every row: no glyph of the list may be left at the right edge.
        try tmux.sendKeys("Enter")
        let detail = try tmux.waitFor(timeout: 5, "the entry's detail") { $0.contains("Nhật ký #1") }
        for row in detail.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).dropLast(2) where row.hasPrefix("┃") {
            XCTAssertTrue(row.hasSuffix("┃") && row.count(where: { $0 == "┃" || $0 == "│" }) == 2, "a stray glyph: \(row)\n\(detail)")
        }
        try tmux.sendKeys("Escape")
        try tmux.waitFor(timeout: 5, "the logbook again") { $0.contains("Nhật ký ca") }
        try tmux.sendKeys("Escape")
        let dashboard = try tmux.waitFor(timeout: 5, "back on the dashboard") { !$0.contains("Gia đình") && $0.contains("Trực: Ca A") }
        try tmux.sendKeys("C-l")
        // Ctrl-L is handled before the next clock second is drawn: once the clock has moved, the screen is the redrawn one.
        let clockLine = dashboard.split(separator: "\n", omittingEmptySubsequences: false).first
        let clean = try tmux.waitFor(timeout: 5, "a frame after the redraw") {
            $0.split(separator: "\n", omittingEmptySubsequences: false).first != clockLine
        }
        func frameOnly(_ s: String) -> [String] {
            // The ages in panel titles and the clock tick between the two captures: compare the frame glyphs only.
            s.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.filter { "┃│┏┓┗┛┌┐└┘━─".contains($0) }) }
        }
        XCTAssertEqual(frameOnly(dashboard), frameOnly(clean), "a stray glyph stayed on the dashboard:\n\(dashboard)\n---\n\(clean)")
        try tmux.sendKeys("q")
    }
}
