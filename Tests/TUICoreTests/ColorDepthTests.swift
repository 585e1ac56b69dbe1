import TUICore
import XCTest

final class ColorDepthTests: XCTestCase {
    func testDetectFromEnvironmentAndColorCount() {
        XCTAssertEqual(ColorDepth.detect(environment: ["NO_COLOR": "1", "COLORTERM": "truecolor"], colors: 256),
                       .monochrome)
        XCTAssertEqual(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256), .palette256)
        XCTAssertEqual(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], colors: 8), .trueColor)
        XCTAssertEqual(ColorDepth.detect(environment: ["COLORTERM": "24bit"], colors: 256), .trueColor)
        XCTAssertEqual(ColorDepth.detect(environment: [:], colors: 256), .palette256)
        XCTAssertEqual(ColorDepth.detect(environment: [:], colors: 16), .ansi16)
        XCTAssertEqual(ColorDepth.detect(environment: [:], colors: 8), .ansi8)
        XCTAssertEqual(ColorDepth.detect(environment: [:], colors: 2), .monochrome)
        XCTAssertEqual(ColorDepth.detect(environment: [:], colors: -1), .monochrome)
    }

    func testDegradeRGBThroughTheDepths() {
        let orange = Color.rgb(255, 126, 0) // VN_AQI "Kém"
        XCTAssertEqual(ColorDepth.trueColor.degrade(orange), orange)
        XCTAssertEqual(ColorDepth.palette256.degrade(orange), .indexed(208))
        XCTAssertEqual(ColorDepth.ansi16.degrade(Color.rgb(255, 0, 0)), .ansi(9))
        XCTAssertEqual(ColorDepth.ansi8.degrade(Color.rgb(255, 0, 0)), .ansi(1))
        XCTAssertEqual(ColorDepth.monochrome.degrade(orange), .default)
        XCTAssertEqual(ColorDepth.palette256.degrade(Color.rgb(128, 128, 128)), .indexed(244))
    }

    func testDegradeIndexedAndANSI() {
        XCTAssertEqual(ColorDepth.ansi16.degrade(Color.indexed(196)), .ansi(9))
        XCTAssertEqual(ColorDepth.ansi16.degrade(Color.indexed(3)), .ansi(3))
        XCTAssertEqual(ColorDepth.ansi8.degrade(Color.ansi(9)), .ansi(1))
        XCTAssertEqual(ColorDepth.ansi8.degrade(Color.ansi(8)), .ansi(7), "grey stays visible on black")
        XCTAssertEqual(ColorDepth.palette256.degrade(Color.ansi(12)), .ansi(12))
        XCTAssertEqual(ColorDepth.ansi8.degrade(Color.default), .default)
    }

    func testMonochromeKeepsAttributes() {
        let style = Style(foreground: .rgb(255, 0, 0), background: .ansi(4), attributes: [.bold, .reverse])
        XCTAssertEqual(ColorDepth.monochrome.degrade(style), Style(attributes: [.bold, .reverse]))
        XCTAssertEqual(ColorDepth.ansi8.degrade(style), Style(foreground: .ansi(1), background: .ansi(4),
                                                             attributes: [.bold, .reverse]))
    }
}
