import Foundation
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// Sign-on, the logbook screen and the handover screen from the keyboard: (state, keys) → model and effects.
final class LogbookKeysTests: XCTestCase {
    private let now = ConsoleFixture.now
    private let lan = Actor(name: "Lan", role: .operator)

    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    private func model(_ actor: Actor? = nil) -> ConsoleModel {
        var m = ConsoleFixture.model()
        m.actor = actor ?? lan
        m.showsDuty = true
        return m
    }

    private func entry(_ id: Int64, _ text: String, corrects: Int64? = nil) -> LogEntry {
        LogEntry(id: id, shiftID: "2026-11-18 14:00",
                 draft: LogEntryDraft(author: lan, category: .agencyContact, text: text, writtenAt: now, alarmIDs: ["a|b"], corrects: corrects),
                 previousHash: LogChain.genesis, hash: "h")
    }

    private func record(_ state: HandoverState = .started, outgoing: Actor? = nil) -> HandoverRecord {
        HandoverRecord(id: 3, shiftID: "2026-11-18 14:00", outgoing: outgoing ?? Actor(name: "Minh", role: .operator), startedAt: now,
                       overallStatus: .busy, narrative: "Mưa lớn", sections: HandoverSections(logEntries: [entry(1, "Mưa")]), state: state)
    }

    func testSignOnAsksOnlyTheNameAndEscapeDoesNotSkipIt() {
        var m = model()
        ConsoleUpdate.askSignOn(&m, role: .supervisor)
        XCTAssertEqual(send(&m, .escape), [])
        XCTAssertNotNil(m.prompt, "sign-on cannot be skipped")
        XCTAssertEqual(send(&m, .enter), [])
        XCTAssertTrue(m.flashIsError, "a name is required")
        _ = type(&m, "Nguyễn Thị Ánh")
        XCTAssertEqual(send(&m, .enter), [.signOn(Actor(name: "Nguyễn Thị Ánh", role: .supervisor), at: m.now)])
        XCTAssertEqual(m.actor, Actor(name: "Nguyễn Thị Ánh", role: .supervisor))
        XCTAssertNil(m.prompt)
        ConsoleUpdate.askSignOn(&m, role: .operator)
        XCTAssertEqual(send(&m, .control("c")), [.quit])
    }

    /// The role is the account's grant whatever is typed: a name that looks like a role is a name.
    func testTheGrantedRoleIsKeptWhateverIsTyped() {
        for (granted, typed) in [(OperatorRole.viewer, "admin"), (.operator, "2"), (.supervisor, "trực ban"), (.admin, "Lan")] {
            var m = model()
            ConsoleUpdate.askSignOn(&m, role: granted)
            _ = type(&m, typed)
            XCTAssertEqual(send(&m, .enter), [.signOn(Actor(name: typed, role: granted), at: m.now)], typed)
            XCTAssertNil(m.prompt, "one question only")
        }
    }

    func testF4OpensTheLogbookAndNewEntryAsksCategoryThenText() {
        var m = model()
        XCTAssertEqual(send(&m, .function(4)), [.loadLog(LogQuery(limit: 500))])
        XCTAssertEqual(m.keyContext, .logbook)
        XCTAssertEqual(send(&m, .character("n")), [])
        _ = type(&m, "3")
        XCTAssertEqual(send(&m, .enter), [])
        _ = type(&m, "Gọi Sở Xây dựng")
        XCTAssertEqual(send(&m, .enter), [.appendLogEntry(LogEntryDraft(author: lan, category: .agencyContact, text: "Gọi Sở Xây dựng", writtenAt: now))])
    }

