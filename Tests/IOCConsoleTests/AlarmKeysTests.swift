import IOCTestSupport
import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Alarm actions from the keyboard, as tables of (state, keys) → effects.
final class AlarmKeysTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    private var actor: Actor { Actor(name: "Trần Thị Bình", role: .operator) }

    func testAcknowledgeTheSelectedAlarm() {
        var m = ConsoleFixture.modelWithAlarms()
        XCTAssertEqual(m.keyContext, .alarms)
        XCTAssertEqual(send(&m, .character("a")), [.applyAlarmCommands([
            AlarmCommand(alarmID: "aqi-high|s", input: .acknowledge(by: actor, at: ConsoleFixture.now, note: nil)),
        ])])
    }

    func testShelveAsksDurationThenAMandatoryReason() {
        var m = ConsoleFixture.modelWithAlarms()
        XCTAssertEqual(send(&m, .character("s")), [], "s shelves here, it does not sort")
        XCTAssertNotNil(m.prompt)
        _ = type(&m, "30")
        XCTAssertEqual(send(&m, .enter), [])
        XCTAssertEqual(send(&m, .enter), [], "an empty reason is refused")
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.prompt?.purpose, .shelveReason(alarmIDs: ["aqi-high|s"], minutes: 30),
                       "the question stays open: typed letters must not fall onto the alarm list")
        XCTAssertEqual(type(&m, "a"), [], "an 'a' typed now is part of the reason, it acknowledges nothing")
        XCTAssertEqual(m.prompt?.text, "a")
        _ = send(&m, .escape)
        XCTAssertNil(m.prompt, "Esc cancels")

        _ = send(&m, .character("s"))
        _ = send(&m, .enter)                       // Enter = 60 minutes
        _ = type(&m, "Đang bảo trì trạm")
        XCTAssertEqual(send(&m, .enter), [.applyAlarmCommands([
            AlarmCommand(alarmID: "aqi-high|s", input: .shelve(by: actor, at: ConsoleFixture.now, duration: 3600,
                                                                 reason: "Đang bảo trì trạm", oneShot: false)),
        ])])

        _ = send(&m, .character("s"))
        _ = type(&m, "0")
        _ = send(&m, .enter)
        _ = type(&m, "chờ hết mưa")
        XCTAssertEqual(send(&m, .enter), [.applyAlarmCommands([
            AlarmCommand(alarmID: "aqi-high|s", input: .shelve(by: actor, at: ConsoleFixture.now, duration: nil,
                                                                 reason: "chờ hết mưa", oneShot: true)),
        ])], "0 minutes = one-shot, until the alarm clears")

        _ = send(&m, .character("s"))
        _ = type(&m, "999")
        XCTAssertEqual(send(&m, .enter), [])
        XCTAssertTrue(m.flashIsError, "more than the 8-hour maximum is refused")
        XCTAssertEqual(m.prompt?.text, "999", "and asked again, with what was typed")
    }

    func testNoteAssignEscalateResolve() {
        var m = ConsoleFixture.modelWithAlarms()
        _ = send(&m, .character("n"))
        _ = type(&m, "Đã gọi Sở TN&MT")
        XCTAssertEqual(send(&m, .enter), [.applyAlarmCommands([
            AlarmCommand(alarmID: "aqi-high|s", input: .addNote(by: actor, at: ConsoleFixture.now, text: "Đã gọi Sở TN&MT"))])])
        _ = send(&m, .character("o"))
        XCTAssertEqual(m.prompt?.text, "", "assign starts empty: typing must not append to a code (issue 12, item 10)")
        XCTAssertEqual(m.prompt?.purpose, .assign(alarmIDs: ["aqi-high|s"], current: "SXD"), "the current agency is on the question")
        _ = type(&m, "snnmt")
        XCTAssertEqual(send(&m, .enter), [.applyAlarmCommands([
            AlarmCommand(alarmID: "aqi-high|s", input: .assign(by: actor, at: ConsoleFixture.now, agencyCode: "SNNMT"))])])
        guard case .applyAlarmCommands(let esc)? = send(&m, .character("e")).first,
              case .escalate? = esc.first?.input else { return XCTFail("e escalates") }
        _ = send(&m, .down, .down)                 // the shelved alarm: r unshelves it
        XCTAssertEqual(send(&m, .character("r")), [.applyAlarmCommands([
            AlarmCommand(alarmID: "speed|s", input: .unshelve(by: actor, at: ConsoleFixture.now))])])
    }

    func testAcknowledgeAllAsksFirst() {
        var m = ConsoleFixture.modelWithAlarms()
        XCTAssertEqual(send(&m, .character("A")), [])
        XCTAssertEqual(send(&m, .character("k")), [], "anything but yes cancels")
        _ = send(&m, .character("A"))
        XCTAssertEqual(send(&m, .character("c")), [.applyAlarmCommands([
            AlarmCommand(alarmID: "aqi-high|s", input: .acknowledge(by: actor, at: ConsoleFixture.now, note: nil))])],
                       "only the alarms awaiting acknowledgement")
    }

    func testViewerCannotActAndKeysAreGlobalElsewhere() throws {
        var viewer = ConsoleFixture.modelWithAlarms(role: .viewer)
        let refused = send(&viewer, .character("a"))
        XCTAssertEqual(refused.refusedActions, ["alarm.acknowledge"], "refused and written to the audit trail")
        XCTAssertEqual(refused.count, 1, "nothing else")
        XCTAssertTrue(viewer.flashIsError)

        var m = ConsoleFixture.modelWithAlarms()
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .government })
        XCTAssertEqual(m.keyContext, .global)
        _ = send(&m, .character("s"))
        XCTAssertNil(m.prompt, "s sorts outside the alarm panel")
        XCTAssertEqual(m.state(of: "government").sortColumn, 0)
    }

    func testFilterIsAccentInsensitive() {
        var m = ConsoleFixture.modelWithAlarms()
        _ = send(&m, .character("/"))
        _ = type(&m, "le chan")
        _ = send(&m, .enter)
        XCTAssertEqual(m.alarmFilter, "le chan")
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("VN_AQI Trạm Lê Chân"), text)
        XCTAssertFalse(text.contains("Mực nước Cầu Rào"), "filtered out")
    }

    func testDetailLoadsTheTimelineAndShowsIt() {
        var m = ConsoleFixture.modelWithAlarms()
        XCTAssertEqual(send(&m, .enter), [.loadAlarmTimeline("aqi-high|s")])
        let raised = AlarmTimelineEntry(alarmID: "aqi-high|s", at: ConsoleFixture.now.addingTimeInterval(-600), actor: "system",
                                        role: nil, action: "raised", fromState: .normal, toState: .unacknowledged, note: nil)
        _ = ConsoleUpdate.update(&m, .alarmTimelineLoaded(id: "aqi-high|s", alarm: nil, timeline: [raised]))
        let frame = ConsoleView.render(m)
        assertSnapshot(frame)
        XCTAssertTrue(SnapshotText.render(frame).contains("hệ thống") && SnapshotText.render(frame).contains("phát sinh"), "timeline words in the console's language")
    }

    /// The panel has no room for the Agency column at 160×48: the state words are short there ("! Chưa XN"), whole on
    /// the full-screen list; the glyph is on every row either way.
    func testPanelShowsStatesWithGlyphsAndWords() {
        var m = ConsoleFixture.modelWithAlarms()
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Chưa xác nhận 1"), text)
        XCTAssertTrue(text.contains(AlarmState.unacknowledged.glyph + " " + AlarmState.unacknowledged.shortLabelVI))
        XCTAssertTrue(text.contains(AlarmState.acknowledged.glyph + " " + AlarmState.acknowledged.shortLabelVI))
        _ = send(&m, .function(2))
        let full = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(full.contains(AlarmState.unacknowledged.glyph + " " + AlarmState.unacknowledged.labelVI), full)
        XCTAssertTrue(full.contains(AlarmState.acknowledged.glyph + " " + AlarmState.acknowledged.labelVI), full)
    }
}

