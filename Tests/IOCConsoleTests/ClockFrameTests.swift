import IOCConsole
import IOCTestSupport
import TUICore
import XCTest

/// Between whole frames the console draws only its status bar again over the last frame (`FrameSchedule`): the bar
/// must be the one a whole drawing gives, and nothing else may change; the panels wait for the next whole frame, at
/// most 10 s later (`FrameScheduleTests`).
final class ClockFrameTests: XCTestCase {
    func testClockOnlyFramesRedrawTheStatusBarAndKeepThePanels() {
        for start in [ConsoleFixture.modelWithAlarms(width: 160, height: 48), ConsoleFixture.model(width: 80, height: 24, language: .en)] {
            let last = ConsoleView.render(start)
            for second in 1...9 {
                var m = start
                _ = ConsoleUpdate.update(&m, .tick(start.now.addingTimeInterval(Double(second))))
                XCTAssertEqual(m.revision, start.revision, "a tick moves only the clock")
                var frame = last
                ConsoleView.renderClock(m, into: &frame)
                let whole = ConsoleView.render(m)
                assertSameFrame(frame, whole, rows: [0], "+\(second) s: the status bar")
                assertSameFrame(frame, last, rows: Array(1..<whole.height), "+\(second) s: nothing else")
                XCTAssertNotEqual(frame.rowText(0), last.rowText(0), "+\(second) s: the clock moved")
            }
        }
    }

    func testAMessageThatExpiresChangesTheRevision() {
        var m = ConsoleFixture.model()
        _ = ConsoleUpdate.update(&m, .failed("boom"))
        let revision = m.revision
        _ = ConsoleUpdate.update(&m, .tick(m.now.addingTimeInterval(1)))
        XCTAssertEqual(m.revision, revision, "the message is still up")
        _ = ConsoleUpdate.update(&m, .tick(m.now.addingTimeInterval(60)))
        XCTAssertNil(m.flash)
        XCTAssertNotEqual(m.revision, revision, "the bottom line changed: a whole frame")
    }
}
