import Foundation
import IOCTestSupport
import XCTest

/// The console returns the pages it touched only while starting (Decision 22) and goes on drawing and answering
/// keys with every page it needs mapped again on demand.
final class MemoryEndToEndTests: XCTestCase {
    /// A /proc/PID/status value in kB.
    private func statusKB(_ pid: String, _ key: String) -> Int? {
        guard let file = fopen("/proc/\(pid)/status", "r") else { return nil }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 512)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if line.hasPrefix(key + ":") {
                return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
            }
        }
        return nil
    }

    func testConsoleReturnsStartUpPagesAndKeepsDrawing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try TmuxSession(width: 160, height: 48)
        let db = directory.appendingPathComponent("city.sqlite").path
        try tmux.run("exec \(ProductsDirectory.ioc) --db \(db) --seed 3 --operator ops")
        try tmux.waitFor(timeout: 20, "the console up") { $0.contains("Phản ánh kiến nghị") && $0.contains("Nguồn dữ liệu") }
        let pid = try tmux.format("#{pane_pid}")
        let started = try XCTUnwrap(statusKB(pid, "RssFile"), "pane \(pid) is the console itself (exec)")

        // Ten seconds after start the file pages of start-up go back; the count must fall well below its peak.
        var lowest = started
        _ = Eventually.holds(timeout: 25) {
            lowest = min(lowest, self.statusKB(pid, "RssFile") ?? lowest)
            return lowest <= started * 3 / 4
        }
        XCTAssertLessThan(lowest, started * 3 / 4, "RssFile \(started) kB at start-up, lowest \(lowest) kB within 25 s")

        // Still alive and working on pages mapped again on demand: the help screen opens and closes, the clock runs.
        try tmux.sendKeys("?")
        try tmux.waitFor(timeout: 5, "the help screen") { $0.contains("Trợ giúp phím") }
        try tmux.sendKeys("Escape")
        let back = try tmux.waitFor(timeout: 5, "the panels again") { !$0.contains("Trợ giúp phím") && $0.contains("Phản ánh kiến nghị") }
        try tmux.waitFor(timeout: 5, "the clock moving") { $0.split(separator: "\n").first != back.split(separator: "\n").first }
        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "the console gone") { _ in self.statusKB(pid, "VmRSS") == nil }
    }
}
