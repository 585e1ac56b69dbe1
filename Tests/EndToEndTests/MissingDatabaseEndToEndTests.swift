import Foundation
import IOCTestSupport
import XCTest

/// Issue 12, item 12: a read-only command on a mistyped `--db` path refuses, names the path and creates nothing;
/// `--config` naming a folder that does not exist is refused too.
final class MissingDatabaseEndToEndTests: XCTestCase {
    func testReadOnlyCommandsRefuseAMissingDatabaseAndCreateNothing() {
        let temp = TemporaryDatabase(name: "typo.sqlite")
        defer { temp.remove() }
        for command in ["log show", "log verify", "alarms list", "alarms show A1", "handover show", "handover export",
                        "log show --lang en", "alarms list --json"] {
            let result = ShellCommand.run("\(ProductsDirectory.ioc) \(command) --db '\(temp.path)'")
            XCTAssertEqual(result.status, 3, "\(command): \(result.output) \(result.error)")
            XCTAssertTrue(result.error.contains(temp.path), "\(command) names the path: \(result.error)")
            XCTAssertFalse(result.error.contains("Usage:"), "\(command): not a usage error: \(result.error)")
            XCTAssertEqual(result.output, "", "\(command): nothing on standard output")
            XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path), "\(command) created \(temp.path)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: temp.folder), "\(command) created \(temp.folder)")
        }
        let english = ShellCommand.run("\(ProductsDirectory.ioc) log show --lang en --db '\(temp.path)'")
        XCTAssertTrue(english.error.contains("no database at \(temp.path)"), english.error)
        let vietnamese = ShellCommand.run("\(ProductsDirectory.ioc) log show --db '\(temp.path)'")
        XCTAssertTrue(vietnamese.error.contains("không có cơ sở dữ liệu tại \(temp.path)"), vietnamese.error)
    }

    func testCheckRefusesAMissingConfigFolder() {
        let result = ShellCommand.run("\(ProductsDirectory.ioc) check --lang en --config /nonexistent/ioc-config")
        XCTAssertEqual(result.status, 3, result.output + result.error)
        XCTAssertTrue(result.error.contains("/nonexistent/ioc-config"), result.error)
        XCTAssertFalse(result.output.contains("ok"), result.output)
        let other = ShellCommand.run("\(ProductsDirectory.ioc) log show --config /nonexistent/ioc-config --db /nonexistent/x.sqlite")
        XCTAssertEqual(other.status, 3, other.output + other.error)
        XCTAssertTrue(other.error.contains("/nonexistent/ioc-config"), other.error)
    }

    func testADatabaseErrorNamesTheFile() throws {
        let temp = TemporaryDatabase(name: "garbage.sqlite")
        defer { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        try String(repeating: "not a database ", count: 400).write(toFile: temp.path, atomically: true, encoding: .utf8)
        let result = ShellCommand.run("\(ProductsDirectory.ioc) alarms list --lang en --db '\(temp.path)'")
        XCTAssertEqual(result.status, 3, result.output + result.error)
        XCTAssertTrue(result.error.contains(temp.path), result.error)
    }
}
