import IOCTestSupport
import Foundation
import IOCConfig
import IOCConsole
import IOCDomain
import TUICore
import XCTest
@testable import IOCConsole

/// The console drawn into a cell buffer, compared with text snapshots.
final class ConsoleViewTests: XCTestCase {
    func testOperatorLayoutWide() {
        let frame = ConsoleView.render(ConsoleFixture.model(width: 160, height: 48))
        assertSnapshot(frame)
        let text = SnapshotText.render(frame)
        for title in ["Kinh tế – xã hội", "An ninh trật tự, giao thông & môi trường",
                      "Hiệu quả chính quyền (thủ tục hành chính)", "Phản ánh kiến nghị", "Nguồn dữ liệu"] {
            XCTAssertTrue(text.contains(title), title)
        }
        XCTAssertTrue(text.contains("✖ Mất kết nối"), "a down source is a word and a glyph, not only a colour")
        XCTAssertTrue(text.contains("162,0") && text.contains("Xấu"), "VN_AQI with number and label")
        XCTAssertTrue(text.contains("18:06:40 UTC+7"), "clock in UTC+7")
    }

    func testOperatorLayoutCompactInEnglish() {
        assertSnapshot(ConsoleView.render(ConsoleFixture.model(width: 80, height: 24, language: .en)))
    }

    func testTooSmallScreen() {
        let text = SnapshotText.render(ConsoleView.render(ConsoleFixture.model(width: 40, height: 10)))
        XCTAssertTrue(text.contains("80×24"), text)
        assertSnapshot(ConsoleView.render(ConsoleFixture.model(width: 40, height: 10)))
    }

    func testStalePanelAgeFollowsItsOwnSource() {
        let text = SnapshotText.render(ConsoleView.render(ConsoleFixture.model(width: 160, height: 48)))
        let lines = text.split(separator: "\n").map(String.init)
        let feedbackTitle = lines.first { $0.contains("Phản ánh kiến nghị") } ?? ""
        XCTAssertTrue(feedbackTitle.contains("? Phản ánh kiến nghị"), "its source is down: stale glyph: \(feedbackTitle)")
        XCTAssertTrue(feedbackTitle.contains("3h"), "age of its last good poll: \(feedbackTitle)")
        let governmentTitle = lines.first { $0.contains("Hiệu quả chính quyền") } ?? ""
        XCTAssertTrue(governmentTitle.contains("<1m"), "the other panels stay fresh: \(governmentTitle)")
    }

