import Foundation
import IOCConsole
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest

/// Issue 12, clean English: with `--lang en` a refusal from the alarm state machine is English (the logbook store's are
/// tested where they are written, `LogbookErrorLanguageTests`).
final class EnglishRefusalTests: XCTestCase {
    private static let vietnameseLetters = CharacterSet(charactersIn: "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")

    private func isEnglish(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { !Self.vietnameseLetters.contains($0) } }

    func testAStateMachineRefusalIsShownInEnglish() {
        var m = ConsoleFixture.modelWithAlarms()
        m.language = .en
        var a = ConsoleFixture.alarm("x", state: .outOfService, priority: .high, message: "m")
        a.conditionActive = true
        let decision = AlarmStateMachine.apply(.returnToService(by: m.actor, at: ConsoleFixture.now), to: a)
        _ = ConsoleUpdate.update(&m, .alarmCommandsApplied([decision]))
        XCTAssertEqual(m.flash, "refused: Only a supervisor may return an alarm to service")
        m.language = .vi
        _ = ConsoleUpdate.update(&m, .alarmCommandsApplied([decision]))
        XCTAssertEqual(m.flash, "bị từ chối: Chỉ trưởng ca được đưa cảnh báo trở lại phục vụ", "Vietnamese as it came")
    }
}
