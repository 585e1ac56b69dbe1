import IOCDomain
import XCTest

/// Ages are shown to the minute at the finest: a value polled every few seconds must not flicker "0s", "1s".
final class DataAgeTests: XCTestCase {
    func testAgesAreShownToTheMinuteAtTheFinest() {
        let table: [(TimeInterval, String)] = [
            (-5, "<1m"), (0, "<1m"), (1, "<1m"), (59.9, "<1m"), (60, "1m"), (119, "1m"), (3599, "59m"),
            (3600, "1h"), (86_399, "23h"), (86_400, "1d"), (10 * 86_400, "10d"),
        ]
        for (seconds, text) in table {
            XCTAssertEqual(DataAge.format(seconds), text, "\(seconds) s")
        }
    }
}
