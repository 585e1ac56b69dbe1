import IOCBriefing
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