    func testLateEntryPrefixSetsTheEventTime() {
        // 18:06 UTC+7: "@08:15" is this morning, "@23:00" was yesterday evening; an "@" and a digit that are not a
        // time are an error, not words (issue 12, item 18).
        func at(_ s: String) -> ConsoleUpdate.LateEntry { ConsoleUpdate.lateEntry(s, now: now) }
        guard case .late(let morning, let text) = at("@08:15 Tai nạn ở Lê Chân") else { return XCTFail() }
        XCTAssertEqual(text, "Tai nạn ở Lê Chân")
        XCTAssertEqual(VietnamTime.dateTime(morning), "18/11/2026 08:15")
        guard case .late(let evening, _) = at("@23:00 x") else { return XCTFail() }
        XCTAssertEqual(VietnamTime.dateTime(evening), "17/11/2026 23:00")
        XCTAssertEqual(at("@25:99 x"), .badTime("25:99"))
        XCTAssertEqual(at("@8h x"), .badTime("8h"))
        XCTAssertEqual(at("@12:3 x"), .badTime("12:3"))
        XCTAssertEqual(at("@Sở Xây dựng gọi lại"), .plain("@Sở Xây dựng gọi lại"), "an @ before a name is text")
        XCTAssertEqual(at("Không có giờ"), .plain("Không có giờ"))
    }

