import Foundation
import IOCStore
import IOCTestSupport
import XCTest

/// Drives `ioc brief` in tmux as a presenter would: it rotates on its own; the keys move, pause, blank and freeze;
/// a freeze holds the values while the simulator keeps writing, and releasing it catches up.
final class BriefingEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-brief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The slide number in the footer ("Trang 3/9" → 3).
    private func slide(_ screen: String) -> Int? {
        guard let range = screen.range(of: "Trang ") else { return nil }
        return Int(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// The data time in the footer ("Số liệu lúc 08:15:02" → "08:15:02").
    private func dataTime(_ screen: String) -> String? {
        guard let range = screen.range(of: "Số liệu lúc ") else { return nil }
        return String(screen[range.upperBound...].prefix(8))
    }

    /// "08:15:02" as seconds of the day.
    private func seconds(_ clock: String?) -> Int? {
        let parts = (clock ?? "").split(separator: ":").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return parts[0] * 3600 + parts[1] * 60 + parts[2]
    }

    /// The rows of the traffic table (corridor speeds move at every simulator poll, every 3 s by default).
    private func speeds(_ screen: String) -> [Substring] {
        screen.split(separator: "\n").filter { $0.contains("km/h") }
    }

    func testRotatesByItselfKeysWorkAndFreezeHoldsValues() throws {
        let tmux = try TmuxSession(width: 160, height: 48)
        let db = directory.appendingPathComponent("city.sqlite").path
        try tmux.run("clear; \(ProductsDirectory.ioc) brief --db \(db) --seed 7 --rotation 2")
        try tmux.waitFor(timeout: 20, "slide 1 with data") { $0.contains("Trang 1/9") && $0.contains("HỒ SƠ ĐÚNG HẠN") }
        XCTAssertEqual(try tmux.format("#{alternate_on}"), "1")
        // Rotation on its own, every 2 s.
        try tmux.waitFor(timeout: 6, "the rotation to slide 2") { $0.contains("Trang 2/9") }
        try tmux.waitFor(timeout: 6, "the rotation to slide 3") { $0.contains("Trang 3/9") }

        // p pauses: the slide stays.
        try tmux.sendKeys("p")
        let paused = try tmux.waitFor(timeout: 3, "the paused footer") { $0.contains("Tạm dừng tự chuyển") }
        let held = try XCTUnwrap(slide(paused))
        // Longer than a rotation, read on the wall itself: its data time (a poll every 3 s) moves 3 s on.
        let pausedAt = try XCTUnwrap(seconds(dataTime(paused)), paused)
        let later = try tmux.waitFor(timeout: 10, "the data time 3 s after the pause") {
            guard let t = self.seconds(self.dataTime($0)) else { return false }
            return (t - pausedAt + 86400) % 86400 >= 3
        }
        XCTAssertEqual(slide(later), held, "paused: no rotation")

        // → and ← move, a digit jumps.
        try tmux.sendKeys("Right")
        try tmux.waitFor(timeout: 3, "→ to the next slide") { self.slide($0) == held % 9 + 1 }
        try tmux.sendKeys("Left")
        try tmux.waitFor(timeout: 3, "← back") { self.slide($0) == held }
        try tmux.sendKeys("7")
        try tmux.waitFor(timeout: 3, "7 to the alarm slide") { $0.contains("Trang 7/9") && $0.contains("Rủi ro hàng đầu") }

        // b blanks the screen and brings it back.
        try tmux.sendKeys("b")
        try tmux.waitFor(timeout: 3, "a blank screen") { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try tmux.sendKeys("b")
        try tmux.waitFor(timeout: 3, "the slide back") { $0.contains("Trang 7/9") }

        // The traffic slide: speeds move at every poll while live.
        try tmux.sendKeys("5")
        let live = try tmux.waitFor(timeout: 5, "the traffic slide") { $0.contains("Trang 5/9") && !self.speeds($0).isEmpty }
        try tmux.waitFor(timeout: 10, "live speeds to move") { self.speeds($0) != self.speeds(live) && !self.speeds($0).isEmpty }

        // f freezes: a marker with the time, values hold while the simulator keeps writing.
        try tmux.sendKeys("f")
        let frozen = try tmux.waitFor(timeout: 3, "the frozen marker") { $0.contains("SỐ LIỆU ĐÓNG BĂNG TỪ") }
        let store = try CityStore(path: db)
        let tokenAtFreeze = try store.changeTokens().observations
        // Two polls of new observations after the freeze: a live wall would have shown the first one by the second.
        XCTAssertTrue(Eventually.holds(timeout: 10) { ((try? store.changeTokens().observations) ?? 0) >= tokenAtFreeze + 2 },
                      "the simulator keeps writing meanwhile")
        let stillFrozen = try tmux.capture()
        XCTAssertEqual(speeds(stillFrozen), speeds(frozen), "frozen values must not move")
        XCTAssertTrue(stillFrozen.contains("SỐ LIỆU ĐÓNG BĂNG TỪ"))

        // f again releases the freeze: the newest data shows at once (a newer data time), and its values.
        let frozenDataTime = dataTime(stillFrozen)
        XCTAssertNotNil(frozenDataTime, stillFrozen)
        try tmux.sendKeys("f")
        let released = try tmux.waitFor(timeout: 3, "the marker gone") { !$0.contains("ĐÓNG BĂNG TỪ") && !self.speeds($0).isEmpty }
        XCTAssertNotEqual(dataTime(released), frozenDataTime, "released: the data time catches up")
        try tmux.waitFor(timeout: 6, "released: the values catch up") { self.speeds($0) != self.speeds(frozen) && !self.speeds($0).isEmpty }

        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "the shell back after q") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
        XCTAssertEqual(try tmux.format("#{cursor_flag}"), "1", "cursor shown again")
    }

    func testSnapshotPrintsAnyBriefingSlideAtTheWallSize() throws {
        let result = Subprocess.run([ProductsDirectory.ioc, "snapshot", "--layout", "briefing", "--slide", "6",
                                     "--size", "300x80", "--seed", "2025", "--at", "2026-11-23T08:15:00+07:00"])
        XCTAssertEqual(result.output.filter { $0 == "\n" }.count, 80, result.output)
        XCTAssertTrue(result.output.contains("VN_AQI theo trạm quan trắc"), result.output)
        XCTAssertTrue(result.output.contains("Trang 6/9"))
        let again = Subprocess.run([ProductsDirectory.ioc, "snapshot", "--layout", "briefing", "--slide", "6",
                                    "--size", "300x80", "--seed", "2025", "--at", "2026-11-23T08:15:00+07:00"])
        XCTAssertEqual(again.output, result.output, "the same seed and time print the same slide")
        let bad = Subprocess.run([ProductsDirectory.ioc, "snapshot", "--layout", "briefing", "--slide", "10"])
        XCTAssertNotEqual(bad.status, 0)
    }

    /// The wall theme on an 8-colour terminal (base colours only) and with NO_COLOR (no colour, bars in reverse,
    /// states in bold), the glyphs and words intact.
    func testWallReadsOnEightColoursAndInMonochrome() throws {
        for (environment, colour) in [(["TERM": "xterm"], true), (["NO_COLOR": "1"], false)] {
            let tmux = try TmuxSession(width: 160, height: 48, environment: environment)
            let db = directory.appendingPathComponent("colour-\(colour).sqlite").path
            try tmux.run("clear; \(ProductsDirectory.ioc) brief --db \(db) --seed 3 --rotation 60")
            try tmux.waitFor(timeout: 20, "slide 1 with data") { $0.contains("Trang 1/9") && $0.contains("HỒ SƠ ĐÚNG HẠN") }
            try tmux.sendKeys("f")
            try tmux.waitFor(timeout: 3, "the frozen marker") { $0.contains("ĐÓNG BĂNG TỪ") }
            let screen = try tmux.tmux(["capture-pane", "-p", "-e", "-t", tmux.name])
            try tmux.sendKeys("q")
            try tmux.waitFor(timeout: 5, "exit") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
            let regex = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
            let parameters = regex.matches(in: screen, range: NSRange(screen.startIndex..., in: screen)).compactMap {
                Range($0.range(at: 1), in: screen).map { String(screen[$0]) }
            }.flatMap { $0.split(separator: ";").map { Int($0) ?? -1 } }
            XCTAssertFalse(parameters.contains(38) || parameters.contains(48), "\(environment): no 256-colour or RGB codes")
            let base = parameters.contains { (30...37).contains($0) || (40...47).contains($0) }
            XCTAssertEqual(base, colour, "\(environment): base colours \(colour ? "used" : "absent")")
            XCTAssertTrue(parameters.contains(7), "\(environment): the bars in reverse")
            XCTAssertTrue(parameters.contains(1), "\(environment): states in bold")
            XCTAssertTrue(["✓ ", "! ", "✖ ", "? "].contains { screen.contains($0) }, "\(environment): glyphs beside the states")
        }
    }
}
