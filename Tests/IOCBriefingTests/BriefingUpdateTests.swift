import Foundation
import IOCBriefing
import IOCConfig
import TUICore
import XCTest

final class BriefingUpdateTests: XCTestCase {
    /// A model on slide 3 of 9, rotating, at the fixture's time.
    private func model() -> BriefingModel { BriefingFixture.model(slide: 2) }

    private struct Case {
        let key: KeyEvent
        let slide: Int
        var paused = false
        var blanked = false
        var frozen = false
        var effects: [BriefingEffect] = []
        var line: UInt = #line
    }

    func testPresenterKeysTable() {
        let cases = [
            Case(key: .character(" "), slide: 3),
            Case(key: .right, slide: 3),
            Case(key: .pageDown, slide: 3),
            Case(key: .enter, slide: 3),
            Case(key: .left, slide: 1),
            Case(key: .pageUp, slide: 1),
            Case(key: .backspace, slide: 1),
            Case(key: .character("1"), slide: 0),
            Case(key: .character("8"), slide: 7),
            Case(key: .character("9"), slide: 8),
            Case(key: .character("0"), slide: 2),
            Case(key: .character("p"), slide: 2, paused: true),
            Case(key: .character("f"), slide: 2, frozen: true),
            Case(key: .character("b"), slide: 2, blanked: true),
            Case(key: .character("."), slide: 2, blanked: true),
            Case(key: .character("q"), slide: 2, effects: [.quit]),
            Case(key: .control("c"), slide: 2, effects: [.quit]),
            Case(key: .control("l"), slide: 2, effects: [.redraw]),
            Case(key: .character("x"), slide: 2),
        ]
        for c in cases {
            var m = model()
            let effects = BriefingUpdate.update(&m, .key(c.key))
            XCTAssertEqual(m.slide, c.slide, "slide after \(c.key)", line: c.line)
            XCTAssertEqual(m.paused, c.paused, "paused after \(c.key)", line: c.line)
            XCTAssertEqual(m.blanked, c.blanked, "blanked after \(c.key)", line: c.line)
            XCTAssertEqual(m.isFrozen, c.frozen, "frozen after \(c.key)", line: c.line)
            XCTAssertEqual(effects, c.effects, "effects after \(c.key)", line: c.line)
        }
    }

    func testNavigationWrapsAroundBothEnds() {
        var m = BriefingFixture.model(slide: 8)
        BriefingUpdate.update(&m, .key(.right))
        XCTAssertEqual(m.slide, 0)
        BriefingUpdate.update(&m, .key(.left))
        XCTAssertEqual(m.slide, 8)
    }

    func testRotationAdvancesAfterTheIntervalAndRestartsOnAKey() {
        var m = model()
        let t0 = m.now
        BriefingUpdate.update(&m, .tick(t0.addingTimeInterval(19)))
        XCTAssertEqual(m.slide, 2)
        XCTAssertEqual(m.secondsToNextSlide, 1)
        BriefingUpdate.update(&m, .tick(t0.addingTimeInterval(20)))
        XCTAssertEqual(m.slide, 3)
        XCTAssertEqual(m.secondsToNextSlide, 20)
        BriefingUpdate.update(&m, .tick(t0.addingTimeInterval(35)))
        BriefingUpdate.update(&m, .key(.character("1")))
        BriefingUpdate.update(&m, .tick(t0.addingTimeInterval(50)))
        XCTAssertEqual(m.slide, 0, "a jump restarts the slide's time on screen")
    }

    func testASlidesOwnDurationWins() {
        var m = model()
        m.layout.slides[2].duration = 45
        let t0 = m.now
        BriefingUpdate.update(&m, .tick(t0.addingTimeInterval(30)))
        XCTAssertEqual(m.slide, 2, "slide 3 stays 45 s")
        BriefingUpdate.update(&m, .tick(t0.addingTimeInterval(45)))
        XCTAssertEqual(m.slide, 3)
        XCTAssertEqual(m.secondsToNextSlide, 20, "slide 4 has the layout's 20 s")
    }

