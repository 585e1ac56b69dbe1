import IOCTestSupport
import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Keys on alarm groups, as tables of (keys) → (expanded groups, selected row, effects).
final class AlarmGroupKeysTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: [KeyEvent]) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private var actor: Actor { Actor(name: "Trần Thị Bình", role: .operator) }
    private let now = ConsoleFixture.now
    private let deadlineIDs = ["dossier-due|HS-001", "dossier-due|HS-003", "dossier-due|HS-002"]

    private func selectedRow(_ m: ConsoleModel) -> Int? {
        m.state(of: m.focusedPanel?.id ?? "").selected
    }

    func testEnterArrowsAndViKeysExpandAndCollapseInPlace() {
        let cases: [(keys: [KeyEvent], expanded: Set<String>, row: Int, effects: [ConsoleEffect], why: String)] = [
            ([.down], [], 1, [], "groups start collapsed"),
            ([.down, .enter], ["SXD|deadline"], 1, [], "Enter expands the group in place"),
            ([.down, .enter, .enter], [], 1, [], "Enter on the header again collapses"),
            ([.down, .right], ["SXD|deadline"], 1, [], "→ expands"),
            ([.down, .character("l"), .character("h")], [], 1, [], "l expands, h collapses"),
            ([.down, .right, .right], ["SXD|deadline"], 1, [], "→ on an expanded group keeps it open"),
            ([.down, .enter, .down, .down, .left], [], 1, [], "← on a member collapses its group and selects the header"),
            ([.down, .enter, .down], ["SXD|deadline"], 2, [], "members are selectable"),
            ([.down, .enter, .down, .enter], ["SXD|deadline"], 2, [.loadAlarmTimeline("dossier-due|HS-001")],
             "Enter on a member opens its detail"),
            ([.down, .enter, .end], ["SXD|deadline"], 5, [], "the last row is below the members"),
        ]
        for c in cases {
            var m = ConsoleFixture.modelWithAlarmGroup()
            let effects = send(&m, c.keys)
            XCTAssertEqual(m.expandedAlarmGroups, c.expanded, c.why)
            XCTAssertEqual(selectedRow(m), c.row, c.why)
            XCTAssertEqual(effects, c.effects, c.why)
        }
    }

    func testArrowsOnSingletonsStillMoveTheFocus() {
        var m = ConsoleFixture.modelWithAlarmGroup()
        let alarmsPanel = m.focusIndex
        _ = send(&m, [.right])
        XCTAssertNotEqual(m.focusIndex, alarmsPanel, "→ on a plain alarm row moves to the next panel as before")
        XCTAssertEqual(m.expandedAlarmGroups, [])
    }

    func testAcknowledgeOnAGroupAcknowledgesExactlyItsUnacknowledgedMembers() {
        var m = ConsoleFixture.modelWithAlarmGroup()
        XCTAssertEqual(send(&m, [.down, .character("a")]), [.applyAlarmCommands([
            AlarmCommand(alarmID: "dossier-due|HS-001", input: .acknowledge(by: actor, at: now, note: nil)),
            AlarmCommand(alarmID: "dossier-due|HS-003", input: .acknowledge(by: actor, at: now, note: nil)),
        ])], "HS-002 is already acknowledged; the singletons are not in the group")

        var expanded = ConsoleFixture.modelWithAlarmGroup()
        XCTAssertEqual(send(&expanded, [.down, .enter, .down, .down, .character("a")]), [.applyAlarmCommands([
            AlarmCommand(alarmID: "dossier-due|HS-003", input: .acknowledge(by: actor, at: now, note: nil)),
        ])], "a on a member acknowledges that member only")
    }

    func testAcknowledgeOnAGroupWithNothingToAcknowledgeSaysSo() throws {
        var m = ConsoleFixture.modelWithAlarmGroup()
        var d = try XCTUnwrap(m.dashboard)
        for i in d.alarms.indices where d.alarms[i].kind == .deadline { d.alarms[i].state = .acknowledged }
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertEqual(send(&m, [.down, .character("a")]), [])
        XCTAssertEqual(m.flash, "Không có cảnh báo nào trong nhóm chờ xác nhận")
    }

    func testEveryOtherAlarmKeyOnAGroupAppliesToAllMembers() {
        let ids = deadlineIDs
        let prompts: [(key: Character, purpose: PromptState.Purpose)] = [
            ("s", .shelveMinutes(alarmIDs: ids)),
            ("n", .note(alarmIDs: ids)),
            ("o", .assign(alarmIDs: ids, current: "SXD")),
            ("x", .outOfServiceReason(alarmIDs: ids)),
        ]
        for p in prompts {
            var m = ConsoleFixture.modelWithAlarmGroup()
            if p.key == "x" { m.actor.role = .supervisor }   // an operator is refused before the question
            XCTAssertEqual(send(&m, [.down, .character(p.key)]), [], "\(p.key) asks first")
            XCTAssertEqual(m.prompt?.purpose, p.purpose, "\(p.key)")
        }
        var m = ConsoleFixture.modelWithAlarmGroup()
        guard case .applyAlarmCommands(let escalations)? = send(&m, [.down, .character("e")]).first else {
            return XCTFail("e escalates")
        }
        XCTAssertEqual(escalations.map(\.alarmID), ids)
        XCTAssertEqual(send(&m, [.character("r")]), [.applyAlarmCommands(ids.map {
            AlarmCommand(alarmID: $0, input: .resolve(by: actor, at: now, note: nil))
        })])

        _ = send(&m, [.character("n")])
        _ = "Đã gọi Sở Xây dựng".map { ConsoleUpdate.update(&m, .key(.character($0))) }
        XCTAssertEqual(send(&m, [.enter]), [.applyAlarmCommands(ids.map {
            AlarmCommand(alarmID: $0, input: .addNote(by: actor, at: now, text: "Đã gọi Sở Xây dựng"))
        })], "one note on every member, in one request")
    }

    func testFloodGroupsByAgencyAndActsOnTheWholeAgency() {
        var m = ConsoleFixture.modelWithAlarmGroup(raisedLast10Minutes: 12)
        XCTAssertEqual(send(&m, [.down, .character("a")]), [.applyAlarmCommands([
            AlarmCommand(alarmID: "dossier-due|HS-001", input: .acknowledge(by: actor, at: now, note: nil)),
            AlarmCommand(alarmID: "dossier-due|HS-003", input: .acknowledge(by: actor, at: now, note: nil)),
        ])])
        _ = send(&m, [.enter])
        XCTAssertEqual(m.expandedAlarmGroups, ["SXD|*"])
        _ = send(&m, [.end])
        XCTAssertEqual(selectedRow(m), 5, "header, then its four members")
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("⚠ NGẬP CẢNH BÁO"), text)
    }

    func testAcknowledgingAChatteringAlarmSuggestsShelving() {
        var m = ConsoleFixture.modelWithAlarmGroup(chatteringIDs: ["aqi-high|s"])
        XCTAssertEqual(send(&m, [.character("a")]).count, 1)
        XCTAssertEqual(m.flash, "Cảnh báo dao động: nhấn s để tạm gác")

        var acked = m.dashboard!.alarms[0]
        acked.state = .acknowledged
        let entry = AlarmTimelineEntry(alarmID: acked.id, at: now, actor: actor.name, role: .operator, action: "acknowledged",
                                       fromState: .unacknowledged, toState: .acknowledged, note: nil)
        _ = ConsoleUpdate.update(&m, .alarmCommandsApplied([.applied(acked, entry)]))
        XCTAssertEqual(m.flash, "Đã ghi 1 thao tác cảnh báo · Cảnh báo dao động: nhấn s để tạm gác")

        var quiet = ConsoleFixture.modelWithAlarmGroup()
        _ = send(&quiet, [.character("a")])
        _ = ConsoleUpdate.update(&quiet, .alarmCommandsApplied([.applied(acked, entry)]))
        XCTAssertEqual(quiet.flash, "Đã ghi 1 thao tác cảnh báo", "no hint for an alarm that does not chatter")
    }

    func testFullScreenListMovesOverGroupRows() {
        var m = ConsoleFixture.modelWithAlarmGroup()
        _ = send(&m, [.character("!"), .down, .enter])
        XCTAssertEqual(m.expandedAlarmGroups, ["SXD|deadline"])
        _ = send(&m, [.end])
        XCTAssertEqual(m.state(of: "alarms-screen").selected, 5, "rows are counted as shown: 3 + 3 members")
        XCTAssertEqual(send(&m, [.enter]), [.loadAlarmTimeline("flood|s")])
    }

    func testSnapshotsCollapsedExpandedFloodAndChattering() {
        var m = ConsoleFixture.modelWithAlarmGroup(chatteringIDs: ["aqi-high|s"], width: 110, height: 24)
        _ = send(&m, [.character("!"), .down])
        assertSnapshot(ConsoleView.render(m), variant: "collapsed")
        _ = send(&m, [.enter, .down])
        assertSnapshot(ConsoleView.render(m), variant: "expanded")
        var flood = ConsoleFixture.modelWithAlarmGroup(raisedLast10Minutes: 12, width: 110, height: 24)
        _ = send(&flood, [.character("!")])
        assertSnapshot(ConsoleView.render(flood), variant: "flood")
    }
}
