import Foundation
@testable import IOCEngine
import XCTest

/// The digits-only time reader agrees with Foundation's formatters on every shape it takes, and leaves the rest to
/// them.
final class RecordTimeFastPathTests: XCTestCase {
    func testItAgreesWithTheFormatters() {
        let parser = RecordTimeParser()
        let texts = [
            "2026-11-23T08:15:00+07:00", "2026-11-23T01:15:00Z", "2026-11-23T08:15:00-05:30", "2026-11-23T08:15:00.250Z",
            "2026-11-23T08:15:00", "2026-11-23 08:15:00", "2026-11-23 08:15", "2026-11-23", "23/11/2026 08:15:00",
            "23/11/2026 08:15", "23/11/2026", "29/02/2024", "31/12/1999 23:59:59", "01/01/2000", "2000-03-01T00:00:00+07:00",
        ]
        for text in texts {
            let fast = RecordTimeFastPath.date(text)
            let slow = parser.formatterDate(text)
            XCTAssertNotNil(fast, text)
            XCTAssertEqual(fast.map { $0.timeIntervalSince1970 } ?? -1, slow.map { $0.timeIntervalSince1970 } ?? -2, accuracy: 0.001, text)
        }
    }

    func testWhatItDoesNotTakeIsLeftToTheFormatters() {
        for text in ["31/02/2026", "2026-13-01", "2026-11-23T25:00:00Z", "23-11-2026", "hôm nay", "2026-11-23T08:15:00+0700x",
                     "1795300000", ""] {
            XCTAssertNil(RecordTimeFastPath.date(text), text)
        }
        XCTAssertEqual(RecordTimeFastPath.date("2026-11-23T08:15:00+0700")?.timeIntervalSince1970,
                       RecordTimeFastPath.date("2026-11-23T08:15:00+07:00")?.timeIntervalSince1970, "an offset without its colon")
    }

    /// Found by fuzzing (ioc-fuzz record-values): Foundation's DateFormatter trapped on a digit carrying a combining
    /// mark, so one hostile time field stopped the poller. Such text is no time, and is read as none.
    func testATimeWithACombiningMarkIsUnreadableNotACrash() {
        let parser = RecordTimeParser()
        for text in ["2026\u{301}-11-23", "2026-11-2\u{301}", "2026\u{301}-11-23T08:00:00Z", "20266-11-2\u{36B}\u{FFFD}:5:00+07:00",
                     "23/11/2026\u{301}"] {
            XCTAssertNil(parser.formatterDate(text), text.debugDescription)
            XCTAssertNil(parser.date(from: text), text.debugDescription)
        }
        XCTAssertNotNil(parser.date(from: "2026-11-23"), "ASCII times are still read")
        // Found by the 5-minute run: ICU divided by zero on a fraction of a hundred digits; no time is that long.
        XCTAssertNil(parser.formatterDate("2026-11-23T08:15:00.25" + String(repeating: "6", count: 100) + "0Z"))
    }

    /// Found by fuzzing (ioc-fuzz record-values, 5-minute run): the fast path took "+70:00" as an offset of 70 hours
    /// and moved the time three days back, where Foundation's formatters do not.
    func testAnOffsetBeyondFourteenHoursIsNoOffset() {
        for text in ["2026-11-23T08:15:00+70:00", "2026-11-23T08:15:00-14:30", "2026-11-23T08:15:00+07:60"] {
            XCTAssertNil(RecordTimeFastPath.date(text), text)
        }
        XCTAssertEqual(RecordTimeFastPath.date("2026-11-23T08:15:00+14:00")?.timeIntervalSince1970,
                       RecordTimeFastPath.date("2026-11-22T18:15:00Z")?.timeIntervalSince1970)
    }
}
