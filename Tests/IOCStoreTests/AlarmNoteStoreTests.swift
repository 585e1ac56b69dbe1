import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// System timeline notes are stored as a code with its parameters (`v7-alarm-note-code`) beside their Vietnamese
/// text; rows written before the migration (no code) read back as they are.
final class AlarmNoteStoreTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)
    static let id = "aqi_bad|aqi.station.le_chan"

    static func template() -> Alarm {
        AlarmStateMachine.newAlarm(id: id, ruleID: "aqi_bad", subject: "aqi.station.le_chan", kind: .threshold,
                                   priority: .medium, message: "Cảnh báo", at: t0)
    }

    func testSystemNotesAreStoredAsCodesAndReadInEitherLanguage() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let raise = AlarmInput.conditionRaised(value: 183, message: "Trạm Lê Chân: VN_AQI 183 (Xấu)",
                                               messageEN: "Le Chan station: VN_AQI 183 (Bad)", priority: .medium, at: Self.t0 + 60)
        _ = try store.applyAlarmInput(raise, alarmID: Self.id, template: Self.template())
        _ = try store.applyAlarmInput(.suppressUnderParent(parentID: "source_down|sim", at: Self.t0 + 120), alarmID: Self.id,
                                  template: nil)
        let timeline = try temp.openStore().alarmTimeline(id: Self.id)
        XCTAssertEqual(timeline.map(\.noteCode?.code), ["message", "parent-active"])
        XCTAssertEqual(timeline.map { $0.noteText(.en) },
                       ["Le Chan station: VN_AQI 183 (Bad)", "Parent alarm active: source_down|sim"])
        XCTAssertEqual(timeline.map(\.note), ["Trạm Lê Chân: VN_AQI 183 (Xấu)", "Cảnh báo cha đang hoạt động: source_down|sim"])
    }

    func testARowFromBeforeTheCodesIsShownAsStored() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        _ = try store.applyAlarmInput(AlarmInput.conditionRaised(value: 1, message: "x", priority: .medium, at: Self.t0),
                                  alarmID: Self.id, template: Self.template())
        try store.database.write { db in
            try db.execute(sql: """
                INSERT INTO alarm_action (alarm_id, at_ms, actor, role, action, from_state, to_state, note, priority)
                VALUES (?, ?, 'system', NULL, 'shelve-expired', 'shelved', 'unack', 'Hết thời gian tạm gác', 3)
                """, arguments: [Self.id, Int64((Self.t0 + 60).timeIntervalSince1970 * 1000)])
        }
        let old = try XCTUnwrap(try temp.openStore().alarmTimeline(id: Self.id).last)
        XCTAssertNil(old.noteCode)
        XCTAssertEqual(old.noteText(.en), "Hết thời gian tạm gác")
    }
}
