import Foundation
import IOCDomain
import XCTest

final class DeadlineStatusTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let hour: TimeInterval = 3600

    /// (open, due offset from now in hours, closed offset in hours) → status.
    func testClassificationTable() {
        let cases: [(Bool, Double?, Double?, DeadlineStatus, UInt)] = [
            (true, nil, nil, .noDeadline, #line),
            (true, 48, nil, .inTime, #line),
            (true, 24.01, nil, .inTime, #line),
            (true, 24, nil, .dueSoon, #line),
            (true, 1, nil, .dueSoon, #line),
            (true, 0, nil, .dueSoon, #line),
            (true, -0.01, nil, .overdue, #line),
            (false, 10, -30, .doneEarly, #line),   // closed 40 h before the deadline
            (false, 10, 0, .doneOnTime, #line),     // closed 10 h before
            (false, 0, 0, .doneOnTime, #line),      // closed exactly at the deadline
            (false, -1, 0, .doneLate, #line),
            (false, nil, 0, .noDeadline, #line),
        ]
        for (open, due, closed, expected, line) in cases {
            let status = DeadlineStatus.classify(isOpen: open, dueAt: due.map { now.addingTimeInterval($0 * hour) },
                                                 closedAt: closed.map { now.addingTimeInterval($0 * hour) }, now: now)
            XCTAssertEqual(status, expected, line: line)
        }
    }

    func testEventClassificationUsesTheStatusOpenness() {
        let e = CityEvent(kind: .dossier, externalID: "1", title: "t", status: .done, openedAt: now.addingTimeInterval(-100 * hour),
                          dueAt: now.addingTimeInterval(-hour), closedAt: now.addingTimeInterval(-2 * hour), updatedAt: now)
        XCTAssertEqual(DeadlineStatus.classify(e, now: now), .doneOnTime)
        var open = e
        open.status = .inProgress
        open.closedAt = nil
        XCTAssertEqual(DeadlineStatus.classify(open, now: now), .overdue)
    }
}
