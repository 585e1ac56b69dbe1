import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 6: an entry over the limit is refused before it is written, naming the limit and its length; it is
/// never cut.
final class LongEntryTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func longText(_ count: Int) -> String {
        let words = "Mưa lớn kéo dài gây ngập sâu tại phường Lê Chân, đã điều xe hút nước và báo Sở Xây dựng. "
        var s = ""
        while s.count < count { s += words }
        return String(s.prefix(count))
    }

    func testTheCleanTextIsWhole() {
        let text = longText(3679)
        XCTAssertEqual(LogText.clean(text).count, 3679, "never cut")
        XCTAssertEqual(LogEntryDraft(author: Actor(name: "Lan", role: .operator), category: .event, text: text,
                                     writtenAt: ConsoleFixture.now).text.count, 3679)
    }

    func testAnEntryOverTheLimitIsRefusedAndKeptWhole() {
        var m = ConsoleFixture.model()
        m.actor = Actor(name: "Lan", role: .operator)
        _ = send(&m, .function(4), .character("n"), .enter)
        let text = longText(3679)
        _ = text.map { ConsoleUpdate.update(&m, .key(.character($0))) }
        XCTAssertEqual(send(&m, .enter), [], "nothing written")
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.flash, "Nội dung nhật ký dài 3.679 ký tự, tối đa 2.000: không ghi (không cắt bớt)")
        XCTAssertEqual(m.prompt?.text, text, "the whole text stays on the question")
        let exact = longText(2000)
        _ = send(&m, .control("u"))
        _ = exact.map { ConsoleUpdate.update(&m, .key(.character($0))) }
        guard case .appendLogEntry(let d)? = send(&m, .enter).first else { return XCTFail("2,000 characters are written") }
        XCTAssertEqual(d.text, exact.trimmingCharacters(in: .whitespaces))
    }

    func testALongHandoverNarrativeIsRefusedAndKeptWhole() {
        var m = ConsoleFixture.model()
        m.actor = Actor(name: "Lan", role: .operator)
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(nil))
        _ = send(&m, .character("b"), .enter)   // status: Enter = Bình thường
        let text = longText(4500)
        _ = text.map { ConsoleUpdate.update(&m, .key(.character($0))) }
        XCTAssertEqual(send(&m, .enter), [], "nothing started")
        XCTAssertEqual(m.flash, "Diễn biến ca dài 4.500 ký tự, tối đa 4.000: không ghi (không cắt bớt)")
        XCTAssertEqual(m.prompt?.text, text, "the whole narrative stays on the question")
    }
}
