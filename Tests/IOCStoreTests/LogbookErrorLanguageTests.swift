import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Issue 12, clean English, and issue 13, typed refusals: the store refuses a logbook write with a typed reason that
/// the console and the CLI say in their reader's language (every reason's wording: `RefusalTextTests`).
final class LogbookErrorLanguageTests: XCTestCase {
    private static let vietnameseLetters = CharacterSet(charactersIn: "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    private static let t0 = Date(timeIntervalSince1970: 1_795_280_400 + 9 * 3600)

    private func isEnglish(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { !Self.vietnameseLetters.contains($0) } }

    private func refusal(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> LogbookRefusal? {
        do { try body() } catch let e as LogbookRefusal { return e } catch {
            XCTFail("not a LogbookRefusal: \(error)", file: file, line: line)
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
        let cases: [(String, () throws -> Void, LogbookRefusal)] = [
            ("viewer", { _ = try store.appendLogEntry(LogEntryDraft(author: Actor(name: "PCT", role: .viewer), category: .other,
                                                                     text: "x", writtenAt: Self.t0)) }, .viewerCannotWrite),
            ("empty", { _ = try store.appendLogEntry(LogEntryDraft(author: lan, category: .other, text: "  ", writtenAt: Self.t0)) },
             .emptyEntry),
            ("too long", { _ = try store.appendLogEntry(LogEntryDraft(author: lan, category: .other,
                                                                      text: String(repeating: "ư", count: 2001), writtenAt: Self.t0)) },
             .entryTooLong(length: 2001, limit: 2000)),
            ("future", { _ = try store.appendLogEntry(late) }, .eventAfterWriting(Self.t0.addingTimeInterval(3600))),
            ("no original", { _ = try store.appendLogEntry(LogEntryDraft(author: lan, category: .other, text: "sửa",
                                                                         writtenAt: Self.t0, corrects: 99)) },
             .noEntryToCorrect(99)),
        ]
        for (name, body, expected) in cases {
            guard let e = refusal(body) else { continue }
            XCTAssertEqual(e, expected, name)
            XCTAssertTrue(isEnglish(e.text(.en)), "\(name): \(e.text(.en))")
            XCTAssertFalse(isEnglish(e.text(.vi)), "\(name): the Vietnamese stays Vietnamese: \(e.text(.vi))")
        }
        XCTAssertEqual(try store.logEntries().count, 0, "nothing written")
    }
}
