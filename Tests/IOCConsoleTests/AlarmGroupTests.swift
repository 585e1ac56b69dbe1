import Foundation
@testable import IOCConsole
import IOCDomain
import XCTest

/// Grouping alarms by (agency, kind), or by agency alone in a flood, and what a group row says.
final class AlarmGroupTests: XCTestCase {
    private var alarms: [Alarm] { ConsoleFixture.modelWithAlarmGroup().dashboard?.alarms ?? [] }

    func testGroupsByAgencyAndKindWhereTheirFirstMemberWas() {
        let groups = AlarmGroup.grouping(alarms, byAgencyOnly: false)
        XCTAssertEqual(groups.map(\.id), ["SNNMT|threshold", "SXD|deadline", "SXD|threshold"])
        XCTAssertEqual(groups.map { $0.members.map(\.id) }, [
            ["aqi-high|s"],
            ["dossier-due|HS-001", "dossier-due|HS-003", "dossier-due|HS-002"],
            ["flood|s"],
        ], "members keep the store's order; singletons are groups of one")
        XCTAssertEqual(groups.map(\.isSingleton), [true, false, true])
    }

    func testFloodGroupsByAgencyAlone() {
        let groups = AlarmGroup.grouping(alarms, byAgencyOnly: true)
        XCTAssertEqual(groups.map(\.id), ["SNNMT|*", "SXD|*"])
        XCTAssertEqual(groups[1].members.map(\.id), ["dossier-due|HS-001", "dossier-due|HS-003", "flood|s", "dossier-due|HS-002"])
        XCTAssertNil(groups[1].kind)
    }

    func testAlarmsWithoutAgencyGroupTogether() {
        var a = ConsoleFixture.alarm("x", subject: "1", state: .unacknowledged, priority: .low, message: "x1")
        var b = ConsoleFixture.alarm("x", subject: "2", state: .unacknowledged, priority: .low, message: "x2")
        a.agencyCode = nil
        b.agencyCode = ""
        let groups = AlarmGroup.grouping([a, b], byAgencyOnly: false)
        XCTAssertEqual(groups.map(\.id), ["|threshold"])
        XCTAssertNil(groups.first?.agencyCode)
    }

    func testGroupSpeaksForItsMostPressingMember() throws {
        let cases: [(states: [AlarmState], priorities: [AlarmPriority], worst: AlarmState, priority: AlarmPriority, awaiting: [String])] = [
            ([.acknowledged, .unacknowledged], [.emergency, .low], .unacknowledged, .emergency, ["x|2"]),
            ([.acknowledged, .returnedUnacknowledged], [.medium, .high], .returnedUnacknowledged, .high, ["x|2"]),
            ([.shelved, .acknowledged], [.low, .low], .acknowledged, .low, []),
            ([.unacknowledged, .returnedUnacknowledged, .acknowledged], [.medium, .medium, .medium], .unacknowledged, .medium, ["x|1", "x|2"]),
        ]
        for c in cases {
            let members = zip(c.states, c.priorities).enumerated().map { i, sp in
                ConsoleFixture.alarm("x", subject: "\(i + 1)", state: sp.0, priority: sp.1, message: "m\(i + 1)", minutesAgo: Double(10 * (i + 1)))
            }
            let g = try XCTUnwrap(AlarmGroup.grouping(members, byAgencyOnly: false).first)
            XCTAssertEqual(g.worstState, c.worst, "\(c.states)")
            XCTAssertEqual(g.priority, c.priority, "\(c.priorities)")
            XCTAssertEqual(g.awaitingAcknowledgement.map(\.id), c.awaiting, "\(c.states)")
            XCTAssertEqual(g.oldestSince, ConsoleFixture.now.addingTimeInterval(-Double(600 * members.count)), "age = the oldest member")
        }
    }

    /// The title says the count, the kind and what happened in the first member; the agency is the Agency column's.
    func testTitleNamesCountKindAndTheFirstMessage() throws {
        let g = try XCTUnwrap(AlarmGroup.grouping(ConsoleFixture.deadlineAlarms, byAgencyOnly: false).first)
        let first = "Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)"
        XCTAssertEqual(g.title(.vi, firstWhat: first), "3 cảnh báo hạn xử lý — Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)")
        XCTAssertEqual(g.title(.en, firstWhat: first), "3 deadline alarms — Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)")
        let flood = try XCTUnwrap(AlarmGroup.grouping(ConsoleFixture.deadlineAlarms, byAgencyOnly: true).first)
        XCTAssertEqual(flood.title(.vi, firstWhat: first), "3 cảnh báo — Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)")
        XCTAssertEqual(AlarmKind.overdue.words(.vi), "quá hạn", "the engine's deadline kinds have words")
        XCTAssertEqual(AlarmKind.deadlineSoon.words(.en), "due-soon")
        XCTAssertEqual(AlarmKind(rawValue: "cap_alert").words(.vi), "cap_alert", "an unknown kind shows as it is")
    }

