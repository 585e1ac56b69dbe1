import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// Handovers: assembled from the data, started once, accepted by someone else; duty follows; the 15-minute alarm.
final class HandoverStoreTests: XCTestCase {
    static let t0 = LogbookStoreTests.t0
    static let lan = Actor(name: "Lan", role: .operator)
    static let minh = Actor(name: "Minh", role: .operator)
    static let chief = Actor(name: "Hùng", role: .supervisor)

    func openStore() throws -> (TemporaryDatabase, CityStore) {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        return (temp, try temp.openStore())
    }

    func shelvedAndOpenAlarms(_ store: CityStore) throws {
        let t = Self.t0.addingTimeInterval(-600)
        for (id, priority) in [("aqi|le_chan", AlarmPriority.high), ("flood|lach_tray", .medium), ("cam|c1", .low)] {
            let parts = id.split(separator: "|").map(String.init)
            let template = AlarmStateMachine.newAlarm(ruleID: parts[0], subject: parts[1], kind: .threshold, priority: priority,
                                                      message: "Cảnh báo \(id)", at: t)
            XCTAssertNil(try store.applyAlarmInput(.conditionRaised(value: 1, message: "Cảnh báo \(id)", priority: priority, at: t),
                                                   alarmID: id, template: template).rejection)
        }
        XCTAssertNil(try store.applyAlarmInput(.shelve(by: Self.lan, at: t, duration: 3600, reason: "Bảo trì trạm đo", oneShot: false),
                                               alarmID: "flood|lach_tray", template: nil).rejection)
        XCTAssertNil(try store.applyAlarmInput(.removeFromService(by: Self.chief, at: t, reason: "Camera hỏng"),
                                               alarmID: "cam|c1", template: nil).rejection)
    }

    func testStartAssemblesFromTheDataAndFreezesIt() throws {
        let (_, store) = try openStore()
        try shelvedAndOpenAlarms(store)
        try store.appendLogEntry(LogEntryDraft(author: Self.lan, category: .event, text: "Ngập Lạch Tray", writtenAt: Self.t0))
        let r = try store.startHandover(by: Self.lan, status: .busy, narrative: "Sáng mưa lớn", at: Self.t0.addingTimeInterval(60))
        XCTAssertEqual(r.sections.openAlarms.map(\.id), ["aqi|le_chan"])
        XCTAssertEqual(r.sections.shelvedAlarms.map(\.alarm.id), ["flood|lach_tray", "cam|c1"])
        XCTAssertEqual(r.sections.shelvedAlarms.map(\.reason), ["Bảo trì trạm đo", "Camera hỏng"])
        XCTAssertEqual(r.sections.logEntries.map(\.text), ["Ngập Lạch Tray"])
        XCTAssertEqual(r.shiftID, "2026-11-22 06:00")
        // Written after the start: not in this record (it is frozen), but in the next one.
        try store.appendLogEntry(LogEntryDraft(author: Self.lan, category: .other, text: "Sau khi giao", writtenAt: Self.t0.addingTimeInterval(120)))
        XCTAssertEqual(try store.pendingHandover(), r)
        XCTAssertEqual(try store.handoverSections(now: Self.t0.addingTimeInterval(180)).logEntries.map(\.text), ["Sau khi giao"])
    }

