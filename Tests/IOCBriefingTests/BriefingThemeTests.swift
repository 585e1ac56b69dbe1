import IOCBriefing
import IOCConfig
import IOCScreenConfig
import TUICore
import XCTest

/// The briefing theme on 256 colours, on 8 and in monochrome: every state stays distinct from normal text (by
/// colour where there is colour, by attributes where there is none), and the bars and the frozen marker stand out.
final class BriefingThemeTests: XCTestCase {
    func testStatesStayDistinctAtEveryDepth() {
        let theme = BriefingFixture.theme
        for depth in [ColorDepth.trueColor, .palette256, .ansi8, .monochrome] {
            let text = depth.degrade(theme.style(.text))
            for role in [ThemeRole.warning, .critical, .stale, .statusBar, .statusBarAlert] {
                XCTAssertNotEqual(depth.degrade(theme.style(role)), text, "\(role) at \(depth)")
            }
            XCTAssertNotEqual(depth.degrade(theme.style(.warning)), depth.degrade(theme.style(.critical)), "\(depth)")
            XCTAssertNotEqual(depth.degrade(theme.style(.statusBarAlert)), depth.degrade(theme.style(.statusBar)), "\(depth)")
        }
    }

    func testNothingIsDimOnTheWall() {
        let theme = BriefingFixture.theme
        for role in ThemeRole.allCases {
            XCTAssertFalse(theme.style(role).attributes.contains(.dim), "\(role) is dim: unreadable at 5 m")
        }
    }

    func testCriticalGlyphOnTheOverviewIsStyledApartInMonochrome() throws {
        let frame = BriefingView.render(BriefingFixture.model(width: 160, height: 48))
        let text = ColorDepth.monochrome.degrade(BriefingFixture.theme.style(.text))
        var found = false
        for y in 0..<frame.height {
            for x in 0..<frame.width where frame[x, y].grapheme == "✖" {
                found = true
                XCTAssertNotEqual(ColorDepth.monochrome.degrade(frame[x, y].style), text, "(\(x),\(y))")
            }
        }
        XCTAssertTrue(found, "the fixture has a critical headline")
        XCTAssertFalse(ANSIText.render(frame, depth: .ansi8).isEmpty)
    }
}
