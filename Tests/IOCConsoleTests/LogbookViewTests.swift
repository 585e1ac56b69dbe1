import IOCTestSupport
import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest
@testable import IOCConsole

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
        var alarm = AlarmStateMachine.newAlarm(ruleID: "flood", subject: "lach_tray", kind: .threshold, priority: .high,
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
        // Past the open alarms and the open runs.
        for _ in 0..<3 { _ = ConsoleUpdate.update(&m, .key(.right)) }
        assertSnapshot(ConsoleView.render(m), variant: "shelved")
        for _ in 0..<6 { _ = ConsoleUpdate.update(&m, .key(.right)) }
        assertSnapshot(ConsoleView.render(m), variant: "log")
    }

    private var pendingRecord: HandoverRecord {
        var alarm = AlarmStateMachine.newAlarm(ruleID: "flood", subject: "lach_tray", kind: .threshold, priority: .high,
                                               message: "Mực nước Lạch Tray 32 cm vượt ngưỡng 30", at: now.addingTimeInterval(-1800),
                                               agencyCode: "SXD")
        alarm.state = .shelved
        alarm.shelveReason = "Đã báo Sở Xây dựng, chờ xe hút"
        return HandoverRecord(id: 7, shiftID: "2026-11-18 14:00", outgoing: lan, startedAt: now, overallStatus: .busy,
                              narrative: "Mưa lớn cả chiều; Lạch Tray ngập 30 cm, đã báo Sở Xây dựng. Chờ xe hút nước lúc 19:00.",
                              sections: HandoverSections(shelvedAlarms: [HandoverOverlayItem(alarm: alarm, reason: alarm.shelveReason)],
                                                         logEntries: entries))
    }

    private func handover(_ record: HandoverRecord?, width: Int, height: Int) -> ConsoleModel {
        var m = ConsoleFixture.model(width: width, height: height)
        m.actor = Actor(name: "Trần Văn Bình", role: .supervisor)
        m.showsDuty = true
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: lan, since: now.addingTimeInterval(-4 * 3600)), pending: record))
        _ = ConsoleUpdate.update(&m, .key(.function(5)))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record))
        return m
    }

    /// The handover on screen is formatted text, not Markdown source: bold status, bullets with a hanging indent, a
    /// quote bar on every line of the narrative, ids without backticks.
    func testHandoverIsFormattedNotMarkdown() {
        var m = handover(pendingRecord, width: 80, height: 24)
        let frame = ConsoleView.render(m)
        assertSnapshot(frame, styles: true, variant: "summary")
        let text = SnapshotText.render(frame)
        for source in ["**", "- Tình hình", "> Mưa"] { XCTAssertFalse(text.contains(source), "Markdown source \(source) on screen") }
        XCTAssertTrue(text.contains("┃• Tình hình chung: Bận"), text)
        XCTAssertTrue(text.contains("┃│ Mưa lớn cả chiều;"), text)
        XCTAssertTrue(text.contains("┃│ "), "the narrative's wrapped line keeps the bar")
        let rows = (0..<frame.height).map(frame.rowText)
        guard let y = rows.firstIndex(where: { $0.contains("Tình hình chung: Bận") }),
              let x = rows[y].firstIndex(of: "B").map({ rows[y].distance(from: rows[y].startIndex, to: $0) }) else {
            return XCTFail(text)
        }
        XCTAssertTrue(frame[x, y].style.attributes.contains(.bold), "the overall status is bold")
        XCTAssertFalse(frame[x - 3, y].style.attributes.contains(.bold), "its label is not")
        for _ in 0..<3 { _ = ConsoleUpdate.update(&m, .key(.right)) }
        let shelved = SnapshotText.render(ConsoleView.render(m))
        XCTAssertFalse(shelved.contains("`"), shelved)
        XCTAssertTrue(shelved.contains("(flood|lach_tray)"), shelved)
        XCTAssertTrue(shelved.contains("┃  "), "a wrapped item hangs under its text: \(shelved)")
    }

    /// Before any handover: what a handover started now would hold, counted per section.
    func testHandoverPreviewCountsEachSection() {
        var m = handover(nil, width: 120, height: 30)
        let before = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(before.contains("Nhật ký ca: …"), "the shift's log is still being read: \(before)")
        let effects = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(limit: 100_000), entries: entries))
        XCTAssertEqual(effects, [])
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Nếu bắt đầu giao ca bây giờ (b), biên bản sẽ gồm:"), text)
        XCTAssertTrue(text.contains("• Nhật ký ca: 4 (mọi mục: chưa từng giao ca)"), text)
        XCTAssertTrue(text.contains("• Chỉ số vượt ngưỡng: 1"), text)
        XCTAssertTrue(text.contains("• Nguồn dữ liệu lỗi: 1"), text)
    }

    func testAnAcceptedHandoverSaysHowToStartTheNext() {
        var record = pendingRecord
        record.state = .accepted
        let pending = SnapshotText.render(ConsoleView.render(handover(pendingRecord, width: 120, height: 30)))
        let accepted = SnapshotText.render(ConsoleView.render(handover(record, width: 120, height: 30)))
        XCTAssertFalse(pending.contains("b: bắt đầu giao ca mới"))
        XCTAssertFalse(pending.contains("Nếu bắt đầu giao ca bây giờ"))
        XCTAssertTrue(accepted.contains("Mục 1/10: Tổng quan  ·  ← →  ·  b: bắt đầu giao ca mới"), accepted)
        // Under it, the next handover's preview: only the entry written after #7's last one counts.
        var m = handover(record, width: 120, height: 40)
        let later = LogEntry(id: 5, shiftID: "2026-11-18 14:00",
                             draft: LogEntryDraft(author: lan, category: .event, text: "Sau giao ca", writtenAt: now.addingTimeInterval(60)),
                             previousHash: LogChain.genesis, hash: String(repeating: "b", count: 64))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(limit: 2000), entries: entries + [later]))
        let preview = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(preview.contains("Nếu bắt đầu giao ca bây giờ (b), biên bản sẽ gồm:"), preview)
        XCTAssertTrue(preview.contains("• Nhật ký ca: 1 (từ biên bản #7)"), preview)
    }

    /// The preview's log is read once the record is known: all of it before any handover, the newest after an
    /// accepted one, none while a handover waits (the record shows, not a preview).
    func testHandoverScreenAsksForThePreviewLog() {
        var m = ConsoleFixture.model()
        XCTAssertEqual(ConsoleUpdate.update(&m, .key(.function(5))), [.loadHandover])
        XCTAssertEqual(ConsoleUpdate.update(&m, .handoverLoaded(nil)), [.loadLog(LogQuery(limit: 100_000))])
        XCTAssertEqual(ConsoleUpdate.update(&m, .handoverLoaded(pendingRecord)), [])
        var accepted = pendingRecord
        accepted.state = .accepted
        XCTAssertEqual(ConsoleUpdate.update(&m, .handoverLoaded(accepted)), [.loadLog(LogQuery(limit: 2000))])
    }

    /// An empty logbook says how to write the first entry; a filter that finds nothing says how to widen it.
    func testEmptyLogbookSaysWhatToDo() {
        var m = ConsoleFixture.model(width: 80, height: 24)
        m.actor = lan
        _ = ConsoleUpdate.update(&m, .key(.function(4)))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(limit: 500), entries: []))
        XCTAssertTrue(SnapshotText.render(ConsoleView.render(m)).contains("Chưa có mục nào — n: ghi mới"))
        _ = ConsoleUpdate.update(&m, .key(.character("f")))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(category: .event, limit: 500), entries: []))
        let filtered = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(filtered.contains("Không có mục nào khớp bộ lọc — f: loại khác hoặc tất cả"), filtered)
        XCTAssertFalse(filtered.contains("Chưa có mục nào"))
    }

    /// Who is on duty and the shift show at every width (the shift's hours shortened at 80 columns).
    func testStatusBarShowsTheShiftWhereItFits() {
        let an = Actor(name: "Nguyễn Văn An", role: .operator)
        for (width, shift) in [(80, false), (120, true), (200, true)] {
            var m = ConsoleFixture.model(width: width, height: 30)
            m.showsDuty = true
            _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: an, since: now), pending: nil))
            let bar = ConsoleView.render(m).rowText(0)
            XCTAssertTrue(bar.contains("Trực: Nguyễn Văn An"), "\(width): \(bar)")
            XCTAssertEqual(bar.contains("ca 14:00–22:00"), shift, "\(width): \(bar)")
            XCTAssertTrue(bar.contains("ca 14"), "\(width): \(bar)")
            XCTAssertTrue(bar.contains("CB 0") || bar.contains("Cảnh báo chưa XN 0"), "the alarm counts stay: \(width): \(bar)")
        }
    }

    func testAnEntryNamesItsAgenciesAndBothTimesAreUTC7() {
        let m = ConsoleFixture.model()
        let entry = LogEntry(id: 9, shiftID: "2026-11-18 14:00",
                             draft: LogEntryDraft(author: lan, category: .agencyContact, text: "Gọi Sở Xây dựng", writtenAt: now,
                                                  agencyCodes: ["SXD", "ZZZ"]),
                             previousHash: LogChain.genesis, hash: String(repeating: "b", count: 64))
        let lines = LogbookContent.detailLines(entry, correctedBy: [], model: m)
        XCTAssertTrue(lines.contains("Cơ quan: Sở Xây dựng (SXD), ZZZ"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Ghi lúc: ") && $0.contains("UTC+7") }, "\(lines)")
    }

    /// Beside a long on-duty text on a wide English screen, the counts keep the alarm load and the incidents (in full,
    /// beside the duty text when they do not fit centred) rather than falling to the shortest form.
    func testAWideBarKeepsTheLoadBesideALongDutyText() {
        var m = ConsoleFixture.model(width: 200, height: 60, language: .en)
        m.showsDuty = true
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: Actor(name: "Trần Minh", role: .supervisor), since: now), pending: nil))
        let bar = ConsoleView.render(m).rowText(0)
        XCTAssertTrue(bar.contains("On duty: Trần Minh"), bar)
        XCTAssertTrue(bar.contains("load 0/10min") && bar.contains("Incidents 3"), "load and incidents stay: \(bar)")
    }
}
