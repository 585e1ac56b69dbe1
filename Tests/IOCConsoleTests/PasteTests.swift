import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 8: a paste goes into the open prompt, cleaned; it never acts as keys.
final class PasteTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    func testAPasteOutsideAPromptDoesNothingButSaySo() {
        var m = ConsoleFixture.modelWithAlarms()
        let before = m
        XCTAssertEqual(send(&m, .paste("\u{1B}aAcsq")), [], "no acknowledge, no shelve, no quit")
        XCTAssertNil(m.prompt)
        XCTAssertEqual(m.screens, before.screens)
        XCTAssertEqual(m.flash, "Đã bỏ qua phần dán: chỉ dán được vào ô nhập (ghi chú, nhật ký, giao ca…)")
        XCTAssertFalse(m.flashIsError)
    }

    func testAPasteGoesIntoThePromptWithoutControlCharacters() {
        var m = ConsoleFixture.modelWithAlarms()
        _ = send(&m, .character("n"))
        XCTAssertEqual(send(&m, .paste("tổ cứu hộ\u{1B}\r\nđã tới\tLê Chân q")), [])
        XCTAssertEqual(m.prompt?.text, "tổ cứu hộ  đã tới Lê Chân q", "ESC removed, line breaks and tabs as spaces, the prompt open")
        let actor = Actor(name: "Trần Thị Bình", role: .operator)
        XCTAssertEqual(send(&m, .enter), [.applyAlarmCommands([AlarmCommand(alarmID: "aqi-high|s",
            input: .addNote(by: actor, at: ConsoleFixture.now, text: "tổ cứu hộ  đã tới Lê Chân q"))])])
    }

    func testAPasteDoesNotAnswerAYesNoQuestionAndGoesOnTheCommandLine() {
        var m = ConsoleFixture.modelWithAlarms()
        _ = send(&m, .character("A"))
        guard case .confirmAcknowledgeAll? = m.prompt?.purpose else { return XCTFail("A asks first") }
        XCTAssertEqual(send(&m, .paste("c")), [], "a pasted “c” does not acknowledge everything")
        guard case .confirmAcknowledgeAll? = m.prompt?.purpose else { return XCTFail("the question stays") }
        _ = send(&m, .escape)
        _ = send(&m, .character(":"))
        _ = send(&m, .paste("lang\nen"))
        XCTAssertEqual(m.commandLine, "lang en")
    }
}
