import Foundation
import IOCTestSupport
import XCTest

/// The headless commands: snapshot and check.
final class CommandEndToEndTests: XCTestCase {
    func testSnapshotIsDeterministicWithSeedAndTime() {
        let command = "\(ProductsDirectory.ioc) snapshot --layout operator --size 160x48 --seed 42 --at 2026-11-23T08:15:00+07:00"
        let first = ShellCommand.run(command)
        let second = ShellCommand.run(command)
        XCTAssertEqual(first.status, 0, first.error)
        XCTAssertEqual(first.output, second.output)
        let lines = first.output.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertGreaterThanOrEqual(lines.count, 48)
        for title in ConsoleEndToEndTests.pillarTitles { XCTAssertTrue(first.output.contains(title), title) }
        XCTAssertTrue(first.output.contains("08:15:00"), "the clock shows --at in UTC+7")
        let other = ShellCommand.run(command.replacingOccurrences(of: "--seed 42", with: "--seed 43"))
        XCTAssertNotEqual(first.output, other.output, "another seed, another city day")
    }

    func testSnapshotAnsiCarriesColourAndNoOtherEscapes() {
        let result = ShellCommand.run("\(ProductsDirectory.ioc) snapshot --size 120x40 --seed 1 --at 2026-11-23T08:15:00+07:00 --ansi")
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.contains("\u{1B}["), "SGR codes present")
        // Only SGR sequences (ESC [ … m) may appear.
        let pattern = try! NSRegularExpression(pattern: "\u{1B}(?!\\[[0-9;]*m)")
        let range = NSRange(result.output.startIndex..., in: result.output)
        XCTAssertEqual(pattern.numberOfMatches(in: result.output, range: range), 0)
    }

    func testCheckAcceptsTheShippedConfigAndLocatesErrors() throws {
        let ok = ShellCommand.run("\(ProductsDirectory.ioc) check")
        XCTAssertEqual(ok.status, 0, ok.output + ok.error)
        XCTAssertTrue(ok.output.contains("operator.yaml"), ok.output)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        let bad = """
        name: broken
        min_size: 80x24
        rows:
          - height: fill
            panels:
              - id: a
                kind: government
                widht: 50%
        """
        try bad.write(to: dir.appendingPathComponent("Layouts/broken.yaml"), atomically: true, encoding: .utf8)
        let result = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(dir.path)'")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("broken.yaml:8:"), result.error)
        XCTAssertTrue(result.error.contains("widht"), result.error)
    }
}
