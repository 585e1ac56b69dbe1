import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Issue 12, item 7: a timeline note cut in its column can be opened and read whole, wrapped.
final class TimelineNoteTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    func testATimelineRowOpensWithItsWholeNote() {
        let note = "Đã điều tổ cứu hộ số 3 tới ngã tư Lê Chân – Tô Hiệu; Sở Xây dựng báo cắt điện trạm bơm Vĩnh Niệm đến 02:30, ca sau gọi lại ông Hùng (0912 345 678) để xác nhận"
        for (w, h) in [(80, 24), (132, 40)] {
            var m = ConsoleFixture.modelWithAlarms(width: w, height: h)
            _ = send(&m, .enter)
            let raised = AlarmTimelineEntry(alarmID: "aqi-high|s", at: ConsoleFixture.now.addingTimeInterval(-600), actor: "system",
                                            role: nil, action: "raised", fromState: .normal, toState: .unacknowledged, note: nil)
            let noted = AlarmTimelineEntry(alarmID: "aqi-high|s", at: ConsoleFixture.now.addingTimeInterval(-60), actor: "Trần Thị Bình",
                                           role: .operator, action: "note", fromState: .unacknowledged, toState: .unacknowledged, note: note)
            _ = ConsoleUpdate.update(&m, .alarmTimelineLoaded(id: "aqi-high|s", alarm: nil, timeline: [raised, noted]))
            let list = SnapshotText.render(ConsoleView.render(m))
            XCTAssertFalse(list.contains("ông Hùng (0912 345 678)"), "the column cuts the note (\(w)×\(h)):\n\(list)")
            // Newest first: the note is the first row, selected.
            XCTAssertEqual(send(&m, .enter), [])
            XCTAssertEqual(m.screens.count, 2, "Enter opens the row (\(w)×\(h))")
            let text = SnapshotText.render(ConsoleView.render(m))
            let joined = text.split(separator: "\n").map { $0.dropFirst().dropLast().trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(joined.contains(note), "the whole note, wrapped (\(w)×\(h)):\n\(text)")
            XCTAssertTrue(text.contains("Trần Thị Bình"), text)
            _ = send(&m, .escape, .down, .enter)
            XCTAssertEqual(m.screens.count, 2, "↓ selects the next row, Enter opens it")
            XCTAssertTrue(SnapshotText.render(ConsoleView.render(m)).contains("(không có)"), "the raised row has no note")
        }
    }
}
