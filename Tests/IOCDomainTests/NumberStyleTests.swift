import IOCDomain
import XCTest

final class NumberStyleTests: XCTestCase {
    func testVietnameseAndEnglishSeparators() {
        let cases: [(NumberStyle, Double, Int, String, UInt)] = [
            (.vietnamese, 162875.5, 1, "162.875,5", #line),
            (.english, 162875.5, 1, "162,875.5", #line),
            (.vietnamese, 0.05, 2, "0,05", #line),
            (.vietnamese, -1234, 0, "-1.234", #line),
            (.english, 999, 0, "999", #line),
            (.english, 1000, 0, "1,000", #line),
            (.vietnamese, 95.25, 1, "95,3", #line),
            (.vietnamese, -0.001, 1, "0,0", #line),
        ]
        for (style, value, decimals, expected, line) in cases {
            XCTAssertEqual(style.format(value, decimals: decimals), expected, line: line)
        }
        XCTAssertEqual(NumberStyle.vietnamese.percent(94.44), "94,4%")
        XCTAssertEqual(NumberStyle.english.percent(nil), "–")
        XCTAssertEqual(NumberStyle.english.format(Double.nan), "–")
    }
}