    func testCorrectionPointsToTheSelectedEntryAndKeepsItsLinks() {
        var m = model()
        _ = send(&m, .function(4))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(limit: 500), entries: [entry(1, "Lúc 8 giờ"), entry(2, "Khác")]))
        _ = send(&m, .down)   // newest first: row 0 is #2, row 1 is #1
        XCTAssertEqual(send(&m, .character("c")), [])
        _ = type(&m, "Lúc 9 giờ")
        guard case .appendLogEntry(let d)? = send(&m, .enter).first else { return XCTFail("no append") }
        XCTAssertEqual(d.corrects, 1)
        XCTAssertEqual(d.category, .agencyContact)
        XCTAssertEqual(d.alarmIDs, ["a|b"])
        XCTAssertEqual(d.text, "Lúc 9 giờ")
    }

    func testLogbookListShowsCorrectionsBothWaysNewestFirst() {
        var m = model()
        _ = send(&m, .function(4))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: LogQuery(limit: 500), entries: [entry(1, "Lúc 8 giờ"), entry(2, "Lúc 9 giờ", corrects: 1)]))
        let text = SnapshotText.render(ConsoleView.render(m))
        let rows = text.split(separator: "\n").map(String.init)
        let first = rows.firstIndex { $0.contains("↳#1 Lúc 9 giờ") } ?? -1
        let second = rows.firstIndex { $0.contains("Lúc 8 giờ (đã sửa → #2)") } ?? -1
        XCTAssertGreaterThan(first, 0, text)
        XCTAssertGreaterThan(second, first, "newest first")
    }

    func testFiltersReloadWithTheirQuery() {
        var m = model()
        _ = send(&m, .function(4))
        XCTAssertEqual(send(&m, .character("f")), [.loadLog(LogQuery(category: .event, limit: 500))])
        XCTAssertEqual(send(&m, .character("f")), [.loadLog(LogQuery(category: .directive, limit: 500))])
        let shift = m.shiftPattern.shift(at: now).id
        XCTAssertEqual(send(&m, .character("t")), [.loadLog(LogQuery(shiftID: shift, category: .directive, limit: 500))])
        _ = send(&m, .character("/"))
        _ = type(&m, "ha noi")
        XCTAssertEqual(send(&m, .enter), [.loadLog(LogQuery(shiftID: shift, category: .directive, search: "ha noi", limit: 500))])
    }

    func testViewersCannotWriteOrHandOver() {
        var m = model(Actor(name: "PCT", role: .viewer))
        _ = send(&m, .function(4))
        XCTAssertEqual(send(&m, .character("n")).refusedActions, ["log.add"])
        XCTAssertNil(m.prompt)
        XCTAssertTrue(m.flashIsError)
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(nil))
        XCTAssertEqual(send(&m, .character("b")).refusedActions, ["handover.start"])
        XCTAssertNil(m.prompt)
    }

    func testStartHandoverAsksStatusThenARequiredNarrative() {
        var m = model()
        XCTAssertEqual(send(&m, .function(5)), [.loadHandover])
        _ = ConsoleUpdate.update(&m, .handoverLoaded(nil))
        XCTAssertEqual(send(&m, .character("b")), [])
        _ = type(&m, "3")
        _ = send(&m, .enter)
        XCTAssertEqual(send(&m, .enter), [], "an empty narrative is refused")
        XCTAssertNotNil(m.prompt, "and asked again")
        _ = type(&m, "Mưa lớn cả buổi")
        XCTAssertEqual(send(&m, .enter), [.startHandover(status: .busy, narrative: "Mưa lớn cả buổi", at: m.now)])
    }

    func testAcceptOnlyAfterEverySectionWasSeen() {
        var m = model()
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record()))
        XCTAssertEqual(send(&m, .character("a")), [])
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.flash, "Xem hết các mục trước khi tiếp nhận: còn 9 mục chưa xem (→ tiếp: Cảnh báo đang mở)",
                       "a count and the next section fit the status line; the list of nine titles did not")
        for _ in 1..<HandoverSection.allCases.count { _ = send(&m, .right) }
        XCTAssertEqual(send(&m, .character("a")), [.acceptHandover(id: 3, reservations: nil, at: m.now)])
    }

    func testReservationsNeedASupervisorAndText() {
        var m = model()
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record()))
        for _ in 1..<HandoverSection.allCases.count { _ = send(&m, .right) }
        XCTAssertEqual(send(&m, .character("R")).refusedActions, ["handover.accept"])
        XCTAssertNil(m.prompt, "an operator cannot accept with reservations")
        m.actor = Actor(name: "Hùng", role: .supervisor)
        XCTAssertEqual(send(&m, .character("R")), [])
        XCTAssertEqual(send(&m, .enter), [])
        _ = type(&m, "Chưa rõ trạm bơm")
        XCTAssertEqual(send(&m, .enter), [.acceptHandover(id: 3, reservations: "Chưa rõ trạm bơm", at: m.now)])
    }

    func testTheOutgoingOperatorCannotAcceptTheirOwn() {
        var m = model()
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record(outgoing: lan)))
        for _ in 1..<HandoverSection.allCases.count { _ = send(&m, .right) }
        XCTAssertEqual(send(&m, .character("a")).refusedActions, ["handover.accept"])
        XCTAssertTrue(m.flash?.contains("không tự tiếp nhận") ?? false)
    }

    func testStatusBarShowsWhoIsOnDutyTheShiftAndAPendingHandover() {
        var m = ConsoleFixture.model(width: 220, height: 48)
        m.showsDuty = true
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: Actor(name: "Minh", role: .supervisor), since: now), pending: record()))
        let top = String(SnapshotText.render(ConsoleView.render(m)).split(separator: "\n")[0])
        XCTAssertTrue(top.contains("Trực: Minh (trưởng ca) · ca 14:00–22:00 · ⇄ giao ca #3 chờ nhận"), top)
        m.width = 160
        let at160 = String(SnapshotText.render(ConsoleView.render(m)).split(separator: "\n")[0])
        XCTAssertTrue(at160.contains("Trực: Minh") && at160.contains("14:00–22:00") && at160.contains("#3"), at160)
        var narrow = ConsoleFixture.model(width: 80, height: 24)
        narrow.showsDuty = true
        _ = ConsoleUpdate.update(&narrow, .dutyLoaded(onDuty: nil, pending: nil))
        XCTAssertTrue(SnapshotText.render(ConsoleView.render(narrow)).contains("Chưa có người trực"))
    }

    func testLAboutTheSelectedAlarmLinksItsAgencyAndWard() {
        var m = ConsoleFixture.modelWithAlarms()
        XCTAssertEqual(send(&m, .character("L")), [])
        _ = send(&m, .enter)
        _ = type(&m, "Đã gọi")
        guard case .appendLogEntry(let d)? = send(&m, .enter).first else { return XCTFail("no append") }
        XCTAssertEqual(d.alarmIDs, ["aqi-high|s"])
        XCTAssertFalse(d.agencyCodes.isEmpty)
    }

    func testCommandLineOpensBothScreens() {
        var m = model()
        _ = send(&m, .character(":"))
        _ = type(&m, "nhatky")
        XCTAssertEqual(send(&m, .enter), [.loadLog(LogQuery(limit: 500))])
        _ = send(&m, .character(":"))
        _ = type(&m, "giaoca")
        XCTAssertEqual(send(&m, .enter), [.loadHandover])
    }

    func testFloodBannerAndDutyBothShowAtEveryWidth() {
        for width in [80, 120, 160, 200] {
            var m = ConsoleFixture.model(width: width, height: 40)
            m.showsDuty = true
            m.alarmFlood = true
            _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: Actor(name: "Nguyễn Thị Ánh", role: .operator), since: now),
                                                     pending: nil))
            let top = String(SnapshotText.render(ConsoleView.render(m)).split(separator: "\n")[0])
            XCTAssertTrue(top.contains("NGẬP CẢNH BÁO"), "\(width): \(top)")
            // The banner with the alarm count comes first; at 80 columns the name is shortened for it.
            XCTAssertTrue(top.contains(width == 80 ? "Trực: Nguyễn Th" : "Trực: Nguyễn Thị Ánh"), "\(width): \(top)")
            XCTAssertTrue(top.contains("CB 0"), "\(width): \(top)")
        }
    }

    func testShiftFilterCyclesThisPreviousAndTheOneBeforeThenAll() {
        var m = model()
        _ = send(&m, .function(4))
        // 18:06 UTC+7 on 18/11: the 14:00 shift, then 06:00, then the night shift from 17/11 22:00.
        let ids = ["2026-11-18 14:00", "2026-11-18 06:00", "2026-11-17 22:00"]
        for id in ids { XCTAssertEqual(send(&m, .character("t")), [.loadLog(LogQuery(shiftID: id, limit: 500))]) }
        XCTAssertEqual(send(&m, .character("t")), [.loadLog(LogQuery(limit: 500))])
    }

    func testLOnAnEventDetailLinksItsAgencyAndWard() {
        var m = model()
        let event = CityEvent(kind: .feedback, externalID: "PA-1", title: "Ngập", status: .inProgress, agencyCode: "SXD",
                              wardCode: "11311", openedAt: now, updatedAt: now)
        m.screens.append(.eventDetail(EventSummary(event: event, sourceID: "sim")))
        _ = send(&m, .character("L"))
        _ = send(&m, .enter)
        _ = type(&m, "Đã gọi Sở")
        guard case .appendLogEntry(let d)? = send(&m, .enter).first else { return XCTFail("no append") }
        XCTAssertEqual(d.agencyCodes, ["SXD"])
        XCTAssertEqual(d.wardCodes, ["11311"])
        XCTAssertEqual(d.alarmIDs, [])
    }

    func testTheHandoverScreenRereadsOnlyWhenAnotherConsoleStartsOrAccepts() {
        var m = model()
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(nil))
        let preview = LogQuery(limit: 100_000)
        XCTAssertEqual(ConsoleUpdate.update(&m, .dutyLoaded(onDuty: nil, pending: nil)), [.loadLog(preview)],
                       "no record: only the preview's count of this shift's log")
        XCTAssertEqual(ConsoleUpdate.update(&m, .dutyLoaded(onDuty: nil, pending: record())), [.loadHandover],
                       "started elsewhere (the preview's log waits for the record)")
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record()))
        XCTAssertEqual(ConsoleUpdate.update(&m, .dutyLoaded(onDuty: nil, pending: record())), [], "same pending record")
        XCTAssertEqual(ConsoleUpdate.update(&m, .dutyLoaded(onDuty: nil, pending: nil)), [.loadHandover], "accepted elsewhere")
    }

    /// The outgoing operator wrote in the logbook, then opened the handover on top of it: the acceptance by another
    /// console still reaches the handover screen (it stayed "awaiting acceptance" before).
    func testAHandoverOverTheLogbookRereadsWhenAcceptedElsewhere() {
        var m = model()
        let query = LogQuery(limit: 500)
        _ = send(&m, .function(4))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: query, entries: []))
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(record()))
        XCTAssertEqual(ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: Actor(name: "Cúc", role: .operator), since: now),
                                                            pending: nil)),
                       [.loadLog(query), .loadHandover])
    }

    func testAnotherConsolesWriteReloadsTheOpenLogbook() {
        var m = model()
        let query = LogQuery(limit: 500)
        _ = send(&m, .function(4))
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: query, entries: []))
        XCTAssertEqual(ConsoleUpdate.update(&m, .dutyLoaded(onDuty: nil, pending: nil)), [.loadLog(query)])
        XCTAssertEqual(ConsoleUpdate.update(&m, .dashboardLoaded(ConsoleFixture.dashboard)), [], "new readings alone do not")
    }

    func testEnterShowsTheWholeEntryAndCCorrectsItFromThere() {
        var m = model()
        let query = LogQuery(limit: 500)
        _ = send(&m, .function(4))
        let long = String(repeating: "Mưa lớn kéo dài ở Hà Nội, ngập sâu nhiều tuyến phố. ", count: 6)
        _ = ConsoleUpdate.update(&m, .logEntriesLoaded(query: query, entries: [entry(1, long), entry(2, "Sửa", corrects: 1)]))
        _ = send(&m, .down)
        XCTAssertEqual(send(&m, .enter), [])
        guard case .logEntryDetail(let e, let by)? = m.screens.last else { return XCTFail("no detail") }
        XCTAssertEqual(e.id, 1)
        XCTAssertEqual(by, [2])
        XCTAssertEqual(send(&m, .enter), [], "Enter on the detail opens nothing more")
        XCTAssertEqual(m.screens.count, 2)
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Đã được sửa bởi: #2"), text)
        XCTAssertTrue(text.contains("nhiều tuyến phố."), "the whole text, wrapped")
        _ = send(&m, .character("c"))
        _ = type(&m, "Sửa lại")
        guard case .appendLogEntry(let d)? = send(&m, .enter).first else { return XCTFail("no append") }
        XCTAssertEqual(d.corrects, 1)
        XCTAssertEqual(ConsoleUpdate.update(&m, .logEntryAppended(entry(3, "Sửa lại", corrects: 1))), [.loadLog(query)],
                       "the logbook under the detail re-reads")
    }

    func testHandoverSectionScrollStopsAtItsEnd() {
        var m = ConsoleFixture.model(width: 80, height: 24)
        m.actor = lan
        let long = (1...30).map { entry($0, "Mục thứ \($0) trong ca") }
        let r = HandoverRecord(id: 3, shiftID: "2026-11-18 14:00", outgoing: Actor(name: "Minh", role: .operator), startedAt: now,
                               overallStatus: .busy, narrative: "Mưa lớn", sections: HandoverSections(logEntries: long))
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(r))
        // To the last section, the shift log.
        for _ in 1..<HandoverSection.allCases.count { _ = send(&m, .right) }
        let top = ConsoleView.render(m)
        XCTAssertTrue(top.rowText(top.height - 3).contains("↓ còn "), "the section goes on below: \(top.rowText(top.height - 3))")
        for _ in 0..<200 { _ = send(&m, .down) }
        guard case .handover(let s)? = m.screens.last else { return XCTFail("no screen") }
        XCTAssertGreaterThan(s.scroll, 0)
        let frame = ConsoleView.render(m)
        let text = SnapshotText.render(frame)
        // The panel's last row inside the border shows the section's end: no empty screen below it.
        let lastInside = frame.rowText(frame.height - 3)
        XCTAssertFalse(lastInside.replacingOccurrences(of: "┃", with: "").trimmingCharacters(in: .whitespaces).isEmpty, text)
        XCTAssertTrue(text.contains("#30 "), text)
        XCTAssertFalse(text.contains("↓ còn "), "nothing more below the end")
        _ = send(&m, .up)
        guard case .handover(let t)? = m.screens.last else { return XCTFail("no screen") }
        XCTAssertEqual(t.scroll, s.scroll - 1, "one key back up is one line")
    }

    func testOnlyWhoIsOnDutyOrASupervisorStartsTheHandover() {
        var m = model(Actor(name: "Minh", role: .operator))
        _ = ConsoleUpdate.update(&m, .dutyLoaded(onDuty: OnDuty(actor: lan, since: now), pending: nil))
        _ = send(&m, .function(5))
        _ = ConsoleUpdate.update(&m, .handoverLoaded(nil))
        XCTAssertEqual(send(&m, .character("b")).refusedActions, ["handover.start"])
        XCTAssertNil(m.prompt)
        XCTAssertTrue(m.flashIsError)
        m.actor = Actor(name: "LAN", role: .operator)
        _ = send(&m, .character("b"))
        XCTAssertEqual(m.prompt?.purpose, .handoverStatus, "the same person, typed in capitals")
        m.prompt = nil
        m.actor = Actor(name: "Hùng", role: .supervisor)
        _ = send(&m, .character("b"))
        XCTAssertEqual(m.prompt?.purpose, .handoverStatus, "a supervisor starts it for who is on duty")
    }
}
