import Foundation
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest
@testable import IOCConsole

/// Issue 14, item 7: on a source's screen, `p` pauses (or resumes a paused source) and `n` asks for a poll now, as
/// effects the runner writes to the logbook with who acted; a viewer is refused on the status line; the keys mean
/// nothing elsewhere (`n` stays the logbook's new entry there). A table of (screen, key) → effect.
final class SourceKeysTests: XCTestCase {
    private func sourceScreen(paused: Bool, role: OperatorRole = .operator) throws -> ConsoleModel {
        var m = ConsoleFixture.model()
        m.actor = Actor(name: "Trần Thị Bình", role: role)
        m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .sources })
        _ = ConsoleUpdate.update(&m, .key(.enter))
        guard case .sourceDetail(var s)? = m.screens.last else { XCTFail("no source screen"); return m }
        s.isPaused = paused
        m.screens[m.screens.count - 1] = .sourceDetail(s)
        return m
    }

    func testPauseResumeAndPollNowFromASourcesScreen() throws {
        let table: [(paused: Bool, key: Character, action: SourceAction)] = [
            (false, "p", .pause), (true, "p", .resume), (false, "n", .pollNow), (true, "n", .pollNow),
        ]
        for row in table {
            var m = try sourceScreen(paused: row.paused)
            guard case .sourceDetail(let s)? = m.screens.last else { return XCTFail("no source screen") }
            let effects = ConsoleUpdate.update(&m, .key(.character(row.key)))
            XCTAssertEqual(effects, [.actOnSource(id: s.sourceID, action: row.action, by: m.actor, at: m.now)],
                           "paused \(row.paused), key \(row.key)")
        }
    }

    func testAViewerIsRefusedAndTheKeysMeanNothingOnTheDashboard() throws {
        var viewer = try sourceScreen(paused: false, role: .viewer)
        XCTAssertEqual(ConsoleUpdate.update(&viewer, .key(.character("p"))).refusedActions, ["source.pause"])
        XCTAssertTrue(viewer.flash?.contains("Vai trò xem") == true, viewer.flash ?? "")

        var dashboard = ConsoleFixture.model()
        XCTAssertEqual(ConsoleUpdate.update(&dashboard, .key(.character("p"))), [])
    }

    func testWhatWasDoneIsSaidOnTheStatusLine() throws {
        var m = try sourceScreen(paused: false)
        _ = ConsoleUpdate.update(&m, .sourceActed(.pause, name: "PAKN", logID: 42))
        XCTAssertEqual(m.flash, "⏸ Đã tạm dừng nguồn PAKN (nhật ký #42)")
        m.language = .en
        _ = ConsoleUpdate.update(&m, .sourceActed(.pollNow, name: "PAKN", logID: 43))
        XCTAssertEqual(m.flash, "↻ Asked to poll source PAKN now (log entry #43)")
    }
}
