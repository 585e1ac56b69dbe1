import Foundation
@testable import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Two alarms of one agency whose long name opens both messages: on the alarm panel, on F2 and in a group, the words
/// that say what happened stay on screen at every size, in both languages, and the agency is said once.
final class AlarmRowTextTests: XCTestCase {
    private let agencyVI = "Công ty TNHH MTV Môi trường Đô thị Hải Phòng"
    private let agencyEN = "Hai Phong Urban Environment Company"

    private func model(width: Int, height: Int, language: Language, sameKind: Bool = false) -> ConsoleModel {
        var m = ConsoleFixture.model(width: width, height: height, language: language)
        var d = ConsoleFixture.dashboard
        d.feedback.append(FeedbackSummary(agencyCode: "MTDT", agencyName: agencyVI, received: 270, routed: 270, inProgress: 49,
                                          resolved: 215, overdue: 7, dueSoon: 3, agencyNameEN: agencyEN))
        var overdue = ConsoleFixture.alarm("feedback_overdue", subject: "MTDT", kind: .overdue, agency: "MTDT", state: .unacknowledged,
                                           priority: .high, message: "\(agencyVI): 7 phản ánh quá hạn xử lý")
        overdue.messageEN = "\(agencyEN): 7 citizen reports overdue"
        var soon = ConsoleFixture.alarm("feedback_due_soon", subject: "MTDT", kind: sameKind ? .overdue : .deadlineSoon, agency: "MTDT",
                                        state: .unacknowledged, priority: .medium, message: "\(agencyVI): 3 phản ánh sắp quá hạn")
        soon.messageEN = "\(agencyEN): 3 citizen reports due soon"
        d.alarms = [overdue, soon]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        return m
    }

    private func words(_ language: Language) -> [String] {
        language == .vi ? ["7 phản ánh quá hạn", "3 phản ánh sắp quá hạn"] : ["7 citizen reports overdue", "3 citizen reports due soon"]
    }

    func testWhatHappenedStaysVisibleOnThePanelAndOnF2() {
        for (width, height, language) in [(80, 24, Language.vi), (80, 24, .en), (132, 40, .vi), (132, 40, .en), (200, 60, .vi), (200, 60, .en)] {
            var m = model(width: width, height: height, language: language)
            let dashboard = SnapshotText.render(ConsoleView.render(m))
            for w in words(language) { XCTAssertTrue(dashboard.contains(w), "\(width)x\(height) \(language) panel: \(w)\n\(dashboard)") }
            _ = ConsoleUpdate.update(&m, .key(.function(2)))
            let full = SnapshotText.render(ConsoleView.render(m))
            for w in words(language) { XCTAssertTrue(full.contains(w), "\(width)x\(height) \(language) F2: \(w)\n\(full)") }
            let rows = full.split(separator: "\n").filter { row in words(language).contains { row.contains($0) } }
            for row in rows {
                let said = row.components(separatedBy: language == .vi ? "Môi trường Đô thị" : "Urban Environment").count - 1
                XCTAssertLessThanOrEqual(said, 1, "the agency is said once on a row: \(row)")
            }
        }
    }

    /// A group of one agency and kind: its row says what happened in its first member, not the agency twice.
    func testAGroupRowSaysWhatHappened() {
        for language in [Language.vi, .en] {
            var m = model(width: 132, height: 40, language: language, sameKind: true)
            _ = ConsoleUpdate.update(&m, .key(.function(2)))
            let full = SnapshotText.render(ConsoleView.render(m))
            XCTAssertTrue(full.contains(words(language)[0]), "\(language)\n\(full)")
            XCTAssertTrue(full.contains(language == .vi ? "2 cảnh báo quá hạn" : "2 overdue alarms"), "\(language)\n\(full)")
        }
    }

