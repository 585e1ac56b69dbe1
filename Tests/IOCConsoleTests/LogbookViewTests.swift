import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// The logbook and handover screens as frames (snapshots), at the wide and the smallest size.
final class LogbookViewTests: XCTestCase {
    private let now = ConsoleFixture.now
    private let lan = Actor(name: "Nguyễn Thị Lan", role: .operator)

    private var entries: [LogEntry] {
        func e(_ id: Int64, _ category: LogCategory, _ text: String, late: TimeInterval = 0, corrects: Int64? = nil,
               alarms: [String] = []) -> LogEntry {
            let written = now.addingTimeInterval(TimeInterval(id) * 60 - 3600)
            return LogEntry(id: id, shiftID: "2026-11-18 14:00",
                            draft: LogEntryDraft(author: lan, category: category, text: text, eventAt: written.addingTimeInterval(-late),
                                                 writtenAt: written, alarmIDs: alarms, corrects: corrects),
                            previousHash: LogChain.genesis, hash: String(repeating: "a", count: 64))
        }
        return [
            e(1, .event, "Mưa lớn ở Lê Chân, ngập phố Lạch Tray 30 cm", alarms: ["flood|lach_tray"]),
            e(2, .agencyContact, "Gọi Sở Xây dựng lúc 16 giờ", late: 1800),
            e(3, .agencyContact, "Gọi Sở Xây dựng lúc 16 giờ 30", corrects: 2),
            e(4, .directive, "PCT UBND TP chỉ đạo bố trí xe hút nước tại Lạch Tray"),
        ]
    }

    private func logbook(width: Int, height: Int) -> ConsoleModel {
        var m = ConsoleFixture.model(width: width, height: height)
        m.actor = lan
        m.showsDuty = true
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: lan, since: now.addingTimeInterval(-4 * 3600)), pending: nil))
        _ = ConsoleUpdate.update(&m, .key(.function(4)))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(limit: 500), entries: entries))
        return m
    }

    func testLogbookScreenWide() {
        assertSnapshot(ConsoleView.render(logbook(width: 160, height: 30)))
    }

    func testLogbookScreenSmallest() {
        assertSnapshot(ConsoleView.render(logbook(width: 80, height: 24)))
    }

    func testHandoverReviewScreen() {
        var m = ConsoleFixture.model(width: 120, height: 30)
        m.actor = Actor(name: "Trần Văn Bình", role: .supervisor)
        m.showsDuty = true
        var alarm = AlarmStateMachine.newAlarm(ruleID: "flood", subject: "lach_tray", kind: "threshold", priority: .high,
                                               message: "Mực nước Lạch Tray 32 cm vượt ngưỡng 30", at: now.addingTimeInterval(-1800),
                                               agencyCode: "SXD")
        alarm.state = .shelved
        alarm.shelveReason = "Đã báo Sở Xây dựng, chờ xe hút"
        alarm.shelvedUntil = now.addingTimeInterval(3600)
        let record = HandoverRecord(id: 7, shiftID: "2026-11-18 14:00", outgoing: lan, startedAt: now, overallStatus: .busy,
                                    narrative: "Mưa lớn cả chiều; Lạch Tray ngập, đã báo Sở Xây dựng.",
                                    sections: HandoverSections(shelvedAlarms: [HandoverOverlayItem(alarm: alarm, reason: alarm.shelveReason)],
                                                               logEntries: entries))
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: lan, since: now.addingTimeInterval(-4 * 3600)), pending: record))
        _ = ConsoleUpdate.update(&m, .key(.function(5)))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record))
        assertSnapshot(ConsoleView.render(m), variant: "summary")
        _ = ConsoleUpdate.update(&m, .key(.right))
        _ = ConsoleUpdate.update(&m, .key(.right))
        assertSnapshot(ConsoleView.render(m), variant: "shelved")
        for _ in 0..<6 { _ = ConsoleUpdate.update(&m, .key(.right)) }
        assertSnapshot(ConsoleView.render(m), variant: "log")
    }
}
