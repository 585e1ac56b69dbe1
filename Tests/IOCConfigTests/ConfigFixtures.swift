import Foundation
import XCTest
@testable import IOCConfig

/// The config fixture folders: `Tests/Fixtures/config/valid` and `invalid`, each invalid file paired with the
/// exact error text it must produce (`<name>.errors`, file names without folders).
enum ConfigFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/config")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ folder: String, _ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
    }

    /// Names of the invalid fixtures starting with `prefix`, e.g. `layout-`.
    static func invalid(prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("invalid").path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".yaml") }.sorted()
    }

    /// Parses every invalid fixture with `parse` and compares the errors with the paired `.errors` file.
    static func assertInvalidFixtures(prefix: String, minimumCount: Int,
                                      parse: (String, String) throws(ConfigErrors) -> Void,
                                      file: StaticString = #filePath, line: UInt = #line) throws {
        let names = try invalid(prefix: prefix)
        XCTAssertGreaterThanOrEqual(names.count, minimumCount, "fixtures for \(prefix)", file: file, line: line)
        for name in names {
            let expectedName = (name as NSString).deletingPathExtension + ".errors"
            let expected = try text("invalid", expectedName).trimmingCharacters(in: .newlines)
            let source = try text("invalid", name)
            do throws(ConfigErrors) {
                try parse(source, name)
                XCTFail("\(name) parsed without errors", file: file, line: line)
            } catch {
                XCTAssertEqual(error.description, expected, "errors of \(name)", file: file, line: line)
            }
        }
    }
}
