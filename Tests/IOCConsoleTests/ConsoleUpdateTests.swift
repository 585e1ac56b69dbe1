import Foundation
import IOCConfig
import IOCConsole
import IOCDomain
import TUICore
import XCTest

/// The console's state machine as tables of (state, message) → (state, effects).
final class ConsoleUpdateTests: XCTestCase {
    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        var effects = send(&m, .character(":"))
        for c in text { effects += send(&m, .character(c)) }
        return effects + send(&m, .enter)
    }

    func testFocusCyclesThroughPanelsBothWays() {
        var m = ConsoleFixture.model()
        let count = m.activePanels.count
        XCTAssertEqual(count, 7)
        let table: [(KeyEvent, Int)] = [(.tab, 1), (.tab, 2), (.backTab, 1), (.backTab, 0), (.backTab, count - 1), (.tab, 0),
                                        (.right, 1), (.character("l"), 2), (.left, 1), (.character("h"), 0)]
        for (key, expected) in table {
            XCTAssertEqual(send(&m, key), [])
            XCTAssertEqual(m.focusIndex, expected, "after \(key.displayName)")
        }
    }

    func testGlobalKeys() {
        let table: [(KeyEvent, [ConsoleEffect], (ConsoleModel) -> Bool, String)] = [
            (.character("q"), [.quit], { _ in true }, "q quits"),
            (.control("c"), [.quit], { _ in true }, "Ctrl-C quits"),
            (.character("?"), [], { $0.showHelp }, "? opens help"),
            (.function(1), [], { $0.showHelp }, "F1 opens help"),
            (.character(":"), [], { $0.commandLine == "" }, ": opens the command line"),
            (.control("l"), [.redraw], { _ in true }, "Ctrl-L redraws"),
            (.character("z"), [], { !$0.showHelp && $0.commandLine == nil }, "unbound keys do nothing"),
        ]
        for (key, effects, check, what) in table {
            var m = ConsoleFixture.model()
            XCTAssertEqual(send(&m, key), effects, what)
            XCTAssertTrue(check(m), what)
        }
    }

    func testHelpClosesOnAnyKeyWithoutActing() {
        var m = ConsoleFixture.model()
        _ = send(&m, .character("?"))
        XCTAssertEqual(send(&m, .character("q")), [], "q closes help first, it does not quit")
        XCTAssertFalse(m.showHelp)
        XCTAssertEqual(send(&m, .character("q")), [.quit])
    }

    func testCommands() {
        let table: [(String, [ConsoleEffect], (ConsoleModel) -> Bool, String)] = [
            ("lang en", [.redraw], { $0.language == .en && $0.flash != nil && !$0.flashIsError }, "switch language"),
            ("layout operator", [.loadLayout("operator")], { $0.commandLine == nil }, "load a layout"),
            ("theme light", [.loadTheme("light")], { _ in true }, "load a theme"),
            ("giaodien light", [.loadTheme("light")], { _ in true }, "Vietnamese alias"),
            ("quit", [.quit], { _ in true }, "quit"),
            ("lang fr", [], { $0.language == .vi && $0.flashIsError }, "unknown language"),
            ("frobnicate", [], { $0.flashIsError && ($0.flash ?? "").contains("frobnicate") }, "unknown command"),
            ("layout", [], { $0.flashIsError }, "missing argument"),
        ]
        for (text, effects, check, what) in table {
            var m = ConsoleFixture.model()
            XCTAssertEqual(type(&m, text), effects, what)
            XCTAssertTrue(check(m), what)
        }
    }

    func testCommandLineEditing() {
        var m = ConsoleFixture.model()
        _ = send(&m, .character(":"), .character("a"), .character("b"), .backspace)
        XCTAssertEqual(m.commandLine, "a")
        _ = send(&m, .escape)
        XCTAssertNil(m.commandLine)
        _ = send(&m, .character(":"), .character("ệ"))
        XCTAssertEqual(m.commandLine, "ệ", "Vietnamese typed in the command line")
        _ = send(&m, .backspace, .backspace)
        XCTAssertNil(m.commandLine, "backspace on an empty line closes it")
    }

    func testDrillDownFromFeedbackByAgencyToCasesToOneCaseAndBack() throws {
        var m = ConsoleFixture.model()
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .feedback })
        // Rows are sorted most overdue first: Sở Xây dựng (4 overdue) leads.
        XCTAssertEqual(send(&m, .enter), [.loadEvents(kind: .feedback, agencyCode: "SXD")])
        guard case .eventList(let loading)? = m.screens.last else { return XCTFail("no list screen") }
        XCTAssertTrue(loading.loading)
        XCTAssertTrue(loading.title.contains("Sở Xây dựng"))

        let cases = [ConsoleFixture.feedbackCase("PA-1", dueInHours: -3), ConsoleFixture.feedbackCase("PA-2", dueInHours: 30)]
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .feedback, agencyCode: "SXD", events: cases))
        guard case .eventList(let loaded)? = m.screens.last else { return XCTFail("list screen lost") }
        XCTAssertFalse(loaded.loading)
        XCTAssertEqual(loaded.events.count, 2)

        XCTAssertEqual(send(&m, .down), [])
        XCTAssertEqual(send(&m, .enter), [])
        guard case .eventDetail(let detail)? = m.screens.last else { return XCTFail("no detail screen") }
        XCTAssertEqual(detail.event.externalID, "PA-2", "the second row was selected")

        _ = send(&m, .escape)
        XCTAssertEqual(m.screens.count, 1)
        _ = send(&m, .escape)
        XCTAssertTrue(m.screens.isEmpty)
        XCTAssertEqual(m.activePanels[m.focusIndex].kind, .feedback, "focus kept")
    }

    func testDrillDownOnGovernmentSourcesAndIndicators() throws {
        var m = ConsoleFixture.model()
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .government })
        // Worst on-time rate first: Sở Xây dựng.
        XCTAssertEqual(send(&m, .enter), [.loadEvents(kind: .dossier, agencyCode: "SXD")])
        _ = send(&m, .escape)

        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .sources })
        _ = send(&m, .enter)
        guard case .sourceDetail(let s)? = m.screens.last else { return XCTFail("no source detail") }
        XCTAssertEqual(s.sourceID, "pakn", "the source that is down is listed first")
        _ = send(&m, .escape)

        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .socioEconomic })
        _ = send(&m, .enter)
        guard case .seriesDetail(let r)? = m.screens.last else { return XCTFail("no series detail") }
        XCTAssertEqual(r.definition.key, "kt.grdp")
    }

    func testSelectionClampsAtBothEnds() throws {
        var m = ConsoleFixture.model()
        let id = try XCTUnwrap(m.activePanels.first { $0.kind == .government }).id
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.id == id })
        _ = send(&m, .up, .up)
        XCTAssertEqual(m.state(of: id).selected, 0)
        _ = send(&m, .down, .down, .down, .down)
        XCTAssertEqual(m.state(of: id).selected, 1, "two agencies: the last row is 1")
        _ = send(&m, .home)
        XCTAssertEqual(m.state(of: id).selected, 0)
        _ = send(&m, .end)
        XCTAssertEqual(m.state(of: id).selected, 1)
    }

    func testSortCyclesColumnsAndDrillFollowsTheSortedRow() throws {
        var m = ConsoleFixture.model()
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .government })
        _ = send(&m, .character("s"))   // by agency name, ascending: Sở Tư pháp first
        XCTAssertEqual(send(&m, .enter), [.loadEvents(kind: .dossier, agencyCode: "STP")])
        _ = send(&m, .escape, .character("s"))   // descending: Sở Xây dựng first
        XCTAssertEqual(send(&m, .enter), [.loadEvents(kind: .dossier, agencyCode: "SXD")])
    }

    func testResizeTickAndFlashExpiry() {
        var m = ConsoleFixture.model()
        XCTAssertEqual(ConsoleUpdate.update(&m, .resized(width: 80, height: 24)), [.redraw])
        XCTAssertEqual(m.width, 80)
        XCTAssertEqual(m.activePanels.count, 6, "compact arrangement keeps every panel")
        _ = ConsoleUpdate.update(&m, .failed("boom"))
        XCTAssertEqual(m.flash, "boom")
        _ = ConsoleUpdate.update(&m, .tick(ConsoleFixture.now.addingTimeInterval(2)))
        XCTAssertEqual(m.flash, "boom")
        _ = ConsoleUpdate.update(&m, .tick(ConsoleFixture.now.addingTimeInterval(60)))
        XCTAssertNil(m.flash)
    }

    func testNewDataReloadsAnOpenEventList() throws {
        var m = ConsoleFixture.model()
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .feedback })
        _ = send(&m, .enter)
        XCTAssertEqual(ConsoleUpdate.update(&m, .dashboardLoaded(ConsoleFixture.dashboard)), [], "still loading: no second query")
        _ = ConsoleUpdate.update(&m, .eventsLoaded(kind: .feedback, agencyCode: "SXD", events: []))
        XCTAssertEqual(ConsoleUpdate.update(&m, .dashboardLoaded(ConsoleFixture.dashboard)),
                       [.loadEvents(kind: .feedback, agencyCode: "SXD")])
    }

    func testAnUnknownCommandSaysWhichOnesExist() {
        var m = ConsoleFixture.model()
        _ = ConsoleUpdate.update(&m, .key(.character(":")))
        for c in "xyz" { _ = ConsoleUpdate.update(&m, .key(.character(c))) }
        _ = ConsoleUpdate.update(&m, .key(.enter))
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.flash, "Lệnh không rõ: xyz — có: layout, theme, lang, log, handover, alarms, load, report, quit")
    }

    /// `:report …` → the effect asked for, or a refusal naming the periods; the answer → where the file went.
    func testReportCommandsAndTheirAnswer() {
        let table: [(typed: String, effect: [ConsoleEffect], flash: String)] = [
            ("report", [.writeReport(.month, at: ConsoleFixture.model().now)], "Đang lập báo cáo…"),
            ("report month", [.writeReport(.month, at: ConsoleFixture.model().now)], "Đang lập báo cáo…"),
            ("baocao year", [.writeReport(.year, at: ConsoleFixture.model().now)], "Đang lập báo cáo…"),
            ("report QUARTER", [.writeReport(.quarter, at: ConsoleFixture.model().now)], "Đang lập báo cáo…"),
            ("report range", [], "Kỳ báo cáo: month, quarter, half-year hoặc year"),
            ("report week", [], "Kỳ báo cáo: month, quarter, half-year hoặc year"),
        ]
        for row in table {
            var m = ConsoleFixture.model()
            _ = ConsoleUpdate.update(&m, .key(.character(":")))
            for c in row.typed { _ = ConsoleUpdate.update(&m, .key(.character(c))) }
            XCTAssertEqual(ConsoleUpdate.update(&m, .key(.enter)), row.effect, row.typed)
            XCTAssertEqual(m.flash, row.flash, row.typed)
            XCTAssertEqual(m.flashIsError, row.effect.isEmpty, row.typed)
        }
        var m = ConsoleFixture.model()
        XCTAssertEqual(ConsoleUpdate.update(&m, .reportWritten(period: "tháng 12/2026", path: "/srv/ioc/reports/r.html")), [])
        XCTAssertEqual(m.flash, "Đã ghi báo cáo tháng 12/2026: /srv/ioc/reports/r.html")
    }
}
