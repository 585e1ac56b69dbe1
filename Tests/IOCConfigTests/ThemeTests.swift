import TUICore
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class ThemeTests: XCTestCase {
    func testMissingRolesFollowTheFallbackTable() {
        let text = Style(foreground: .rgb(200, 200, 200), background: .rgb(20, 20, 20))
        let theme = Theme(name: "t", description: "", styles: [.text: text, .warning: Style(foreground: .ansi(3))])
        func with(_ base: Style, _ attributes: TextAttributes) -> Style {
            var style = base
            style.attributes.formUnion(attributes)
            return style
        }
        XCTAssertEqual(theme.style(.text), text)
        XCTAssertEqual(theme.style(.muted), with(text, .dim))
        XCTAssertEqual(theme.style(.border), with(text, .dim))
        XCTAssertEqual(theme.style(.title), with(text, .bold))
        XCTAssertEqual(theme.style(.header), with(text, .bold))
        XCTAssertEqual(theme.style(.selected), with(text, .reverse))
        XCTAssertEqual(theme.style(.good), text)
        XCTAssertEqual(theme.style(.critical), Style(foreground: .ansi(3), attributes: .underline))
        XCTAssertEqual(theme.style(.statusBarAlert), Style(foreground: .ansi(3), attributes: [.underline, .reverse]))
        var aqi = text
        aqi.foreground = .rgb(0, 228, 0)
        XCTAssertEqual(theme.style(.aqiGood), aqi)
    }

    func testEmptyThemeIsPlainText() {
        let theme = Theme(name: "empty", description: "", styles: [:])
        XCTAssertEqual(theme.style(.text), .plain)
        XCTAssertEqual(theme.style(.warning), Style(attributes: .bold))
    }

    func testBuiltInMonochromeDistinguishesStatesWithoutColour() {
        let theme = Theme.builtInMonochrome
        let states: [ThemeRole] = [.good, .warning, .critical, .stale]
        XCTAssertEqual(Set(states.map { theme.style($0) }).count, states.count)
        for role in ThemeRole.allCases {
            XCTAssertEqual(theme.style(role).foreground, .default, role.rawValue)
        }
    }
}
