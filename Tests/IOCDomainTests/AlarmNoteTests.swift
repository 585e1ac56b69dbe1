import Foundation
import IOCDomain
import XCTest

/// What the system writes on an alarm's timeline is a code with its parameters, rendered in the reader's language
/// (issue 12, clean English): (input that the system makes) → (code, Vietnamese text, English text).
final class AlarmNoteTests: XCTestCase {
    private typealias F = AlarmFixture
    private let vietnameseLetters = try! NSRegularExpression(pattern: "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýĐ]",
                                                               options: [.caseInsensitive])

    private func isEnglish(_ text: String) -> Bool {
        vietnameseLetters.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
    }

    private func entry(_ input: AlarmInput, on alarm: Alarm, file: StaticString = #filePath, line: UInt = #line) -> AlarmTimelineEntry? {
        let decision = AlarmStateMachine.apply(input, to: alarm)
        XCTAssertNil(decision.rejection, "\(input.name): \(decision.rejection ?? "")", file: file, line: line)
        return decision.entry
    }

    func testEverySystemNoteIsACodeRenderedInBothLanguages() {
        let raised = AlarmInput.conditionRaised(value: 160, message: "VN_AQI Trạm Lê Chân 160", messageEN: "VN_AQI Lê Chân station 160",
                                                priority: .medium, at: F.t0 + 60)
        let unack = F.after([raised])
        let shelved = F.after([.shelve(by: F.op, at: F.t0 + 120, duration: 600, reason: "bảo trì", oneShot: false)], from: unack)
        let oneShot = F.after([.shelve(by: F.op, at: F.t0 + 120, duration: nil, reason: "bảo trì", oneShot: true)], from: unack)
        let acked = F.after([F.ack(2)], from: unack)
        let table: [(String, AlarmInput, Alarm, String, String, String)] = [
            ("raised", raised, F.normal, "message", "VN_AQI Trạm Lê Chân 160", "VN_AQI Lê Chân station 160"),
            ("updated", .conditionRaised(value: 170, message: "VN_AQI Trạm Lê Chân 170", messageEN: "VN_AQI Lê Chân station 170",
                                         priority: .medium, at: F.t0 + 90), unack,
             "message", "VN_AQI Trạm Lê Chân 170", "VN_AQI Lê Chân station 170"),
            ("re-alarmed", .conditionRaised(value: 200, message: "VN_AQI Trạm Lê Chân 200", messageEN: "VN_AQI Lê Chân station 200",
                                            priority: .high, at: F.t0 + 90), unack,
             "message", "VN_AQI Trạm Lê Chân 200", "VN_AQI Lê Chân station 200"),
            ("shelve expired", .shelveExpired(at: F.t0 + 800), shelved, "shelve-expired",
             "Hết thời gian tạm gác", "Shelve time ran out"),
            ("one-shot shelve cleared", .conditionCleared(at: F.t0 + 300), oneShot, "one-shot-shelve-cleared",
             "Hết tạm gác một lần khi điều kiện trở về bình thường", "One-shot shelve ended: the condition returned to normal"),
            ("ack timed out", .ackTimedOut(at: F.t0 + 120 + 24 * 3600), acked, "ack-timed-out",
             "Đã xác nhận nhưng chưa xử lý xong đúng hạn", "Acknowledged but not resolved in time"),
            ("suppressed under its parent", .suppressUnderParent(parentID: "source-down|sim", at: F.t0 + 200), unack, "parent-active",
             "Cảnh báo cha đang hoạt động: source-down|sim", "Parent alarm active: source-down|sim"),
            ("escalated by the system", .escalateUnacknowledged(minutes: 60, at: F.t0 + 3700), unack, "unacknowledged-for",
             "Quá 60 phút chưa xác nhận (Trung bình)", "Unacknowledged for 60 minutes (Medium)"),
        ]
        for (name, input, alarm, code, vi, en) in table {
            guard let e = entry(input, on: alarm) else { continue }
            XCTAssertEqual(e.noteCode?.code, code, name)
            XCTAssertEqual(e.note, vi, "\(name): the stored text is the Vietnamese one, for older readers")
            XCTAssertEqual(e.noteText(.vi), vi, name)
            XCTAssertEqual(e.noteText(.en), en, name)
            XCTAssertTrue(isEnglish(en.replacingOccurrences(of: "Lê Chân", with: "")), "\(name): \(en)")
        }
    }

    func testARaiseWithoutEnglishFallsBackToItsVietnameseMessage() {
        let e = entry(F.raise(1), on: F.normal)
        XCTAssertEqual(e?.noteText(.en), "VN_AQI Trạm Lê Chân 160")
    }

    func testNotesPeopleTypeAndRowsFromBeforeCodesAreShownAsStored() {
        let typed = entry(.addNote(by: F.op, at: F.t0 + 200, text: "đã gọi đội Lê Chân"), on: F.after([F.raise(1)]))
        XCTAssertNil(typed?.noteCode)
        XCTAssertEqual(typed?.noteText(.en), "đã gọi đội Lê Chân")
        let old = AlarmTimelineEntry(alarmID: "a", at: F.t0, actor: "system", role: nil, action: "shelve-expired",
                                     fromState: .shelved, toState: .unacknowledged, note: "Hết thời gian tạm gác")
        XCTAssertEqual(old.noteText(.en), "Hết thời gian tạm gác", "an old row is displayed as it is")
        let unknown = AlarmNote(code: "from-a-newer-version", parameters: [:])
        var newer = old
        newer.noteCode = unknown
        XCTAssertEqual(newer.noteText(.en), "Hết thời gian tạm gác", "an unknown code shows the stored text")
    }
}
