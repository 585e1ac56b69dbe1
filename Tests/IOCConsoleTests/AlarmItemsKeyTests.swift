import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// `i` on an alarm about items opens the list of them, as (selected alarm) → (screen, effects) rows: an agency's
/// overdue reports, a directive's own row selected once read, a group of two agencies' alarms listing all agencies,
/// and alarms that are about no items refused with a word.
final class AlarmItemsKeyTests: XCTestCase {
    typealias F = ConsoleFixture

    private func alarm(_ rule: String, subject: String, kind: AlarmKind, agency: String?, domain: Pillar?) -> Alarm {
        var a = F.alarm(rule, subject: subject, kind: kind, agency: agency ?? "", state: .unacknowledged, priority: .medium,
                        message: rule)
        a.agencyCode = agency
        a.domain = domain
        return a
    }

    /// The alarm screen (F2) with `alarms`, the first selected.
    private func model(_ alarms: [Alarm], language: Language = .vi) -> ConsoleModel {
        var m = F.model(language: language)
        var d = F.dashboard
        d.alarms = alarms
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        _ = ConsoleUpdate.update(&m, .key(.function(2)))
        return m
    }

    func testTheKeyOpensTheListOfTheAlarmsItems() {
        struct Row { let alarm: Alarm; let kind: EventKind?; let agency: String?; let title: String?; let focus: String? }
        let rows = [
            Row(alarm: alarm("feedback_overdue", subject: "SXD", kind: .overdue, agency: "SXD", domain: .feedback),
                kind: .feedback, agency: "SXD", title: "Phản ánh › Sở Xây dựng", focus: nil),
            Row(alarm: alarm("dossiers_at_risk", subject: "STP", kind: .atRisk, agency: "STP", domain: .government),
                kind: .dossier, agency: "STP", title: "Hồ sơ › Sở Tư pháp", focus: nil),
            Row(alarm: alarm("directive_overdue", subject: "simulator/CD-01", kind: .overdue, agency: "SXD", domain: .directives),
                kind: .directive, agency: "SXD", title: "Chỉ đạo › Sở Xây dựng", focus: "simulator/CD-01"),
            Row(alarm: alarm("feedback_surge", subject: "flooding|11311", kind: .surge, agency: nil, domain: .feedback),
                kind: .feedback, agency: nil, title: "Phản ánh › Mọi cơ quan", focus: nil),
            Row(alarm: alarm("aqi_bad", subject: "aqi.le_chan", kind: .threshold, agency: "SNNMT", domain: .publicOrder),
                kind: nil, agency: nil, title: nil, focus: nil),
            Row(alarm: alarm("source_down", subject: "pakn", kind: .sourceDown, agency: nil, domain: nil),
                kind: nil, agency: nil, title: nil, focus: nil),
        ]
        for row in rows {
            var m = model([row.alarm])
            let effects = ConsoleUpdate.update(&m, .key(.character("i")))
            guard let kind = row.kind else {
                XCTAssertEqual(effects, [], row.alarm.ruleID)
                XCTAssertTrue(m.flashIsError, row.alarm.ruleID)
                XCTAssertEqual(m.flash, "Cảnh báo này không về hồ sơ, phản ánh, chỉ đạo hay sự cố", row.alarm.ruleID)
                guard case .alarmList? = m.screens.last else { return XCTFail("\(row.alarm.ruleID): stays on the alarm list") }
                continue
            }
            XCTAssertEqual(effects, [.loadEvents(kind: kind, agencyCode: row.agency)], row.alarm.ruleID)
            guard case .eventList(let s)? = m.screens.last else { return XCTFail("\(row.alarm.ruleID): no list") }
            XCTAssertEqual(s.kind, kind, row.alarm.ruleID)
            XCTAssertEqual(s.agencyCode, row.agency, row.alarm.ruleID)
            XCTAssertEqual(s.title, row.title, row.alarm.ruleID)
            XCTAssertEqual(s.focus, row.focus, row.alarm.ruleID)
        }
    }

