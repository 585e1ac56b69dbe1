import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 18: a refusal comes before the question; a late entry's time is a time or an error, and one in an
/// earlier shift is filed only when the operator says so.
final class LateEntryAndPermissionTests: XCTestCase {
    private let now = ConsoleFixture.now

    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    func testOutOfServiceIsRefusedBeforeTheReasonIsAsked() {
        var m = ConsoleFixture.modelWithAlarms(role: .operator)
        XCTAssertEqual(send(&m, .character("x")), [])
        XCTAssertNil(m.prompt, "no reason is asked of an operator who may not do it")
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.flash, "Chỉ trưởng ca được đưa cảnh báo ra khỏi phục vụ")
        var s = ConsoleFixture.modelWithAlarms(role: .supervisor)
        _ = send(&s, .character("x"))
        XCTAssertEqual(s.prompt?.purpose, .outOfServiceReason(alarmIDs: ["aqi-high|s"]), "a supervisor is asked")
        var en = ConsoleFixture.modelWithAlarms(role: .operator)
        en.language = .en
        _ = send(&en, .character("x"))
        XCTAssertEqual(en.flash, "Only a supervisor may take an alarm out of service")
    }

    private func logbook() -> ConsoleModel {
        var m = ConsoleFixture.model()
        m.actor = Actor(name: "Lan", role: .operator)
        _ = send(&m, .function(4))
        _ = send(&m, .character("n"), .enter)   // category: Enter = sự kiện
        return m
    }

    func testABadTimeIsAnErrorAndTheTextStays() {
        var m = logbook()
        _ = type(&m, "@25:99 Tai nạn")
        XCTAssertEqual(send(&m, .enter), [], "nothing written")
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.flash, "Giờ không hợp lệ “@25:99”: viết @HH:MM (00:00–23:59)")
        XCTAssertEqual(m.prompt?.text, "@25:99 Tai nạn", "the text stays on the question to be mended")
    }

    func testALateEntryInAnotherShiftIsFiledOnlyWhenTheOperatorSaysSo() throws {
        // 18:06 UTC+7, shift 14:00–22:00: "@22:15" is yesterday 22:15, the night shift.
        var m = logbook()
        _ = type(&m, "@22:15 Mất điện trạm bơm")
        XCTAssertEqual(send(&m, .enter), [], "not filed silently")
        XCTAssertNotNil(m.prompt, "a question, not a silent entry")
        let bottom = SnapshotText.render(ConsoleView.render(m)).split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(bottom.contains("17/11/2026 22:15 thuộc ca trước"), bottom)
        XCTAssertEqual(send(&m, .character("k")), [], "no: not filed")
        XCTAssertEqual(m.prompt?.text, "@22:15 Mất điện trạm bơm", "the text comes back, nothing lost")
        _ = send(&m, .enter)
        guard case .appendLogEntry(let d)? = send(&m, .character("c")).first else { return XCTFail("yes: filed") }
        XCTAssertEqual(VietnamTime.dateTime(d.eventAt), "17/11/2026 22:15", "with yesterday's time")
        XCTAssertEqual(d.text, "Mất điện trạm bơm")

        var same = logbook()
        _ = type(&same, "@17:00 Mưa lớn")
        guard case .appendLogEntry(let d)? = send(&same, .enter).first else { return XCTFail("this shift's time needs no question") }
        XCTAssertEqual(VietnamTime.dateTime(d.eventAt), "18/11/2026 17:00")
    }
}