    func testTableShowsOneCollapsedRowPerGroup() throws {
        let m = ConsoleFixture.modelWithAlarmGroup()
        let t = AlarmListContent.table(try XCTUnwrap(m.dashboard), model: m)
        XCTAssertEqual(t.rows.count, 3)
        XCTAssertEqual(t.rows[1].cells, ["2", "! Chưa xác nhận",
                                         "▸ 3 cảnh báo hạn xử lý — Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)",
                                         "Sở Xây dựng", DataAge.format(90 * 60)])
        XCTAssertEqual(t.rows[1].severity, .critical, "a group with an unacknowledged member is attention-getting")
        guard case .alarmGroup(let g)? = t.targets[1] else { return XCTFail("the group row leads to its group") }
        XCTAssertEqual(g.members.count, 3)
        XCTAssertEqual(t.rows[2].cells[1], "✓ Đã xác nhận", "a singleton stays a plain row")
        XCTAssertFalse(t.summary?.contains("NGẬP") ?? true)
    }

    func testExpandedGroupListsItsMembersIndentedUnderIt() throws {
        var m = ConsoleFixture.modelWithAlarmGroup()
        m.expandedAlarmGroups = ["SXD|deadline"]
        let t = AlarmListContent.table(try XCTUnwrap(m.dashboard), model: m)
        XCTAssertEqual(t.rows.map { $0.cells[2] }, [
            "VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150",
            "▾ 3 cảnh báo hạn xử lý — Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)",
            "  ├ Hồ sơ HS-001 sắp trễ hạn (còn 5 giờ)",
            "  ├ Hồ sơ HS-003 sắp trễ hạn (còn 20 giờ)",
            "  └ Hồ sơ HS-002 sắp trễ hạn (còn 9 giờ)",
            "Mực nước Cầu Rào 182 cm vượt báo động",
        ])
        XCTAssertEqual(t.targets[4], .alarm(ConsoleFixture.deadlineAlarms[2]), "each member is selectable")
        XCTAssertEqual(t.rows[4].severity, .normal, "an acknowledged member is steady")
    }

    func testFloodTableGroupsByAgencyAndSaysSo() throws {
        let m = ConsoleFixture.modelWithAlarmGroup(raisedLast10Minutes: 12)
        XCTAssertTrue(m.alarmFlood)
        let t = AlarmListContent.table(try XCTUnwrap(m.dashboard), model: m)
        XCTAssertEqual(t.rows.count, 2)
        XCTAssertEqual(t.rows[1].cells[0], "1", "the group's most urgent priority (the emergency water level)")
        XCTAssertEqual(t.rows[1].cells[1], "! Chưa xác nhận", "as wide as a single alarm's state: the count is in the title")
        XCTAssertTrue(t.rows[1].cells[2].contains("4"), t.rows[1].cells[2])
        XCTAssertTrue(t.summary?.hasPrefix("⚠ NGẬP CẢNH BÁO") ?? false, t.summary ?? "")
        XCTAssertEqual(t.summarySeverity, .critical)
        var en = m
        en.language = .en
        XCTAssertTrue(AlarmListContent.table(try XCTUnwrap(en.dashboard), model: en).summary?.hasPrefix("⚠ ALARM FLOOD") ?? false)
    }

    func testChatteringAlarmsAreMarkedInStateAndDetail() throws {
        let m = ConsoleFixture.modelWithAlarmGroup(chatteringIDs: ["aqi-high|s", "dossier-due|HS-002"])
        let d = try XCTUnwrap(m.dashboard)
        let t = AlarmListContent.table(d, model: m)
        XCTAssertEqual(t.rows[0].cells[1], "!≈ Chưa xác nhận")
        XCTAssertEqual(t.rows[1].cells[1], "!≈ Chưa xác nhận", "a group with a chattering member carries the mark")
        XCTAssertEqual(t.rows[2].cells[1], "✓ Đã xác nhận", "not chattering, no mark")
        let aqi = d.alarms[0]
        XCTAssertTrue(AlarmListContent.detailLines(aqi, d, model: m).contains { $0.contains("dao động") })
        var en = m
        en.language = .en
        XCTAssertTrue(AlarmListContent.detailLines(aqi, d, model: en).contains { $0.contains("Chattering") })
        XCTAssertFalse(AlarmListContent.detailLines(d.alarms[3], d, model: m).contains { $0.contains("dao động") })
    }
}
