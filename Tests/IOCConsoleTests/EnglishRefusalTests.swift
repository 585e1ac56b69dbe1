import Foundation
import IOCConsole
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest

/// Issue 12, clean English: with `--lang en` a refusal from the alarm state machine or the logbook store is English.
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

    func testAStoreRefusalWithAValueIsShownInEnglish() {
        var m = ConsoleFixture.model(language: .en)
        _ = ConsoleUpdate.update(&m, .failed("Đang có biên bản giao ca #3 chờ tiếp nhận"))
        XCTAssertEqual(m.flash, "Handover #3 already awaits acceptance")
        _ = ConsoleUpdate.update(&m, .failed("Chỉ người đang trực (Trần Thị Bình) hoặc trưởng ca được bắt đầu giao ca"))
        XCTAssertEqual(m.flash, "Only who is on duty (Trần Thị Bình) or a supervisor may start the handover", "the name is data")
        _ = ConsoleUpdate.update(&m, .failed("Cảnh báo đang tạm gác: không xác nhận được".replacingOccurrences(of: "tạm gác", with: AlarmState.shelved.labelVI.lowercased())))
        XCTAssertTrue(isEnglish(m.flash ?? ""), m.flash ?? "")
    }

    /// Every fixed reason the state machine and the logbook store can give has its English: read from their source,
    /// so a new reason without English fails here rather than on an English screen.
    func testEveryFixedReasonInTheSourceHasItsEnglish() throws {
        let root = ProductsDirectory.repositoryRoot()
        let files = ["Sources/IOCDomain/Alarms/AlarmStateMachine.swift", "Sources/IOCStore/CityStore+Logbook.swift",
                     "Sources/IOCStore/CityStore+Handover.swift"]
        let pattern = try NSRegularExpression(pattern: #"(?:rejected|LogbookError)\("([^"\\]*)"\)"#)
        var checked = 0
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let r = Range(match.range(at: 1), in: text) else { continue }
                let reason = String(text[r])
                guard !isEnglish(reason) else { continue }
                var m = ConsoleFixture.model(language: .en)
                _ = ConsoleUpdate.update(&m, .failed(reason))
                XCTAssertTrue(isEnglish(m.flash ?? ""), "\(file): “\(reason)” has no English: \(m.flash ?? "")")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }
}
