import TUICore
import XCTest

final class ColorTests: XCTestCase {
    func testParsingThemeColours() {
        XCTAssertEqual(Color(parsing: "#FF7E00"), .rgb(255, 126, 0))
        XCTAssertEqual(Color(parsing: "default"), .default)
        XCTAssertEqual(Color(parsing: "red"), .ansi(1))
        XCTAssertEqual(Color(parsing: " bright-red "), .ansi(9))
        XCTAssertEqual(Color(parsing: "grey"), .ansi(8))
        XCTAssertEqual(Color(parsing: "196"), .indexed(196))
        XCTAssertNil(Color(parsing: "256"))
        XCTAssertNil(Color(parsing: "#12345"))
        XCTAssertNil(Color(parsing: "#gg0000"))
        XCTAssertNil(Color(parsing: "reddish"))
    }

    func testNamesRoundTrip() {
        for color in [Color.default, .ansi(0), .ansi(13), .indexed(42), .rgb(0, 228, 0)] {
            XCTAssertEqual(Color(parsing: color.name), color, color.name)
        }
        XCTAssertEqual(Color.rgb(0, 10, 255).name, "#000aff")
    }

    func testAttributeNames() {
        XCTAssertEqual(TextAttributes([.bold, .reverse]).names, "bold+reverse")
        XCTAssertEqual(TextAttributes().names, "-")
    }
}
