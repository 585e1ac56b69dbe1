import Foundation
import IOCTestSupport
import XCTest

/// Meaning never rests on colour: with NO_COLOR no colour reaches the terminal, on an 8-colour terminal only the
/// 8 base colours do, and in both the abnormal states still read as glyphs and words.
final class ColorDepthEndToEndTests: XCTestCase {
    private func run(environment: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-color-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try TmuxSession(width: 160, height: 48, environment: environment)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(dir.path)/c.sqlite' --seed 3 --operator ops")
        try tmux.waitFor(timeout: 20, "the console") { $0.contains("Phản ánh kiến nghị") && $0.contains("✓ Tốt") }
        let escaped = try tmux.tmux(["capture-pane", "-p", "-e", "-t", tmux.name])
        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "exit") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
        return escaped
    }

    /// The SGR parameter lists in a captured screen, e.g. ["1", "38;5;196", "0"].
    private func sgrParameters(_ text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    func testNoColorSendsNoColourButKeepsGlyphsAndWords() throws {
        let screen = try run(environment: ["NO_COLOR": "1"])
        let colours = sgrParameters(screen).filter { p in
            p.split(separator: ";").contains { ["38", "48"].contains($0) || (30...37).contains(Int($0) ?? 0) || (40...47).contains(Int($0) ?? 0) || (90...107).contains(Int($0) ?? 0) }
        }
        XCTAssertEqual(colours, [], "no colour codes with NO_COLOR")
        XCTAssertTrue(screen.contains("✓ Tốt"))
        XCTAssertTrue(screen.contains("‼") || screen.contains("✖") || screen.contains("!"), "abnormal states keep their glyphs")
    }

    func testEightColourTerminalGetsOnlyTheEightBaseColours() throws {
        let screen = try run(environment: ["TERM": "xterm"])
        let parameters = sgrParameters(screen).flatMap { $0.split(separator: ";").map(String.init) }
        XCTAssertFalse(parameters.isEmpty)
        XCTAssertFalse(parameters.contains("38") || parameters.contains("48"), "no 256-colour or RGB codes on an 8-colour terminal")
        XCTAssertTrue(parameters.contains { (30...37).contains(Int($0) ?? 0) || (40...47).contains(Int($0) ?? 0) }, "base colours are used: \(Set(parameters).sorted())")
    }
}
