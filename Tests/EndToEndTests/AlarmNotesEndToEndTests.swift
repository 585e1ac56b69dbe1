import Foundation
import IOCTestSupport
import XCTest

/// System timeline notes are stored as codes and read in the reader's language (issue 12, clean English): the
/// "raised" note of `ioc alarms show --lang en` is the English message, the Vietnamese one without `--lang en`.
final class AlarmNotesEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testTheRaisedNoteIsShownInTheReadersLanguage() throws {
        let db = directory.appendingPathComponent("city.sqlite").path
        let ioc = ProductsDirectory.ioc
        XCTAssertEqual(ShellCommand.run("\(ioc) snapshot --db '\(db)' --seed 2025 --at 2026-11-23T08:15:00+07:00").status, 0)
        let list = ShellCommand.run("\(ioc) alarms list --db '\(db)'")
        let ids = list.output.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) }
        XCTAssertFalse(ids.isEmpty, list.output + list.error)
        for id in ids {
            for english in [true, false] {
                let show = ShellCommand.run("\(ioc) alarms show --db '\(db)' \(english ? "--lang en" : "") '\(id)'")
                XCTAssertEqual(show.status, 0, show.error)
                let lines = show.output.split(separator: "\n").map(String.init)
                let message = lines[1].trimmingCharacters(in: .whitespaces)
                let raised = try XCTUnwrap(lines.first { $0.contains("\traised\t") }, show.output)
                XCTAssertTrue(raised.hasSuffix("\t" + message), "\(english ? "en" : "vi"): the raised note is the message:\n\(show.output)")
            }
        }
    }
}
