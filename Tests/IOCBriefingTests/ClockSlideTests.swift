import IOCBriefing
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest

/// Between whole frames the wall draws only its header and footer again over the last frame (`FrameSchedule`): the
/// two bars must be those a whole drawing gives (clock, rotation countdown), and nothing else may change; the slide
/// waits for the next whole frame, at most 10 s later (`FrameScheduleTests`).
final class ClockSlideTests: XCTestCase {
    func testClockOnlyFramesRedrawTheBarsAndKeepTheSlide() {
        let slides = BriefingFixture.model().layout.slides.count
        for slide in 0..<slides {
            let start = BriefingFixture.model(width: 300, height: 80, slide: slide)
            let last = BriefingView.render(start)
            for second in [1, 4, 9] {
                var m = start
                BriefingUpdate.update(&m, .tick(start.now.addingTimeInterval(Double(second))))
                XCTAssertEqual(m.revision, start.revision, "a tick that turns no slide moves only the clock")
                var frame = last
                BriefingView.renderClock(m, into: &frame)
                let whole = BriefingView.render(m)
                assertSameFrame(frame, whole, rows: [0, whole.height - 1], "slide \(slide + 1) +\(second) s: the bars")
                assertSameFrame(frame, last, rows: Array(1..<(whole.height - 1)), "slide \(slide + 1) +\(second) s: the slide")
                XCTAssertNotEqual(frame.rowText(0), last.rowText(0), "the clock moved")
            }
        }
    }

    func testATurnedSlideChangesTheRevision() {
        var m = BriefingFixture.model()
        let revision = m.revision
        BriefingUpdate.update(&m, .tick(m.now.addingTimeInterval(1)))
        XCTAssertEqual(m.revision, revision)
        BriefingUpdate.update(&m, .tick(m.now.addingTimeInterval(3600)))
        XCTAssertEqual(m.slide, 1)
        XCTAssertNotEqual(m.revision, revision)
    }
}

/// The wall, like the console, draws no whole frame for a read that brought only new poll times.
final class PollTimeSlideTests: XCTestCase {
    func testOnlyAReadThatChangesWhatIsShownDrawsAWholeFrame() {
        let base = BriefingFixture.dashboard
        var polled = base
        polled.readAt += 2
        polled.lastWriteAt = (polled.lastWriteAt ?? base.readAt) + 2
        for i in polled.sources.indices {
            polled.sources[i].lastAttemptAt = polled.sources[i].lastAttemptAt.map { $0 + 2 }
            polled.sources[i].lastSuccessAt = polled.sources[i].lastSuccessAt.map { $0 + 2 }
            polled.sources[i].nextPollAt = base.readAt + 4
        }
        var newValue = polled
        newValue.publicOrder[0].latest = (newValue.publicOrder[0].latest ?? 0) + 1
        for (name, read, whole) in [("only poll times moved", polled, false), ("a new value", newValue, true)] {
            var m = BriefingFixture.model()
            let revision = m.revision
            let before = BriefingView.render(m)
            BriefingUpdate.update(&m, .dashboardLoaded(read))
            XCTAssertEqual(m.revision != revision, whole, name)
            guard !whole else { continue }
            // The slide stays as it was; the bars, drawn every second, give the new data time.
            let after = BriefingView.render(m)
            assertSameFrame(after, before, rows: Array(1..<(before.height - 1)), name)
            var clockFrame = before
            BriefingView.renderClock(m, into: &clockFrame)
            assertSameFrame(clockFrame, after, rows: Array(0..<before.height), "\(name): the bars over the last frame")
        }
        var failing = BriefingFixture.model()
        BriefingUpdate.update(&failing, .failed("disk I/O error"))
        let revision = failing.revision
        BriefingUpdate.update(&failing, .dashboardLoaded(polled))
        XCTAssertNotEqual(failing.revision, revision, "a read after a failure clears the failure from the screen")
    }
}
