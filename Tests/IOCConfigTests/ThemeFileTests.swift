import Foundation
import TUICore
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class ThemeFileTests: XCTestCase {
    private func shipped(_ name: String) throws -> Theme {
        try ThemeFile.load(path: ConfigFixtures.packageRoot.appendingPathComponent("Themes/\(name).yaml").path)
    }

    func testInvalidFixturesProduceTheirExactErrors() throws {
        try ConfigFixtures.assertInvalidFixtures(prefix: "theme-", minimumCount: 2) { (text, file) throws(ConfigErrors) in
            _ = try ThemeFile.parse(text, file: file)
        }
    }

    func testPaletteShorthandAndAttributeWords() throws {
        let theme = try ThemeFile.parse(try ConfigFixtures.text("valid", "theme-palette.yaml"), file: "p.yaml")
        XCTAssertEqual(theme.name, "palette-demo")
        XCTAssertEqual(theme.description, "Palette and shorthand")
        XCTAssertEqual(theme.style(.text), Style(foreground: .rgb(128, 128, 128), background: .default))
        XCTAssertEqual(theme.style(.critical), Style(foreground: .indexed(196), attributes: [.bold, .underline]))
        XCTAssertEqual(theme.style(.warning), Style(foreground: .ansi(11)))
        XCTAssertEqual(theme.style(.muted), Style(attributes: [.dim, .italic]))
        // Fallbacks: border → muted; title → text + bold.
        XCTAssertEqual(theme.style(.border), theme.style(.muted))
        XCTAssertEqual(theme.style(.title), Style(foreground: .rgb(128, 128, 128), attributes: .bold))
    }

    func testEveryShippedThemeParsesAndIsNamedAfterItsFile() throws {
        for name in ["control-room", "high-contrast", "light", "monochrome"] {
            XCTAssertEqual(try shipped(name).name, name)
        }
    }

    func testMonochromeFileMatchesTheBuiltInThemeAndUsesNoColour() throws {
        let file = try shipped("monochrome")
        for role in ThemeRole.allCases {
            XCTAssertEqual(file.style(role), Theme.builtInMonochrome.style(role), role.rawValue)
            XCTAssertEqual(file.style(role).foreground, .default, role.rawValue)
            XCTAssertEqual(file.style(role).background, .default, role.rawValue)
        }
        XCTAssertNotEqual(file.style(.critical), file.style(.text))
        XCTAssertNotEqual(file.style(.warning), file.style(.critical))
    }

    func testControlRoomIsQuietWhenNormalAndKeepsAlarmColoursForAlarms() throws {
        let theme = try shipped("control-room")
        XCTAssertEqual(theme.style(.good).foreground, theme.style(.text).foreground, "normal is quiet, not green")
        let alarmColours: Set<Color> = [theme.style(.warning).foreground, theme.style(.critical).foreground]
        XCTAssertEqual(alarmColours.count, 2)
        let decorative: [ThemeRole] = [.text, .muted, .border, .borderFocused, .title, .header, .selected, .accent,
                                       .good, .stale, .statusBar]
        for role in decorative {
            XCTAssertFalse(alarmColours.contains(theme.style(role).foreground), role.rawValue)
            XCTAssertFalse(alarmColours.contains(theme.style(role).background), role.rawValue)
        }
    }

    func testAQIRolesUseTheOfficialColours() throws {
        let aqi: [ThemeRole] = [.aqiGood, .aqiModerate, .aqiPoor, .aqiBad, .aqiVeryBad, .aqiHazardous]
        let control = try shipped("control-room")
        let light = try shipped("light")
        for role in aqi {
            let official = try XCTUnwrap(role.officialAQIColor)
            XCTAssertEqual(control.style(role).foreground, official, role.rawValue)
            XCTAssertEqual(light.style(role).background, official, role.rawValue)
        }
        XCTAssertEqual(ThemeRole.aqiPoor.officialAQIColor, .rgb(255, 126, 0))
    }
}