    /// Where the Agency column does not fit, the alarm cell names the agency in front of what happened.
    func testWithoutTheAgencyColumnTheCellNamesIt() {
        let m = model(width: 80, height: 24, language: .en)
        let table = AlarmListContent.table(m.dashboard!, model: m)
        let (narrow, kept) = table.fitted(width: 40)
        XCTAssertFalse(kept.contains(3))
        XCTAssertTrue(narrow.rows.contains { $0.cells.contains("7 citizen reports overdue · \(agencyEN)") }, "\(narrow.rows)")
        let (wide, _) = table.fitted(width: 120)
        XCTAssertTrue(wide.rows.contains { $0.cells.contains("7 citizen reports overdue") }, "\(wide.rows)")
    }
    /// Two alarms of one kind, of two agencies ("14 hồ sơ sắp trễ hạn", Sở Tài chính and Sở Nông nghiệp…): at 80×24,
    /// where the Agency column has no room, the state word shortens ("! Chưa XN") so each row still says whose it is,
    /// in both languages; the full-screen list keeps the whole word.
    func testTwoAgenciesAlarmsOfOneKindReadApartAt80Columns() {
        for language in [Language.vi, .en] {
            var m = ConsoleFixture.model(width: 80, height: 24, language: language)
            var d = ConsoleFixture.dashboard
            d.government.append(AgencyPerformance(agencyCode: "STC", agencyName: "Sở Tài chính", workload: 10, inProgress: 5,
                                                  agencyNameEN: "Department of Finance"))
            var first = ConsoleFixture.alarm("dossier_due_soon", subject: "STC", kind: .deadline, agency: "STC",
                                             state: .unacknowledged, priority: .low, message: "14 hồ sơ sắp trễ hạn")
            first.messageEN = "14 dossiers due soon"
            var second = ConsoleFixture.alarm("dossier_due_soon", subject: "SXD", kind: .deadline, agency: "SXD",
                                              state: .unacknowledged, priority: .low, message: "14 hồ sơ sắp trễ hạn")
            second.messageEN = "14 dossiers due soon"
            d.alarms = [first, second]
            _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
            let lines = SnapshotText.render(ConsoleView.render(m)).split(separator: "\n").map(String.init)
            let rows = lines.filter { $0.contains(language == .vi ? "14 hồ sơ sắp trễ hạn" : "14 dossiers due soon") }
            XCTAssertEqual(rows.count, 2, "\(language): \(lines.joined(separator: "\n"))")
            XCTAssertTrue(rows.contains { $0.contains(language == .vi ? "Sở Tài" : "Finance") }, "\(language): \(lines.joined(separator: "\n"))")
            // The fixture knows Sở Xây dựng by its Vietnamese name only: English shows it as it is known.
            XCTAssertTrue(rows.contains { $0.contains("Sở Xây") }, "\(language): \(rows)")
            XCTAssertTrue(rows.allSatisfy { $0.contains(language == .vi ? "! Chưa XN" : "! Unacked") }, "\(language): \(rows)")
            _ = ConsoleUpdate.update(&m, .resized(width: 200, height: 60))
            _ = ConsoleUpdate.update(&m, .key(.function(2)))
            let wide = SnapshotText.render(ConsoleView.render(m))
            XCTAssertTrue(wide.contains(language == .vi ? "! Chưa xác nhận" : "! Unacknowledged"), "F2 at 200×60 has room for the word")
        }
    }

    /// The simulated city's first screen at 80×24 in English: "6 citizen reports due soon" for two agencies left four
    /// columns for the agency, and both rows read the same; four columns ("· Con…", "· Hai…") tell them apart.
    func testAFourColumnTailStillSaysWhoseAlarmItIs() {
        var m = ConsoleFixture.model(width: 80, height: 24, language: .en)
        var d = ConsoleFixture.dashboard
        d.feedback.append(FeedbackSummary(agencyCode: "MTDT", agencyName: agencyVI, received: 270, routed: 270, inProgress: 49,
                                          resolved: 215, overdue: 7, dueSoon: 6, agencyNameEN: agencyEN))
        d.alarms = ["MTDT", "SXD"].map { code in
            var a = ConsoleFixture.alarm("feedback_due_soon", subject: code, kind: .deadlineSoon, agency: code,
                                         state: .unacknowledged, priority: .low, message: "6 phản ánh sắp quá hạn")
            a.messageEN = "6 citizen reports due soon"
            return a
        }
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let lines = SnapshotText.render(ConsoleView.render(m)).split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.contains("6 citizen reports due soon") }
        XCTAssertEqual(rows.count, 2, lines.joined(separator: "\n"))
        XCTAssertTrue(rows.contains { $0.contains("due soon · Hai…") }, "\(rows)")
        XCTAssertTrue(rows.contains { $0.contains("due soon · Sở…") }, "\(rows)")
    }

    /// In a flood the list groups by agency alone: at 80×24 each group row names its agency first.
    func testFloodGroupsNameTheirAgencyFirstAt80Columns() {
        var m = ConsoleFixture.modelWithAlarmGroup(raisedLast10Minutes: 12, width: 80, height: 24)
        XCTAssertTrue(m.alarmFlood)
        m.focusIndex = 0
        let lines = SnapshotText.render(ConsoleView.render(m)).split(separator: "\n").map(String.init)
        let groups = lines.filter { $0.contains("▸ ") }
        XCTAssertFalse(groups.isEmpty, lines.joined(separator: "\n"))
        XCTAssertTrue(groups.allSatisfy { $0.contains("▸ Sở ") || $0.contains("▸ SNNMT") || $0.contains("▸ SXD") }, groups.joined(separator: "\n"))
    }
}