    func testEventListAndDetailStripEscapes() throws {
        var m = ConsoleFixture.model(width: 120, height: 30)
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .feedback })
        _ = ConsoleUpdate.update(&m, .key(.enter))
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .feedback, agencyCode: "SXD", events: [
            ConsoleFixture.feedbackCase("PA-1", dueInHours: -3), ConsoleFixture.feedbackCase("PA-2", dueInHours: 30),
        ]))
        let list = ConsoleView.render(m)
        assertSnapshot(list, variant: "list")
        _ = ConsoleUpdate.update(&m, .key(.enter))
        let detail = ConsoleView.render(m)
        assertSnapshot(detail, variant: "detail")
        for frame in [list, detail] {
            for y in 0..<frame.height {
                for x in 0..<frame.width {
                    XCTAssertFalse(frame[x, y].grapheme.unicodeScalars.contains { $0.value < 0x20 }, "control character at \(x),\(y)")
                }
            }
        }
    }

    func testHelpOverlayListsEveryBinding() {
        var m = ConsoleFixture.model(width: 100, height: 36)
        _ = ConsoleUpdate.update(&m, .key(.character("?")))
        let frame = ConsoleView.render(m)
        assertSnapshot(frame)
        // The first page as drawn; every binding on some page of it (the help scrolls where the screen is short).
        let all = ConsoleView.helpContent(m).joined(separator: "\n")
        for binding in m.keymap.bindings { XCTAssertTrue(all.contains(binding.labelVI), binding.labelVI) }
        XCTAssertTrue(SnapshotText.render(frame).contains("↓") || ConsoleView.helpContent(m).count <= ConsoleView.helpWindow(m),
                      "a help longer than the screen says there is more")
    }

    func testNarrowSummariesDropWholeSegmentsAndNeverCutANumber() {
        let text = SnapshotText.render(ConsoleView.render(ConsoleFixture.model(width: 80, height: 24)))
        let line = text.split(separator: "\n").first { $0.contains("Đúng hạn 95,2%") }.map(String.init) ?? ""
        XCTAssertFalse(line.isEmpty, text)
        // Every figure shown is whole: "Trễ 29" may be dropped with its segment, never shown as "Trễ 2".
        XCTAssertFalse(line.contains("Trễ 2│") || line.contains("Trễ 2 │"), line)
        XCTAssertTrue(line.contains("…") || line.contains("Trễ 29"), line)
        XCTAssertEqual(SummaryFitting.fit("Đúng hạn 95,2% · Trễ 123 · Sắp trễ hạn 6", width: 24), "Đúng hạn 95,2% …")
        XCTAssertEqual(SummaryFitting.fit("A · B", width: 10), "A · B")
    }

    func testDueSoonLiftsAnOtherwiseNormalAgencyToAWarning() {
        var m = ConsoleFixture.model(width: 160, height: 48)
        var d = ConsoleFixture.dashboard
        d.government = [AgencyPerformance(agencyCode: "STP", agencyName: "Sở Tư pháp", workload: 200, inProgress: 40,
                                          doneEarly: 80, doneOnTime: 80, doneLate: 0, lateInProgress: 0, dueSoon: 3)]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let text = SnapshotText.render(ConsoleView.render(m))
        let row = text.split(separator: "\n").first { $0.contains("Sở Tư pháp") && $0.contains("100,0%") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains("│!Sở Tư pháp"), "a due-soon item marks the row: \(row)")
    }

    func testSameModelSameFrame() {
        XCTAssertEqual(ConsoleView.render(ConsoleFixture.model()), ConsoleView.render(ConsoleFixture.model()))
    }

    private func rows(_ m: ConsoleModel) -> [String] {
        SnapshotText.render(ConsoleView.render(m)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func bottomRow(_ m: ConsoleModel) -> String {
        let frame = ConsoleView.render(m)
        return (0..<frame.width).map { frame[$0, frame.height - 1].grapheme }.joined()
    }

    func testARefusedPromptAnswerIsSaidOnThePromptLine() {
        var m = ConsoleFixture.model(width: 120, height: 30)
        m.actor = Actor(name: "Lan", role: .operator)
        _ = ConsoleUpdate.update(&m, .key(.function(4)))
        _ = ConsoleUpdate.update(&m, .key(.character("n")))
        for c in "1Đã gọi" { _ = ConsoleUpdate.update(&m, .key(.character(c))) }
        _ = ConsoleUpdate.update(&m, .key(.enter))
        XCTAssertNotNil(m.prompt, "a category that is not 1–5 keeps the question open")
        let row = bottomRow(m)
        XCTAssertTrue(row.hasPrefix("✖ Loại 1–5 "), "the refusal shows where the operator looks: \(row)")
        XCTAssertTrue(row.contains("1Đã gọi▏"), row)
        _ = ConsoleUpdate.update(&m, .key(.backspace))
        XCTAssertFalse(bottomRow(m).contains("✖"), "typing again takes the refusal away")
    }

    func testHelpGroupsTheKeysByWhereTheyActAndKeepsTheLegendWhole() {
        var m = ConsoleFixture.model(width: 120, height: 40)
        _ = ConsoleUpdate.update(&m, .key(.character("?")))
        let text = rows(m).joined(separator: "\n")
        for heading in ["Mọi nơi:", "Khung cảnh báo, F2 và chi tiết cảnh báo:", "Nhật ký ca (F4):", "Giao ca (F5):"] {
            XCTAssertTrue(text.contains(heading), heading)
        }
        let lines = rows(m)
        let shelve = lines.firstIndex { $0.contains("Tạm gác") }
        let alarmsHeading = lines.firstIndex { $0.contains("Khung cảnh báo, F2") }
        XCTAssertNotNil(shelve)
        XCTAssertNotNil(alarmsHeading)
        let all = ConsoleView.helpContent(m).joined(separator: "\n")
        XCTAssertTrue(all.contains("PA phản ánh quá hạn"), "the status bar legend is wrapped, not cut")
        XCTAssertTrue(all.contains("Kịch bản điều hành (F7, hoặc p trên một cảnh báo):"))
        for binding in m.keymap.bindings { XCTAssertTrue(all.contains(binding.labelVI), binding.labelVI) }
    }

    func testAScreenOverTheDashboardShowsTheWayBackFirst() {
        var m = ConsoleFixture.modelWithAlarms(width: 120, height: 40)
        XCTAssertFalse(bottomRow(m).hasPrefix("Esc"), "the dashboard has nothing to go back to")
        _ = ConsoleUpdate.update(&m, .key(.function(2)))
        XCTAssertTrue(bottomRow(m).hasPrefix("Esc/Backspace Quay lại"), bottomRow(m))
    }

    func testAlarmTimelineSpeaksTheConsolesLanguage() {
        let entry = AlarmTimelineEntry(alarmID: "a", at: ConsoleFixture.now, actor: "system", role: nil, action: "shelve-expired",
                                       fromState: .shelved, toState: .unacknowledged, note: nil)
        let vi = AlarmListContent.timelineTable([entry], model: ConsoleFixture.model())
        XCTAssertEqual(vi.rows.first?.cells[1], "hệ thống")
        XCTAssertEqual(vi.rows.first?.cells[2], "hết tạm gác")
        let en = AlarmListContent.timelineTable([entry], model: ConsoleFixture.model(language: .en))
        XCTAssertEqual(en.rows.first?.cells[1], "system")
        XCTAssertEqual(en.rows.first?.cells[2], "shelving expired")
        XCTAssertEqual(TimelineActionText.label("some-new-code", .vi), "some-new-code", "an unknown code shows as stored")
    }

    func testSystemTimelineNotesAreReadInTheConsolesLanguage() {
        let expired = AlarmTimelineEntry(alarmID: "a", at: ConsoleFixture.now, actor: "system", role: nil, action: "shelve-expired",
                                         fromState: .shelved, toState: .unacknowledged, note: "Hết thời gian tạm gác",
                                         noteCode: .shelveExpired)
        let old = AlarmTimelineEntry(alarmID: "a", at: ConsoleFixture.now, actor: "system", role: nil, action: "shelve-expired",
                                     fromState: .shelved, toState: .unacknowledged, note: "Hết thời gian tạm gác")
        XCTAssertEqual(AlarmListContent.timelineTable([expired], model: ConsoleFixture.model(language: .en)).rows.first?.cells[4],
                       "Shelve time ran out")
        XCTAssertEqual(AlarmListContent.timelineTable([expired], model: ConsoleFixture.model()).rows.first?.cells[4],
                       "Hết thời gian tạm gác")
        XCTAssertEqual(AlarmListContent.timelineTable([old], model: ConsoleFixture.model(language: .en)).rows.first?.cells[4],
                       "Hết thời gian tạm gác", "a row from before v7 is shown as stored")
    }

    func testAlarmDetailNamesADirectivesAgency() {
        var m = ConsoleFixture.model()
        var d = ConsoleFixture.dashboard
        d.directives[0].event.agencyCode = "VPUB"
        d.directives[0].agencyName = "Văn phòng UBND thành phố"
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let alarm = ConsoleFixture.alarm("x", agency: "VPUB", state: .unacknowledged, priority: .high, message: "Chỉ đạo quá hạn")
        let lines = AlarmListContent.detailLines(alarm, m.dashboard, model: m)
        XCTAssertTrue(lines.contains { $0.contains("Cơ quan: Văn phòng UBND thành phố (VPUB)") }, "\(lines)")
        var sourced = alarm
        sourced.sourceID = "simulator"
        XCTAssertTrue(AlarmListContent.detailLines(sourced, m.dashboard, model: m).contains { $0.contains("Nguồn: Mô phỏng Hải Phòng (simulator)") },
                      "a source by its name, not only its id")
    }

    func testEnglishConsoleSaysUnitsInEnglish() {
        var m = ConsoleFixture.model(width: 160, height: 48, language: .en)
        var d = ConsoleFixture.dashboard
        let budget = SeriesDefinition(key: "kt.budget", pillar: .socioEconomic, name: "Thu ngân sách lũy kế",
                                      nameEN: "Budget revenue YTD", unit: "tỷ đồng", target: 147_398, direction: .higherIsBetter)
        d.socioEconomic.append(KPIReading(definition: budget, latest: 172_304, latestAt: ConsoleFixture.now, history: [172_304],
                                          sourceID: "simulator"))
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("bn VND"), text)
        XCTAssertFalse(text.contains("tỷ đồng"), text)
        XCTAssertEqual(UnitName.text("tỷ đồng", .vi), "tỷ đồng")
        XCTAssertEqual(UnitName.text("km/h", .en), "km/h")
    }

    func testTheSignOnPromptSaysTheGrantedRoleWithRoomAndStaysShortAt80Columns() {
        var m = ConsoleFixture.model(width: 80, height: 24)
        ConsoleUpdate.askSignOn(&m, role: .operator)
        for c in "Nguyễn Văn An" { _ = ConsoleUpdate.update(&m, .key(.character(c))) }
        let row = bottomRow(m)
        XCTAssertTrue(row.hasPrefix("Nhận ca với vai trò trực ban (theo quyền của tài khoản) — họ tên: Nguyễn Văn An"), row)
        var wide = ConsoleFixture.model(width: 160, height: 48)
        wide.language = .en
        ConsoleUpdate.askSignOn(&wide, role: .viewer)
        XCTAssertTrue(bottomRow(wide).hasPrefix("Sign on as viewer (the account's grant) — name: "), bottomRow(wide))
    }

    func testANarrowSourcesPanelKeepsTheStatusWord() {
        let lines = rows(ConsoleFixture.model(width: 80, height: 24))
        let down = lines.first { $0.contains("Hệ thống PAKN") } ?? ""
        XCTAssertTrue(down.contains("✖ Mất kết nối"), "a down source says so on its row at 80×24: \(down)")
        let ok = lines.first { $0.contains("Mô phỏng Hải") } ?? ""
        XCTAssertTrue(ok.contains("✓ Tốt"), ok)
    }

    func testTheStatusBarWearsTheThemesStatusBarAndTurnsToItsAlertStyle() {
        let m = ConsoleFixture.model(width: 160, height: 48)
        let frame = ConsoleView.render(m)
        // The fixture has a source down: the alert style, on the whole bar, left, centre and right.
        let alert = m.theme.style(.statusBarAlert)
        for x in [0, 80, 159] { XCTAssertEqual(frame[x, 0].style.attributes, alert.attributes, "column \(x)") }
        var calm = ConsoleFixture.dashboard
        calm.sources = calm.sources.filter { $0.status != .down }
        var quiet = m
        _ = ConsoleUpdate.update(&quiet, .dashboardLoaded(calm))
        let bar = m.theme.style(.statusBar)
        XCTAssertEqual(ConsoleView.render(quiet)[0, 0].style.attributes, bar.attributes)
        XCTAssertNotEqual(bar.attributes, m.theme.style(.header).attributes, "the test tells the bar from a table header")
    }

    /// At the smallest size (80×24) the help scrolls: the status bar's legend shows at once, the last line says there
    /// is more, ↓/PgDn reach every key and the end, and any other key closes it (issue 12, item 11).
    func testHelpAt80x24ScrollsToEveryKeyAndSaysThereIsMore() {
        for lang in Language.allCases {
            var m = ConsoleFixture.model(width: 80, height: 24, language: lang)
            _ = ConsoleUpdate.update(&m, .key(.character("?")))
            let first = rows(m).joined(separator: "\n")
            XCTAssertTrue(first.contains(lang.pick("CB cảnh báo chưa xác nhận", "Al unacked alarms")), "the legend at once:\n" + first)
            XCTAssertTrue(first.contains(lang.pick("↓ còn", "more lines")), "it says there is more:\n" + first)
            var seen = first
            for _ in 0..<20 where !rows(m).joined().contains(lang.pick("— hết", "— end")) {
                _ = ConsoleUpdate.update(&m, .key(.pageDown))
                XCTAssertTrue(m.showHelp, "PgDn scrolls, it does not close")
                seen += "\n" + rows(m).joined(separator: "\n")
            }
            XCTAssertTrue(rows(m).joined().contains(lang.pick("— hết", "— end")), rows(m).joined(separator: "\n"))
            for binding in m.keymap.bindings {
                XCTAssertTrue(seen.contains(lang.pick(binding.labelVI, binding.labelEN)), binding.labelVI + "\n" + seen)
            }
            _ = ConsoleUpdate.update(&m, .key(.up))
            XCTAssertTrue(m.showHelp)
            _ = ConsoleUpdate.update(&m, .key(.character("x")))
            XCTAssertFalse(m.showHelp, "another key closes")
        }
    }

    /// The government panel says first the figure the status bar's HS counts (late and still open), so an operator
    /// comparing "HS 8" with the panel finds 8, not the 29 that also counts dossiers finished late.
    func testGovernmentSummaryLeadsWithWhatTheStatusBarCounts() {
        let m = ConsoleFixture.model(width: 160, height: 48)
        let summary = PanelContent.table(for: .government, model: m).summary ?? ""
        XCTAssertTrue(summary.hasPrefix("Đúng hạn 95,2% (mục tiêu >95%) · Đang quá hạn 8 · "), summary)
        XCTAssertTrue(ConsoleView.render(m).rowText(0).contains("Hồ sơ quá hạn 8"), ConsoleView.render(m).rowText(0))
    }

    /// The help bar offers only what acts: on an alarm's detail neither Tab (panels), Enter nor sorting does anything.
    func testTheHelpBarOfADetailScreenOffersNoIdleKeys() {
        var m = ConsoleFixture.modelWithAlarms(width: 160, height: 48)
        _ = ConsoleUpdate.update(&m, .key(.function(2)))
        XCTAssertTrue(bottomRow(m).contains("Enter Chi tiết"), "the alarm list drills down: \(bottomRow(m))")
        _ = ConsoleUpdate.update(&m, .key(.enter))
        let row = bottomRow(m)
        XCTAssertFalse(row.contains("Tab Khung kế") || row.contains("Enter Chi tiết") || row.contains("s Sắp xếp"), row)
        XCTAssertTrue(row.contains("s Tạm gác"), "the alarm keys stay: \(row)")
    }

    func testOnlyASupervisorIsOfferedAcceptanceWithReservations() {
        for (role, offered) in [(OperatorRole.operator, false), (.supervisor, true)] {
            var m = ConsoleFixture.model(width: 160, height: 48)
            m.actor = Actor(name: "Lan", role: role)
            _ = ConsoleUpdate.update(&m, .key(.function(5)))
            XCTAssertEqual(bottomRow(m).contains("R Tiếp nhận có bảo lưu"), offered, "\(role): \(bottomRow(m))")
        }
    }

    /// An indicator with a few points of history draws across the chart, not in its last columns.
    func testAShortHistoryFillsTheChartWidth() throws {
        var m = ConsoleFixture.model(width: 120, height: 40)
        let grdp = try XCTUnwrap(ConsoleFixture.dashboard.socioEconomic.first)
        m.screens.append(.seriesDetail(grdp))
        let frame = ConsoleView.render(m)
        func hasDots(_ x: Int) -> Bool { (2..<frame.height - 2).contains { (0x2801...0x28FF).contains(frame[x, $0].grapheme.unicodeScalars.first?.value ?? 0) } }
        XCTAssertTrue(hasDots(3), "the oldest point starts at the left edge")
        XCTAssertTrue(hasDots(60), "and the chart runs across the middle")
        XCTAssertEqual(ConsoleView.stretched([1, 2], to: 4), [1, 1, 2, 2])
        XCTAssertEqual(ConsoleView.stretched([1, 2, 3], to: 2), [1, 2, 3], "a long history is left as it is")
    }
}

/// The status bar names sources as healthy/all and shows ✖ only when one is down.
final class StatusBarShortCenterTests: XCTestCase {
    func testSourcesAreHealthyOverAllWithACrossOnlyWhenOneIsDown() {
        XCTAssertEqual(ConsoleView.sourcesText(ConsoleFixture.dashboard), "1/2 ✖1")
        var healthy = ConsoleFixture.dashboard
        healthy.sources = healthy.sources.map { var s = $0; s.status = .ok; return s }
        XCTAssertEqual(ConsoleView.sourcesText(healthy), "2/2")
        var m = ConsoleFixture.model(width: 80, height: 24, language: .en)
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(healthy))
        XCTAssertTrue(ConsoleView.render(m).rowText(0).contains("Src 2/2"), ConsoleView.render(m).rowText(0))
    }
}
