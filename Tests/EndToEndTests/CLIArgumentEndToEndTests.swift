import Foundation
import IOCTestSupport
import XCTest

/// Issue 12, item 21: the simulator interval has a floor, a negative number is named as such, and what the commands
/// refuse goes to standard error.
final class CLIArgumentEndToEndTests: XCTestCase {
    func testSimulatorIntervalBelowTheFloorIsRefusedWithAClearMessage() {
        let temp = TemporaryDatabase(name: "interval.sqlite")
        defer { temp.remove() }
        for value in ["0", "0.001", "-5", "nan"] {
            let result = ShellCommand.run("timeout 5 \(ProductsDirectory.ioc) poll --lang en --simulator-interval \(value) --db '\(temp.path)'")
            XCTAssertEqual(result.status, 2, "\(value): \(result.error)")
            XCTAssertTrue(result.error.contains("--simulator-interval must be at least 0.1 seconds"), "\(value): \(result.error)")
            XCTAssertFalse(result.error.contains("Missing value"), "\(value): \(result.error)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path), "\(value): nothing created")
        }
        let vietnamese = ShellCommand.run("timeout 5 \(ProductsDirectory.ioc) poll --simulator-interval -5 --db '\(temp.path)'")
        XCTAssertTrue(vietnamese.error.contains("--simulator-interval phải từ 0.1 giây trở lên"), vietnamese.error)
    }

    func testCheckErrorsGoToStandardError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        try "name: broken\nmin_size: 80x24\nrows:\n  - height: fill\n    panels:\n      - id: a\n        kind: nope\n"
            .write(to: dir.appendingPathComponent("Layouts/broken.yaml"), atomically: true, encoding: .utf8)
        let result = ShellCommand.run("\(ProductsDirectory.ioc) check --config '\(dir.path)'")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("broken.yaml:7:"), result.error)
        XCTAssertFalse(result.output.contains("broken.yaml:7:"), "errors are not on standard output: \(result.output)")
    }

    func testAlarmActionRefusalsGoToStandardError() throws {
        let temp = TemporaryDatabase(name: "refusal.sqlite")
        defer { temp.remove() }
        ShellCommand.run("timeout 6 \(ProductsDirectory.ioc) poll --db '\(temp.path)' >/dev/null 2>&1")
        let id = ShellCommand.run("\(ProductsDirectory.ioc) alarms list --db '\(temp.path)' | sed -n 2p | cut -f1").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertFalse(id.isEmpty, "the poller raised an alarm")
        let refused = ShellCommand.run("\(ProductsDirectory.ioc) alarms ack --lang en --role viewer --operator v --db '\(temp.path)' '\(id)'")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.error.contains("refused"), refused.error)
        XCTAssertFalse(refused.output.contains("refused"), refused.output)
    }
}
