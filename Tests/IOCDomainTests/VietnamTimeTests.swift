import Foundation
import IOCDomain
import XCTest

/// UTC+7 clock and date texts by integer arithmetic, checked against Foundation's Gregorian calendar.
final class VietnamTimeTests: XCTestCase {
    /// (UTC instant, clock, short date-time, date-time, weekday) at the edges that break date code.
    func testTextsAtEdges() {
        let cases: [(TimeInterval, String, String, String, Int)] = [
            (0, "07:00:00", "01/01 07:00", "01/01/1970 07:00", 5),                    // Thursday
            (16 * 3600 + 59 * 60 + 59, "23:59:59", "01/01 23:59", "01/01/1970 23:59", 5),
            (17 * 3600, "00:00:00", "02/01 00:00", "02/01/1970 00:00", 6),            // midnight in Hà Nội
            (951_782_400, "07:00:00", "29/02 07:00", "29/02/2000 07:00", 3),          // leap day of a /400 year
            (1_767_200_400 - 1, "23:59:59", "31/12 23:59", "31/12/2025 23:59", 4),    // 2025-12-31 16:59:59 UTC
            (1_767_200_400, "00:00:00", "01/01 00:00", "01/01/2026 00:00", 5),        // New Year in UTC+7
            (-86_400, "07:00:00", "31/12 07:00", "31/12/1969 07:00", 4),              // before the epoch
            (4_107_542_400, "07:00:00", "01/03 07:00", "01/03/2100 07:00", 2),        // 2100 is not a leap year
        ]
        for (seconds, clock, short, long, weekday) in cases {
            let date = Date(timeIntervalSince1970: seconds)
            XCTAssertEqual(VietnamTime.clock(date), clock, "\(seconds)")
            XCTAssertEqual(VietnamTime.shortDateTime(date), short, "\(seconds)")
            XCTAssertEqual(VietnamTime.dateTime(date), long, "\(seconds)")
            XCTAssertEqual(VietnamTime.weekday(date), weekday, "\(seconds)")
        }
    }

    /// Ten thousand seeded instants over 1900–2200 agree with Foundation's calendar in UTC+7.
    func testAgreesWithFoundationCalendar() {
        var rng = SplitMix(seed: 20_251_122)
        let calendar = VietnamTime.calendar
        for _ in 0..<10_000 {
            let seconds = Double(Int64(bitPattern: rng.next()) % 7_258_118_400)   // ±230 years around 1970
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
            let v = VietnamTime.components(date)
            XCTAssertEqual([v.year, v.month, v.day, v.hour, v.minute, v.second],
                           [c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!], "\(seconds)")
            XCTAssertEqual(VietnamTime.weekday(date), c.weekday, "\(seconds)")
        }
    }

    /// A small deterministic generator (SplitMix64) for the seeded comparison.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