    func testAcceptancePutsTheIncomingOperatorOnDuty() throws {
        let (_, store) = try openStore()
        try store.signOn(Self.lan, at: Self.t0)
        let r = try store.startHandover(by: Self.lan, status: .normal, narrative: "Bình thường", at: Self.t0)
        XCTAssertEqual(try store.onDuty()?.actor, Self.lan)
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Self.lan, at: Self.t0)) { XCTAssertTrue("\($0)".contains("tự tiếp nhận")) }
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Actor(name: "PCT", role: .viewer), at: Self.t0))
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Self.minh, reservations: "x", at: Self.t0)) {
            XCTAssertTrue("\($0)".contains("trưởng ca"))
        }
        XCTAssertEqual(try store.onDuty()?.actor, Self.lan, "refusals change nothing")
        let accepted = try store.acceptHandover(id: r.id, by: Self.minh, at: Self.t0.addingTimeInterval(300))
        XCTAssertEqual(accepted.state, .accepted)
        XCTAssertEqual(accepted.incoming, Self.minh)
        XCTAssertEqual(try store.onDuty(), OnDuty(actor: Self.minh, since: Self.t0.addingTimeInterval(300), handoverID: r.id))
        XCTAssertNil(try store.pendingHandover())
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Self.chief, at: Self.t0)) { XCTAssertTrue("\($0)".contains("đã được tiếp nhận")) }
    }

    func testSupervisorAcceptsWithWrittenReservations() throws {
        let (_, store) = try openStore()
        let r = try store.startHandover(by: Self.lan, status: .emergency, narrative: "Bão", at: Self.t0)
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Self.chief, reservations: "  ", at: Self.t0))
        let a = try store.acceptHandover(id: r.id, by: Self.chief, reservations: "Chưa rõ trạm bơm", at: Self.t0)
        XCTAssertEqual(a.state, .acceptedWithReservations)
        XCTAssertEqual(try store.latestHandover()?.reservations, "Chưa rõ trạm bơm")
    }

    func testOnlyOneHandoverWaitsAtATimeAndNarrativeIsRequired() throws {
        let (_, store) = try openStore()
        XCTAssertThrowsError(try store.startHandover(by: Self.lan, status: .normal, narrative: " ", at: Self.t0))
        XCTAssertThrowsError(try store.startHandover(by: Actor(name: "PCT", role: .viewer), status: .normal, narrative: "x", at: Self.t0))
        try store.startHandover(by: Self.lan, status: .normal, narrative: "x", at: Self.t0)
        XCTAssertThrowsError(try store.startHandover(by: Self.minh, status: .normal, narrative: "y", at: Self.t0)) {
            XCTAssertTrue("\($0)".contains("chờ tiếp nhận"))
        }
    }

    /// Issue 12 (as item 6): a narrative or reservations over the limit are refused, never cut.
    func testALongNarrativeOrReservationsAreRefusedNotCut() throws {
        let (_, store) = try openStore()
        let long = String(repeating: "Mưa lớn ở Lê Chân. ", count: 250)   // 4,749 characters
        XCTAssertThrowsError(try store.startHandover(by: Self.lan, status: .normal, narrative: long, at: Self.t0)) {
            XCTAssertEqual(($0 as? LogbookRefusal)?.text(.vi), "Diễn biến ca dài 4.749 ký tự, tối đa 4.000: không ghi (không cắt bớt)")
        }
        XCTAssertNil(try store.pendingHandover(), "nothing started")
        let whole = String(repeating: "x", count: 4000)
        let r = try store.startHandover(by: Self.lan, status: .normal, narrative: whole, at: Self.t0)
        XCTAssertEqual(r.narrative.count, 4000)
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Actor(name: "Minh", role: .supervisor),
                                                     reservations: String(repeating: "y", count: 2001), at: Self.t0)) {
            XCTAssertEqual(($0 as? LogbookRefusal)?.text(.vi), "Nội dung bảo lưu dài 2.001 ký tự, tối đa 2.000: không ghi (không cắt bớt)")
        }
    }

    func testUnacceptedAfterFifteenMinutesIsAnAlarmAndAcceptanceClearsIt() throws {
        let (_, store) = try openStore()
        let r = try store.startHandover(by: Self.lan, status: .normal, narrative: "x", at: Self.t0)
        XCTAssertTrue(try store.applyHandoverAlarm(now: Self.t0.addingTimeInterval(14 * 60)).isEmpty)
        let raised = try store.applyHandoverAlarm(now: Self.t0.addingTimeInterval(15 * 60))
        XCTAssertEqual(raised.count, 1)
        var alarm = try XCTUnwrap(try store.alarm(id: HandoverAlarmRule.alarmID))
        XCTAssertEqual(alarm.state, .unacknowledged)
        XCTAssertEqual(alarm.priority, .high)
        XCTAssertTrue(alarm.message.contains("#\(r.id)"))
        XCTAssertTrue(try store.applyHandoverAlarm(now: Self.t0.addingTimeInterval(20 * 60)).isEmpty, "raised once")
        try store.acceptHandover(id: r.id, by: Self.minh, at: Self.t0.addingTimeInterval(21 * 60))
        XCTAssertEqual(try store.applyHandoverAlarm(now: Self.t0.addingTimeInterval(22 * 60)).count, 1)
        alarm = try XCTUnwrap(try store.alarm(id: HandoverAlarmRule.alarmID))
        XCTAssertFalse(alarm.conditionActive)
        XCTAssertEqual(alarm.state, .returnedUnacknowledged)
        XCTAssertEqual(try store.alarmTimeline(id: HandoverAlarmRule.alarmID).count, 2)
    }

    /// Only who is on duty hands over (a supervisor may start it for them); nobody accepts their own shift back, and a
    /// name typed in another case, with extra spaces or decomposed is still the same person.
    func testOnlyWhoIsOnDutyStartsAndNobodyAcceptsTheirOwnShift() throws {
        let (_, store) = try openStore()
        try store.signOn(Self.lan, at: Self.t0)
        XCTAssertThrowsError(try store.startHandover(by: Self.minh, status: .normal, narrative: "x", at: Self.t0)) {
            XCTAssertTrue("\($0)".contains("Chỉ người đang trực (Lan)"), "\($0)")
        }
        XCTAssertNil(try store.pendingHandover())
        let r = try store.startHandover(by: Self.chief, status: .normal, narrative: "Lan ốm, trưởng ca giao thay", at: Self.t0)
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Actor(name: "  lAN ", role: .operator), at: Self.t0)) {
            XCTAssertTrue("\($0)".contains("Người đang trực"), "\($0)")
        }
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: Actor(name: "hùng", role: .operator), at: Self.t0)) {
            XCTAssertTrue("\($0)".contains("tự tiếp nhận"), "\($0)")
        }
        let nfd = Actor(name: "Hu\u{300}ng", role: .operator)
        XCTAssertThrowsError(try store.acceptHandover(id: r.id, by: nfd, at: Self.t0), "Hùng typed decomposed")
        XCTAssertEqual(try store.acceptHandover(id: r.id, by: Self.minh, at: Self.t0).state, .accepted)
        XCTAssertEqual(try store.onDuty()?.actor, Self.minh)
        XCTAssertThrowsError(try store.startHandover(by: Self.lan, status: .normal, narrative: "x", at: Self.t0),
                             "Lan is off duty now")
        XCTAssertNoThrow(try store.startHandover(by: Actor(name: "minh", role: .operator), status: .normal, narrative: "x", at: Self.t0))
    }
}
