import IOCConsole
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest

/// The console keeps its panels' bodies between frames (`PanelBodies`) and pastes a body whose table did not
/// change: every frame must be the one drawing from scratch gives, through keys, sorting, scrolling, new data,
/// the clock, a resize and a change of language.
final class PanelBodiesTests: XCTestCase {
    func testFramesWithKeptBodiesAreTheFramesDrawnFromScratch() {
        var m = ConsoleFixture.modelWithAlarms(width: 160, height: 48)
        let bodies = PanelBodies()
        var spare: Buffer?
        var step = 0
        func check(_ what: String, file: StaticString = #filePath, line: UInt = #line) {
            var frame = Buffer.recycled(&spare, width: m.width, height: m.height)
            ConsoleView.render(m, into: &frame, bodies: bodies)
            assertSameFrame(frame, ConsoleView.render(m), "step \(step): \(what)", file: file, line: line)
            spare = frame
            step += 1
        }
        check("first frame")
        check("the same model again (every body pasted)")
        for second in 1...3 {
            _ = ConsoleUpdate.update(&m, .tick(m.now.addingTimeInterval(Double(second))))
            check("clock +\(second) s")
        }
        for key: KeyEvent in [.tab, .down, .down, .character("s"), .character("s"), .tab, .down, .up, .backTab,
                              .pageDown, .home] {
            _ = ConsoleUpdate.update(&m, .key(key))
            check("after \(key.displayName)")
        }
        var changed = m.dashboard!
        changed.alarms.removeFirst()
        changed.publicOrder = changed.publicOrder.map { var r = $0; r.latest = (r.latest ?? 0) + 1; return r }
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(changed))
        check("new data")
        _ = ConsoleUpdate.update(&m, .resized(width: 80, height: 24))
        check("80×24")
        _ = ConsoleUpdate.update(&m, .resized(width: 200, height: 60))
        check("200×60")
        m.language = .en
        check("English")
        m.showHelp = true
        check("help over the dashboard")
        m.showHelp = false
        check("help closed")
    }

    /// Pasting keeps wide graphemes whole, and cuts one at either edge of the paste into a space.
    func testPasteCopiesCellsAndMendsWideGraphemesAtItsEdges() {
        var source = Buffer(width: 5, height: 1)
        source.write("地a地", x: 0, y: 0, style: .plain)
        var target = Buffer(width: 8, height: 1)
        target.write("東東東東", x: 0, y: 0, style: .plain)
        target.paste(source, x: 1, y: 0)
        // 東 at 0–1 is cut by the paste's left edge: a space.
        XCTAssertEqual(target.rowText(0), " 地a地東")
        XCTAssertEqual(target[1, 0].width, 2)
        XCTAssertEqual(target[2, 0].width, 0)
        var right = Buffer(width: 8, height: 1)
        right.write("東東東東", x: 0, y: 0, style: .plain)
        right.paste(source, x: 0, y: 0)
        // 東 at 4–5 is cut by the paste's right edge.
        XCTAssertEqual(right.rowText(0), "地a地 東")
        // Clipped by the target: the source's wide grapheme cut at either edge becomes a space.
        var narrow = Buffer(width: 4, height: 1)
        narrow.paste(source, x: 0, y: 0)
        XCTAssertEqual(narrow.rowText(0), "地a ")
        var shifted = Buffer(width: 5, height: 1)
        shifted.paste(source, x: -1, y: 0)
        XCTAssertEqual(shifted.rowText(0), " a地 ")
    }
}