    /// From the alarm's own screen too; the directive's row is selected once the list is read, wherever it is.
    func testAnAlarmAboutOneItemSelectsItsRow() {
        let directive = alarm("directive_overdue", subject: "simulator/CD-03", kind: .overdue, agency: "SXD", domain: .directives)
        var m = model([directive], language: .en)
        _ = ConsoleUpdate.update(&m, .key(.enter))
        guard case .alarmDetail? = m.screens.last else { return XCTFail("Enter opens the alarm") }
        XCTAssertTrue(SnapshotText.render(ConsoleView.render(m)).contains("i: the agency's directives"), "the screen says how")
        XCTAssertEqual(ConsoleUpdate.update(&m, .key(.character("i"))), [.loadEvents(kind: .directive, agencyCode: "SXD")])
        guard case .eventList(let opened)? = m.screens.last else { return XCTFail("no list") }
        XCTAssertEqual(opened.title, "Directives › Sở Xây dựng", "the fixture knows the agency by its Vietnamese name only")
        let events = (1...4).map { i in
            EventSummary(event: CityEvent(kind: .directive, externalID: "CD-0\(i)", title: "Chỉ đạo \(i)", status: .open,
                                          agencyCode: "SXD", openedAt: F.now - 86_400, dueAt: F.now + Double(i) * 3600,
                                          updatedAt: F.now), sourceID: "simulator", agencyName: "Sở Xây dựng")
        }
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .directive, agencyCode: "SXD", events: events, counts: nil, risks: [:]))
        guard case .eventList(let read)? = m.screens.last else { return XCTFail("no list") }
        XCTAssertEqual(read.table.selected, 2, "CD-03, the alarm's own")
        // A later refresh keeps the operator's own selection.
        _ = ConsoleUpdate.update(&m, .key(.up))
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .directive, agencyCode: "SXD", events: events, counts: nil, risks: [:]))
        guard case .eventList(let again)? = m.screens.last else { return XCTFail("no list") }
        XCTAssertEqual(again.table.selected, 1)
    }

    /// A group row (one agency's alarms of one kind) lists that agency's items, none selected for the group.
    func testAGroupRowListsItsAgencysItems() {
        let alarms = [
            alarm("directive_overdue", subject: "simulator/CD-01", kind: .overdue, agency: "SXD", domain: .directives),
            alarm("directive_overdue", subject: "simulator/CD-02", kind: .overdue, agency: "SXD", domain: .directives),
        ]
        var m = model(alarms)
        XCTAssertEqual(ConsoleUpdate.update(&m, .key(.character("i"))), [.loadEvents(kind: .directive, agencyCode: "SXD")])
        guard case .eventList(let s)? = m.screens.last else { return XCTFail("no list") }
        XCTAssertNil(s.focus, "a group is about several items")
    }

    /// At 80×24 a directive's message wraps to three rows: the lines after it (the list key, since when) stay on the
    /// screen above the timeline (they were counted as one row each and fell under it).
    func testAtEightyColumnsALongMessageLeavesTheRestOfTheAlarmOnScreen() {
        var long = alarm("directive_due_soon", subject: "simulator/CD-01", kind: .deadlineSoon, agency: "SXD", domain: .directives)
        long.messageEN = "Directive due soon: Vice Chairman of the City People's Committee directs: tighten air pollution control – "
            + "Department of Agriculture and Environment (due 09/12 17:00)"
        var m = ConsoleFixture.model(width: 80, height: 24, language: .en)
        var d = F.dashboard
        d.alarms = [long]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        _ = ConsoleUpdate.update(&m, .key(.function(2)))
        _ = ConsoleUpdate.update(&m, .key(.enter))
        _ = ConsoleUpdate.update(&m, .alarmTimelineLoaded(id: long.id, alarm: long, timeline: []))
        let screen = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(screen.contains("i: the agency's directives"), screen)
        XCTAssertTrue(screen.contains("Active since: "), screen)
        let lines = screen.split(separator: "\n").map(String.init)
        let since = lines.firstIndex { $0.contains("Active since: ") } ?? .max
        let timeline = lines.firstIndex { $0.contains("Timeline (newest first") } ?? -1
        XCTAssertLessThan(since, timeline, screen)
    }
}