/// The status line and the supervisor's load screen.
final class AlarmLoadViewTests: XCTestCase {
    func testStatusBarCountsUnacknowledgedAlarmsAndTheFloodBannerTakesOver() {
        var m = ConsoleFixture.modelWithAlarms(width: 160, height: 48)
        var text = SnapshotText.render(ConsoleView.render(m))
        let status = String(text.split(separator: "\n").first ?? "")
        XCTAssertTrue(status.contains("Cảnh báo chưa XN 1"), status)
        var d = m.dashboard!
        d.alarmLoad = AlarmLoad(raisedLast10Minutes: 14, averagePer10MinutesOver24Hours: 3, standingCount: 3, staleIDs: [],
                                chatteringIDs: [], priorityMixLast24Hours: [.low: 10])
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertTrue(m.alarmFlood)
        text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.split(separator: "\n").first?.contains("⚠ NGẬP CẢNH BÁO: 14") == true, text)
        d.alarmLoad?.raisedLast10Minutes = 7
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertTrue(m.alarmFlood, "a flood ends only below 5")
        d.alarmLoad?.raisedLast10Minutes = 4
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertFalse(m.alarmFlood)
    }

    func testLoadScreenJudgesTheRateAndTheMix() {
        var m = ConsoleFixture.modelWithAlarms(width: 120, height: 40)
        var d = m.dashboard!
        d.alarmLoad = AlarmLoad(raisedLast10Minutes: 3, averagePer10MinutesOver24Hours: 0.5, standingCount: 2,
                                staleIDs: ["flood|s"], chatteringIDs: ["aqi-high|s"],
                                priorityMixLast24Hours: [.low: 8, .medium: 1, .high: 1])
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        _ = ConsoleUpdate.update(&m, .key(.function(3)))
        let frame = ConsoleView.render(m)
        assertSnapshot(frame)
        let text = SnapshotText.render(frame)
        XCTAssertTrue(text.contains("✖ quá tải"), "3 per 10 minutes is over the maximum of 2")
        XCTAssertTrue(text.contains("✓ chấp nhận được"), "0.5 on average is acceptable")
        XCTAssertTrue(text.contains("≈ VN_AQI Trạm Lê Chân"), "chattering offenders named")
        XCTAssertTrue(text.contains("80%"), "the low share against its target")
    }
}

