import Foundation
import IOCDomain
import XCTest

final class ShiftPatternTests: XCTestCase {
    /// 2026-11-22 00:00 UTC+7 = 2026-11-21 17:00 UTC.
    static let midnightVN = Date(timeIntervalSince1970: 1_795_280_400)

    func at(_ hour: Int, _ minute: Int = 0, day: Int = 0) -> Date {
        Self.midnightVN.addingTimeInterval(TimeInterval(day * 86_400 + hour * 3600 + minute * 60))
    }

    func testStandardPatternTable() {
        let table: [(Date, String, String)] = [
            (at(6), "2026-11-22 06:00", "06:00–14:00"),
            (at(13, 59), "2026-11-22 06:00", "06:00–14:00"),
            (at(14), "2026-11-22 14:00", "14:00–22:00"),
            (at(21, 59), "2026-11-22 14:00", "14:00–22:00"),
            (at(22), "2026-11-22 22:00", "22:00–06:00"),
            (at(23, 30), "2026-11-22 22:00", "22:00–06:00"),
            // After midnight the night shift still belongs to the evening it started.
            (at(0, 0), "2026-11-21 22:00", "22:00–06:00"),
            (at(5, 59), "2026-11-21 22:00", "22:00–06:00"),
        ]
        for (date, id, hours) in table {
            let shift = ShiftPattern.standard.shift(at: date)
            XCTAssertEqual(shift.id, id, "\(date)")
            XCTAssertEqual(shift.hoursText, hours, "\(date)")
            XCTAssertTrue(shift.contains(date))
            XCTAssertEqual(shift.end.timeIntervalSince(shift.start), 8 * 3600)
        }
    }

    func testNextShiftFollowsWithoutGap() {
        let s = ShiftPattern.standard.shift(at: at(23))
        let n = ShiftPattern.standard.next(after: s)
        XCTAssertEqual(n.start, s.end)
        XCTAssertEqual(n.id, "2026-11-23 06:00")
        XCTAssertEqual(ShiftPattern.standard.previous(before: n), s)
        XCTAssertEqual(ShiftPattern.standard.previous(before: ShiftPattern.standard.shift(at: at(7))).id, "2026-11-21 22:00")
    }

    func testParsedPatternsSortAndUnevenLengths() throws {
        let p = try ShiftPattern.parse(["19:30", "07:30"]).get()
        XCTAssertEqual(p.startTexts, ["07:30", "19:30"])
        XCTAssertEqual(p.shift(at: at(8)).hoursText, "07:30–19:30")
        XCTAssertEqual(p.shift(at: at(3)).id, "2026-11-21 19:30")
        let one = try ShiftPattern.parse(["08:00"]).get()
        XCTAssertEqual(one.shift(at: at(7)).end.timeIntervalSince(one.shift(at: at(7)).start), 86_400)
    }

    func testMalformedPatternsAreRefusedWithAReason() {
        let table: [([String], String)] = [
            ([], "at least one"), (["24:00"], "'24:00'"), (["6h"], "'6h'"), (["06:00", "6:00"], "twice"), (["06:0"], "'06:0'"),
        ]
        for (times, fragment) in table {
            switch ShiftPattern.parse(times) {
            case .success(let p): XCTFail("\(times) parsed as \(p.startTexts)")
            case .failure(let e): XCTAssertTrue(e.message.contains(fragment), "\(times): \(e.message)")
            }
        }
    }
}
