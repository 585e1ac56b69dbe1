import IOCConsole
import IOCDomain
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

/// A data read that brought only new poll times (a poll with nothing new) changes nothing an operator can see: no
/// whole frame for it. Anything else it brings does, and so does any read while a source's own screen shows the times.
final class PollTimeFrameTests: XCTestCase {
    private func polledAgain(_ d: DashboardSnapshot, by seconds: TimeInterval) -> DashboardSnapshot {
        var next = d
        next.readAt += seconds
        next.lastWriteAt = next.lastWriteAt.map { $0 + seconds }
        for i in next.sources.indices {
            next.sources[i].lastAttemptAt = next.sources[i].lastAttemptAt.map { $0 + seconds }
            next.sources[i].lastSuccessAt = next.sources[i].lastSuccessAt.map { $0 + seconds }
            next.sources[i].lastDurationMs = 3
            next.sources[i].nextPollAt = next.sources[i].lastAttemptAt.map { $0 + 2 }
        }
        return next
    }

    func testOnlyAReadThatChangesWhatIsShownDrawsAWholeFrame() {
        let base = ConsoleFixture.dashboard
        var newValue = polledAgain(base, by: 2)
        newValue.publicOrder[0].latest = 163
        var sourceDown = polledAgain(base, by: 2)
        sourceDown.sources[0].status = .down
        var newAlarm = polledAgain(base, by: 2)
        newAlarm.alarms = [ConsoleFixture.alarm("A-9", state: .unacknowledged, priority: .high, message: "Ngập")]
        var sourceGone = polledAgain(base, by: 2)
        sourceGone.sources.removeLast()
        let table: [(String, DashboardSnapshot, Bool)] = [
            ("the same read again", base, false),
            ("only poll times moved", polledAgain(base, by: 2), false),
            ("a new value", newValue, true),
            ("a source went down", sourceDown, true),
            ("a new alarm", newAlarm, true),
            ("a source fewer", sourceGone, true),
        ]
        for (name, read, whole) in table {
            var m = ConsoleFixture.model()
            let revision = m.revision
            _ = ConsoleUpdate.update(&m, .dashboardLoaded(read))
            XCTAssertEqual(m.revision != revision, whole, name)
            XCTAssertEqual(m.dashboard, read, "\(name): the model keeps the newest read either way")
        }
    }

    func testASourceScreenRedrawsForNewPollTimes() {
        var m = ConsoleFixture.model()
        m.screens.append(.sourceDetail(ConsoleFixture.dashboard.sources[0]))
        let revision = m.revision
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(polledAgain(ConsoleFixture.dashboard, by: 2)))
        XCTAssertNotEqual(m.revision, revision, "the source's screen shows its last poll")
    }

    func testTheFrameAfterAPollWithNothingNewIsTheFrameBeforeIt() {
        var m = ConsoleFixture.model()
        let before = ConsoleView.render(m)
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(polledAgain(ConsoleFixture.dashboard, by: 2)))
        assertSameFrame(ConsoleView.render(m), before, rows: Array(1..<before.height), "nothing but the clock differs")
    }
}
