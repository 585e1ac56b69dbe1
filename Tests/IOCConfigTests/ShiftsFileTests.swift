import Foundation
import IOCDomain
import XCTest
@testable import IOCConfig

final class ShiftsFileTests: XCTestCase {
    func errors(_ text: String) -> String {
        do throws(ConfigErrors) {
            let p = try ShiftsFile.parse(text, file: "shifts.yaml")
            return "parsed: \(p.startTexts)"
        } catch {
            return error.description
        }
    }

    func testValidPatternsQuotedOrNot() throws {
        XCTAssertEqual(try ShiftsFile.parse("shifts: [\"06:00\", \"14:00\", \"22:00\"]\n", file: "f").startTexts, ["06:00", "14:00", "22:00"])
        // Unquoted 07:00 would be a base-60 number in YAML 1.1: read as written.
        XCTAssertEqual(try ShiftsFile.parse("shifts:\n  - 19:00\n  - 07:00\n", file: "f").startTexts, ["07:00", "19:00"])
    }

    func testErrorsAreLocatedAndNamed() {
        let table: [(String, String)] = [
            ("shifts: [\"06:00\", \"25:00\"]\n", "shifts.yaml:1: shifts: '25:00' is not a time HH:MM (00:00–23:59)"),
            ("# comment\nshifts:\n  - 06:00\n  - 6:00\n", "shifts.yaml:4: shifts: '6:00' is given twice"),
            ("shifts: []\n", "shifts.yaml:1: shifts: the list is empty"),
            ("shift: [\"06:00\"]\n", "shifts.yaml:1: shift: unknown key"),
        ]
        for (text, expected) in table {
            XCTAssertTrue(errors(text).hasPrefix(expected), "\(text) → \(errors(text))")
        }
    }

    func testTheShippedFileIsTheStandardPattern() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        XCTAssertEqual(try ShiftsFile.load(path: root.appendingPathComponent("Config/shifts.yaml").path), ShiftPattern.standard)
    }
}