final class AlarmEscalationViewTests: XCTestCase {
    /// Escalations are visible (⇧ on the row) and counted (in the panel summary).
    func testEscalatedAlarmsAreMarkedAndCounted() {
        var m = ConsoleFixture.modelWithAlarms()
        var d = m.dashboard!
        d.alarms[0].escalatedAt = ConsoleFixture.now
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("⇧ Đã chuyển cấp trên 1"), text.split(separator: "\n").filter { $0.contains("Chưa xác nhận") }.joined(separator: "\n"))
        let rows = text.split(separator: "\n").filter { $0.contains("Chưa xác nhận") }.joined(separator: "\n")
        XCTAssertTrue(text.contains("⇧!"), "the escalated row carries the mark: \(rows)")
    }
}

final class AlarmShelveExpiryTests: XCTestCase {
    /// A timed shelve that ends on its own is announced; the alarm is back in the list.
    func testExpiredShelveIsAnnounced() {
        var m = ConsoleFixture.modelWithAlarms()
        var d = m.dashboard!
        d.alarms[2].shelvedUntil = ConsoleFixture.now.addingTimeInterval(-1)
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertNil(m.flash)
        d.alarms[2].state = .unacknowledged
        d.alarms[2].shelvedUntil = nil
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        XCTAssertEqual(m.flash, "Hết thời gian tạm gác: Tốc độ Lạch Tray giảm nhanh")
    }

    /// A refusal from the alarm machine is read in the console's language.
    func testARefusalIsShownInTheConsolesLanguage() {
        let refused = AlarmStateMachine.apply(.resolve(by: Actor(name: "Lan", role: .operator), at: ConsoleFixture.now, note: nil),
                                              to: AlarmStateMachine.newAlarm(ruleID: "r", subject: "s", kind: .other("k"), priority: .low,
                                                                             message: "m", at: ConsoleFixture.now))
        var en = ConsoleFixture.model(language: .en)
        _ = ConsoleUpdate.update(&en, .alarmCommandsApplied([refused]))
        XCTAssertEqual(en.flash, "refused: There is no alarm to resolve")
        XCTAssertTrue(en.flashIsError)
        var vi = ConsoleFixture.model()
        _ = ConsoleUpdate.update(&vi, .alarmCommandsApplied([refused]))
        XCTAssertEqual(vi.flash, "bị từ chối: Không có cảnh báo để đóng")
    }
}