    func testBeforeAnyDataTheSlideSaysItIsLoading() {
        var m = BriefingModel(layout: BriefingFixture.layout, theme: BriefingFixture.theme, cityName: "Hải Phòng",
                              width: 160, height: 48, now: BriefingFixture.now)
        let screen = SnapshotText.render(BriefingView.render(m))
        XCTAssertTrue(screen.contains("Đang tải dữ liệu…"))
        XCTAssertTrue(screen.contains("Chưa có số liệu"))
        BriefingUpdate.update(&m, .key(.character("f")))
        XCTAssertTrue(m.isFrozen)
        XCTAssertNil(m.shown, "a freeze before any data holds nothing")
        BriefingUpdate.update(&m, .dashboardLoaded(BriefingFixture.dashboard))
        XCTAssertNil(m.shown)
        BriefingUpdate.update(&m, .key(.character("f")))
        XCTAssertEqual(m.shown, BriefingFixture.dashboard)
    }

    func testPausedOrBlankScreenDoesNotRotate() {
        var m = model()
        BriefingUpdate.update(&m, .key(.character("p")))
        BriefingUpdate.update(&m, .tick(m.now.addingTimeInterval(100)))
        XCTAssertEqual(m.slide, 2)
        XCTAssertNil(m.secondsToNextSlide)
        BriefingUpdate.update(&m, .key(.character("p")))
        XCTAssertEqual(m.secondsToNextSlide, 20, "resuming gives the slide its full time")
        BriefingUpdate.update(&m, .key(.character("b")))
        BriefingUpdate.update(&m, .tick(m.now.addingTimeInterval(100)))
        XCTAssertEqual(m.slide, 2)
    }

    func testBlankScreenIgnoresNavigationUntilBOrEscape() {
        var m = model()
        BriefingUpdate.update(&m, .key(.character("b")))
        BriefingUpdate.update(&m, .key(.right))
        BriefingUpdate.update(&m, .key(.character("f")))
        XCTAssertEqual(m.slide, 2)
        XCTAssertFalse(m.isFrozen)
        BriefingUpdate.update(&m, .key(.escape))
        XCTAssertFalse(m.blanked)
        let blank = BriefingView.render({ var b = m; b.blanked = true; return b }())
        XCTAssertEqual(SnapshotText.render(blank).trimmingCharacters(in: .whitespacesAndNewlines), "")
    }

    func testFreezeHoldsTheDataAndReleaseCatchesUp() {
        var m = model()
        let before = m.live
        BriefingUpdate.update(&m, .key(.character("f")))
        XCTAssertEqual(m.freeze?.since, BriefingFixture.now)
        var newer = BriefingFixture.dashboard
        newer.readAt = BriefingFixture.now.addingTimeInterval(30)
        newer.lastWriteAt = BriefingFixture.now.addingTimeInterval(28)
        newer.sources[0].lastSuccessAt = BriefingFixture.now.addingTimeInterval(28)
        newer.government[0].lateInProgress += 50
        BriefingUpdate.update(&m, .dashboardLoaded(newer))
        XCTAssertEqual(m.shown, before, "frozen: the slides keep the old data")
        XCTAssertEqual(m.live, newer, "the newest data is still read")
        let frozenScreen = SnapshotText.render(BriefingView.render(m)).components(separatedBy: "\n")
        XCTAssertTrue(frozenScreen[0].contains("■ SỐ LIỆU ĐÓNG BĂNG TỪ 18:06:40"), "header marker")
        XCTAssertTrue(frozenScreen[m.height - 1].contains("Số liệu lúc 18:06:38"), "footer: the frozen data's time")
        XCTAssertTrue(frozenScreen[m.height - 1].contains("■ SỐ LIỆU ĐÓNG BĂNG TỪ 18:06:40"), "footer marker")
        BriefingUpdate.update(&m, .key(.character("f")))
        XCTAssertEqual(m.shown, newer, "released: the newest data at once")
        let released = SnapshotText.render(BriefingView.render(m))
        XCTAssertFalse(released.contains("ĐÓNG BĂNG TỪ"))
        XCTAssertTrue(released.contains("Số liệu lúc 18:07:08"), "the newest data's time")
    }

    func testResizeAndFailure() {
        var m = model()
        XCTAssertEqual(BriefingUpdate.update(&m, .resized(width: 300, height: 80)), [.redraw])
        XCTAssertEqual(m.width, 300)
        BriefingUpdate.update(&m, .failed("database is locked"))
        XCTAssertTrue(SnapshotText.render(BriefingView.render(m)).contains("✖ database is locked"))
        BriefingUpdate.update(&m, .dashboardLoaded(BriefingFixture.dashboard))
        XCTAssertNil(m.problem)
    }
}
