import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Issue 12, clean English: a logbook or handover refusal is written in both languages where it is made, so the
/// console and the CLI say it in their reader's language (no translation table downstream that can fall behind).
final class LogbookErrorLanguageTests: XCTestCase {
    private static let vietnameseLetters = CharacterSet(charactersIn: "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    private static let t0 = Date(timeIntervalSince1970: 1_795_280_400 + 9 * 3600)

    private func isEnglish(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { !Self.vietnameseLetters.contains($0) } }

    private func refusal(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> LogbookError? {
        do { try body() } catch let e as LogbookError { return e } catch {
            XCTFail("not a LogbookError: \(error)", file: file, line: line)
            return nil
        }
        XCTFail("not refused", file: file, line: line)
        return nil
    }

    func testEveryKindOfRefusalIsSaidInEitherLanguage() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let lan = Actor(name: "Lan", role: .operator)
        var late = LogEntryDraft(author: lan, category: .event, text: "Sẽ ngập", writtenAt: Self.t0)
        late.eventAt = Self.t0.addingTimeInterval(3600)
        let cases: [(String, () throws -> Void, String)] = [
            ("viewer", { _ = try store.appendLogEntry(LogEntryDraft(author: Actor(name: "PCT", role: .viewer), category: .other,
                                                                     text: "x", writtenAt: Self.t0)) }, "A viewer cannot write the log"),
            ("empty", { _ = try store.appendLogEntry(LogEntryDraft(author: lan, category: .other, text: "  ", writtenAt: Self.t0)) },
             "The log entry is empty"),
            ("too long", { _ = try store.appendLogEntry(LogEntryDraft(author: lan, category: .other,
                                                                      text: String(repeating: "ư", count: 2001), writtenAt: Self.t0)) },
             "The log entry has 2001 characters, at most 2000: not written (nothing cut)"),
            ("future", { _ = try store.appendLogEntry(late) }, "is after the writing time"),
            ("no original", { _ = try store.appendLogEntry(LogEntryDraft(author: lan, category: .other, text: "sửa",
                                                                         writtenAt: Self.t0, corrects: 99)) },
             "No log entry #99 to correct"),
        ]
        for (name, body, english) in cases {
            guard let e = refusal(body) else { continue }
            XCTAssertTrue(e.text(.en).contains(english), "\(name): \(e.text(.en))")
            XCTAssertTrue(isEnglish(e.text(.en)), "\(name): \(e.text(.en))")
            XCTAssertFalse(isEnglish(e.text(.vi)), "\(name): the Vietnamese stays Vietnamese: \(e.text(.vi))")
        }
        XCTAssertEqual(try store.logEntries().count, 0, "nothing written")
    }

    /// Every English text written beside a Vietnamese refusal (alarm state machine, logbook, handover) is English:
    /// the compiler makes both texts required, this reads the literals so a Vietnamese word in the English slot fails.
    func testEveryEnglishRefusalTextInTheSourceIsEnglish() throws {
        let root = ProductsDirectory.repositoryRoot()
        let files = ["Sources/IOCDomain/Alarms/AlarmStateMachine.swift", "Sources/IOCStore/CityStore+Logbook.swift",
                     "Sources/IOCStore/CityStore+Handover.swift"]
        let pattern = try NSRegularExpression(pattern: #"(?:AlarmRefusal\("[^"]*",\s*|english:\s*)"((?:[^"\\]|\\.)*)""#)
        var checked = 0
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let r = Range(match.range(at: 1), in: text) else { continue }
                let english = String(text[r])
                XCTAssertTrue(isEnglish(english), "\(file): “\(english)”")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30)
    }
}
