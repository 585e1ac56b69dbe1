import TUICore
import XCTest
@testable import IOCConfig
@testable import IOCScreenConfig

final class ValueSyntaxTests: XCTestCase {
    func testConstraints() {
        let table: [(String, Constraint?)] = [
            ("45%", .percent(45)), ("100%", .percent(100)), ("34", .fixed(34)), ("fill", .fill(1)),
            ("fill:2", .fill(2)), ("min:20", .min(20)),
            ("0%", nil), ("101%", nil), ("0", nil), ("-3", nil), ("fill:", nil), ("fill:0", nil), ("min:x", nil),
            ("45 %", nil), ("", nil), ("auto", nil),
        ]
        for (text, expected) in table {
            XCTAssertEqual(try? ScreenValueSyntax.constraint(text).get(), expected, text)
        }
    }

    func testDurations() {
        let table: [(String, Double?)] = [
            ("5s", 5), ("500ms", 0.5), ("2m", 120), ("1h", 3600), ("1.5s", 1.5), ("5d", 432_000), ("0.5d", 43_200),
            ("0s", nil), ("5", nil), ("s", nil), ("5 s", nil), ("-1s", nil), ("5w", nil), ("d", nil), ("ms", nil),
        ]
        for (text, expected) in table {
            XCTAssertEqual(try? ValueSyntax.duration(text).get(), expected, text)
        }
        XCTAssertEqual(try? ValueSyntax.duration("0s", allowZero: true).get(), 0)
    }

    func testByteSizes() {
        let table: [(String, Int?)] = [
            ("2MB", 2 * 1024 * 1024), ("512KB", 512 * 1024), ("1GiB", 1 << 30), ("100", 100), ("64B", 64),
            ("0KB", nil), ("2TB", nil), ("MB", nil), ("-1MB", nil), ("1.5MB", nil), ("9999999GB", nil),
        ]
        for (text, expected) in table {
            XCTAssertEqual(try? ValueSyntax.byteSize(text).get(), expected, text)
        }
    }

    func testColors() {
        let palette: [String: Color] = ["grey": .rgb(128, 128, 128)]
        let table: [(String, Color?)] = [
            ("#ff7e00", .rgb(255, 126, 0)), ("#FF7E00", .rgb(255, 126, 0)), ("default", .default),
            ("0", .indexed(0)), ("255", .indexed(255)), ("red", .ansi(1)), ("white", .ansi(7)),
            ("bright-black", .ansi(8)), ("bright-white", .ansi(15)), ("grey", .rgb(128, 128, 128)),
            ("#fff", nil), ("#gggggg", nil), ("256", nil), ("-1", nil), ("bright-grey", nil), ("purple", nil),
        ]
        for (text, expected) in table {
            XCTAssertEqual(try? ScreenValueSyntax.color(text, palette: palette).get(), expected, text)
        }
    }

    func testAttributesAndSuggestions() {
        XCTAssertEqual(try? ScreenValueSyntax.attribute("Bold").get(), .bold)
        XCTAssertNil(try? ScreenValueSyntax.attribute("bright").get())
        XCTAssertEqual(ConfigReader.suggestion(for: "panles", among: ["height", "panels"]), " (did you mean 'panels'?)")
        XCTAssertEqual(ConfigReader.suggestion(for: "zzz", among: ["height", "panels"]), "")
    }
}
