import Foundation
import GRDB
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// The `message_en` column (`v5-alarm-message-en`): both texts of a raise are stored and read back; an alarm written
/// before the migration reads with no English text and shows its Vietnamese one.
final class AlarmMessageENStoreTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01 00:00 UTC
    static let id = "aqi_bad|aqi.station.le_chan"

    static func template(messageEN: String? = nil) -> Alarm {
        AlarmStateMachine.newAlarm(id: id, ruleID: "aqi_bad", subject: "aqi.station.le_chan", kind: .threshold,
                                   priority: .medium, message: "Cảnh báo", messageEN: messageEN, at: t0)
    }

    func testARaiseStoresAndReadsBothTexts() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let raise = AlarmInput.conditionRaised(value: 183, message: "Trạm Lê Chân: VN_AQI 183 (Xấu) vượt ngưỡng 150",
                                               messageEN: "Le Chan station: VN_AQI 183 (Bad) above 150",
                                               priority: .medium, at: Self.t0 + 60)
        let decision = try store.applyAlarmInput(raise, alarmID: Self.id, template: Self.template())
        XCTAssertEqual(decision.alarm?.messageEN, "Le Chan station: VN_AQI 183 (Bad) above 150")
        let reopened = try temp.openStore()
        let read = try XCTUnwrap(reopened.alarm(id: Self.id))
        XCTAssertEqual(read.message, "Trạm Lê Chân: VN_AQI 183 (Xấu) vượt ngưỡng 150")
        XCTAssertEqual(read.messageEN, "Le Chan station: VN_AQI 183 (Bad) above 150")
        XCTAssertEqual(read.message(.en), "Le Chan station: VN_AQI 183 (Bad) above 150")
        XCTAssertEqual(read.message(.vi), "Trạm Lê Chân: VN_AQI 183 (Xấu) vượt ngưỡng 150")
        XCTAssertEqual(try reopened.alarms().map(\.messageEN), ["Le Chan station: VN_AQI 183 (Bad) above 150"])
    }

    func testARaiseWithoutEnglishStoresNull() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let raise = AlarmInput.conditionRaised(value: 183, message: "VN_AQI 183 vượt ngưỡng 150", priority: .medium,
                                               at: Self.t0 + 60)
        _ = try store.applyAlarmInput(raise, alarmID: Self.id, template: Self.template())
        let read = try XCTUnwrap(store.alarm(id: Self.id))
        XCTAssertNil(read.messageEN)
        XCTAssertEqual(read.message(.en), "VN_AQI 183 vượt ngưỡng 150", "English falls back to Vietnamese")
        let stored = try store.database.read { db in
            try db.fetchOne(sql: "SELECT message_en FROM alarm WHERE id = ?", arguments: [Self.id])
        }
        XCTAssertEqual(stored?.values, [.null])
    }

    func testAnAlarmWrittenBeforeTheSQLiteMigrationReadsWithoutEnglish() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        do {
            let queue = try DatabaseQueue(path: temp.path)
            try StoreSchema.migrator.migrate(queue, upTo: "v4-logbook-scope")
            try queue.write { db in
                XCTAssertFalse(try db.columns(in: "alarm").map(\.name).contains("message_en"))
                try db.execute(sql: """
                    INSERT INTO alarm (id, rule_id, subject, kind, priority, message, state, state_order,
                                       condition_active, value, active_since_ms, last_change_ms, shelve_one_shot)
                    VALUES (?, 'aqi_bad', 'aqi.station.le_chan', 'threshold', 3, 'VN_AQI 183 vượt ngưỡng 150',
                            'unack', 0, 1, 183, ?, ?, 0)
                    """, arguments: [Self.id, (Self.t0 + 60).unixMillis, (Self.t0 + 60).unixMillis])
            }
        }
        let store = try temp.openStore()
        XCTAssertTrue(try store.appliedMigrations().contains("v5-alarm-message-en"))
        let read = try XCTUnwrap(store.alarm(id: Self.id))
        XCTAssertEqual(read.state, .unacknowledged)
        XCTAssertEqual(read.message, "VN_AQI 183 vượt ngưỡng 150")
        XCTAssertNil(read.messageEN)
        XCTAssertEqual(read.message(.en), "VN_AQI 183 vượt ngưỡng 150")
        // A later update of that old alarm carries the English text from then on.
        let update = AlarmInput.conditionRaised(value: 190, message: "VN_AQI 190 vượt ngưỡng 150",
                                                messageEN: "VN_AQI 190 above 150", priority: .medium, at: Self.t0 + 120)
        XCTAssertEqual(try store.applyAlarmInput(update, alarmID: Self.id, template: nil).alarm?.messageEN,
                       "VN_AQI 190 above 150")
        XCTAssertEqual(try store.alarm(id: Self.id)?.messageEN, "VN_AQI 190 above 150")
    }
}
