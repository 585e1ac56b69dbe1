import Foundation
import IOCDomain
import XCTest

/// Report periods as tables: what each way of naming one gives (start, end, days, the period before, its name in
/// both languages), the edges in Vietnam time, and every refusal.
final class ReportPeriodTests: XCTestCase {
    /// An instant given in UTC.
    private func utc(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: text)!
    }

    func testCalendarPeriodsNamedByText() throws {
        // (kind, --of, start UTC, end UTC, days, previous start UTC, name vi, name en)
        let table: [(ReportPeriod.Kind, String, String, String, Int, String, String, String)] = [
            (.month, "2026-10", "2026-09-30T17:00:00Z", "2026-10-31T17:00:00Z", 31, "2026-08-31T17:00:00Z",
             "tháng 10/2026", "October 2026"),
            (.month, "2026-01", "2025-12-31T17:00:00Z", "2026-01-31T17:00:00Z", 31, "2025-11-30T17:00:00Z",
             "tháng 1/2026", "January 2026"),
            (.month, "2024-02", "2024-01-31T17:00:00Z", "2024-02-29T17:00:00Z", 29, "2023-12-31T17:00:00Z",
             "tháng 2/2024", "February 2024"),
            (.quarter, "2026-10", "2026-09-30T17:00:00Z", "2026-12-31T17:00:00Z", 92, "2026-06-30T17:00:00Z",
             "quý IV/2026", "Q4 2026"),
            (.quarter, "2026-Q1", "2025-12-31T17:00:00Z", "2026-03-31T17:00:00Z", 90, "2025-09-30T17:00:00Z",
             "quý I/2026", "Q1 2026"),
            (.halfYear, "2026-H1", "2025-12-31T17:00:00Z", "2026-06-30T17:00:00Z", 181, "2025-06-30T17:00:00Z",
             "6 tháng đầu năm 2026", "H1 2026"),
            (.halfYear, "2026-08", "2026-06-30T17:00:00Z", "2026-12-31T17:00:00Z", 184, "2025-12-31T17:00:00Z",
             "6 tháng cuối năm 2026", "H2 2026"),
            (.year, "2026", "2025-12-31T17:00:00Z", "2026-12-31T17:00:00Z", 365, "2024-12-31T17:00:00Z",
             "năm 2026", "2026"),
            (.year, "2024-07", "2023-12-31T17:00:00Z", "2024-12-31T17:00:00Z", 366, "2022-12-31T17:00:00Z",
             "năm 2024", "2024"),
        ]
        for (kind, text, start, end, days, previous, vi, en) in table {
            let p = try ReportPeriod(kind, of: text)
            XCTAssertEqual(p.start, utc(start), "\(kind) \(text) start")
            XCTAssertEqual(p.end, utc(end), "\(kind) \(text) end")
            XCTAssertEqual(p.days, days, "\(kind) \(text) days")
            XCTAssertEqual(p.previous.start, utc(previous), "\(kind) \(text) previous")
            XCTAssertEqual(p.previous.end, p.start, "\(kind) \(text): the previous period ends where this one starts")
            XCTAssertEqual(p.previous.kind, kind)
            XCTAssertEqual(p.name(.vi), vi)
            XCTAssertEqual(p.name(.en), en)
        }
    }

    func testThePeriodContainingAnInstantFollowsVietnamMidnight() {
        // 23:59:59 on 31 October in Hà Nội is 16:59:59 UTC: still October; a second later it is November.
        let lastSecond = utc("2026-10-31T16:59:59Z")
        XCTAssertEqual(ReportPeriod(.month, containing: lastSecond).name(.en), "October 2026")
        XCTAssertEqual(ReportPeriod(.month, containing: lastSecond.addingTimeInterval(1)).name(.en), "November 2026")
        let october = ReportPeriod(.month, containing: lastSecond)
        XCTAssertTrue(october.contains(october.start))
        XCTAssertTrue(october.contains(lastSecond))
        XCTAssertFalse(october.contains(october.end), "the end is the next period's start")
        XCTAssertEqual(ReportPeriod(.quarter, containing: lastSecond).name(.vi), "quý IV/2026")
        XCTAssertEqual(ReportPeriod(.year, containing: utc("2025-12-31T17:00:00Z")).name(.en), "2026", "1 January, 00:00 in Vietnam")
    }

    func testARangeOfDaysBothIncluded() throws {
        let p = try ReportPeriod(from: "2026-10-01", to: "2026-10-15")
        XCTAssertEqual(p.kind, .range)
        XCTAssertEqual(p.start, utc("2026-09-30T17:00:00Z"))
        XCTAssertEqual(p.end, utc("2026-10-15T17:00:00Z"))
        XCTAssertEqual(p.days, 15)
        XCTAssertEqual(p.previous.start, utc("2026-09-15T17:00:00Z"), "the 15 days before")
        XCTAssertEqual(p.previous.end, p.start)
        XCTAssertEqual(p.name(.vi), "01/10/2026 – 15/10/2026")
        XCTAssertEqual(p.name(.en), "2026-10-01 – 2026-10-15")
        XCTAssertEqual(try ReportPeriod(from: "2026-02-28", to: "2026-02-28").days, 1, "one day")
        XCTAssertEqual(try ReportPeriod(from: "2024-02-28", to: "2024-03-01").days, 3, "through a leap day")
    }

    func testRefusalsNameWhatWasGiven() {
        let periods: [(ReportPeriod.Kind, String)] = [
            (.month, "2026-13"), (.month, "2026-00"), (.month, "2026-1"), (.month, "26-10"), (.month, "Q3"),
            (.month, "2026-Q3"), (.quarter, "2026-Q5"), (.quarter, "2026-H1"), (.halfYear, "2026-H3"),
            (.year, "2026-10-01"), (.year, ""), (.month, "2026-10-"), (.month, "2026-+1"), (.quarter, "2026-Q03"),
            (.year, "+202"),
        ]
        for (kind, text) in periods {
            XCTAssertThrowsError(try ReportPeriod(kind, of: text), "\(kind) \(text)") { error in
                XCTAssertEqual(error as? ReportPeriodError, .badPeriod(text))
                XCTAssertTrue((error as? ReportPeriodError)?.text(.en).contains("\"\(text)\"") == true)
            }
        }
        XCTAssertThrowsError(try ReportPeriod(.range, of: "2026")) { XCTAssertEqual($0 as? ReportPeriodError, .rangeNeedsDates) }
        for bad in ["2026-02-30", "2026-2-03", "2026-02-3", "20260203", "2026-04-31", "2025-02-29", "x", "2026-+1-01", "2026-01-+1"] {
            XCTAssertThrowsError(try ReportPeriod(from: bad, to: "2026-12-31"), bad) {
                XCTAssertEqual($0 as? ReportPeriodError, .badDate(bad))
            }
        }
        XCTAssertThrowsError(try ReportPeriod(from: "2026-10-02", to: "2026-10-01")) {
            XCTAssertEqual($0 as? ReportPeriodError, .endBeforeStart(from: "2026-10-02", to: "2026-10-01"))
            XCTAssertEqual(($0 as? ReportPeriodError)?.text(.vi), "--to 2026-10-01 trước --from 2026-10-02")
        }
    }

    /// The civil-date constructor agrees with the components reader for every day from 1970 to 2100, and rolls
    /// over months and days out of range.
    func testStartOfDayFromACivilDateRoundTrips() {
        var day = VietnamTime.startOfDay(year: 1970, month: 1, day: 1)
        XCTAssertEqual(day, Date(timeIntervalSince1970: -7 * 3600))
        for _ in 0..<(131 * 366) {
            let c = VietnamTime.components(day)
            XCTAssertEqual(VietnamTime.startOfDay(year: c.year, month: c.month, day: c.day), day)
            XCTAssertEqual(c.hour, 0)
            day = day.addingTimeInterval(86_400)
        }
        XCTAssertEqual(VietnamTime.startOfDay(year: 2026, month: 13, day: 1), VietnamTime.startOfDay(year: 2027, month: 1, day: 1))
        XCTAssertEqual(VietnamTime.startOfDay(year: 2026, month: 3, day: 0), VietnamTime.startOfDay(year: 2026, month: 2, day: 28))
    }
}
