import Foundation
import IOCTestSupport
import XCTest
@testable import ioc

/// The background jobs' loop: a failing step is reported, once per new text and again after a success, and retried;
/// nothing is swallowed.
final class RepeatingTests: XCTestCase {
    private final class Script: @unchecked Sendable {
        let lock = NSLock()
        var results: [String?]   // nil: the step succeeds
        var steps = 0
        var reported: [String] = []
        init(_ results: [String?]) { self.results = results }
    }

    private struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func testFailuresAreReportedOncePerNewTextAndAgainAfterASuccess() throws {
        let script = Script(["database is locked", "database is locked", "database is locked", nil,
                             "database is locked", "disk I/O error", nil, nil])
        let task = Repeating.every(.milliseconds(1), onError: { text in script.lock.withLock { script.reported.append(text) } }) {
            try script.lock.withLock {
                defer { script.steps += 1 }
                if script.steps < script.results.count, let message = script.results[script.steps] {
                    throw Failure(description: message)
                }
            }
        }
        defer { task.cancel() }
        XCTAssertTrue(Eventually.holds(timeout: 10) { script.lock.withLock { script.steps >= script.results.count } },
                      "the step is retried after each failure")
        task.cancel()
        XCTAssertEqual(script.lock.withLock { script.reported },
                       ["database is locked", "database is locked", "disk I/O error"])
    }

    func testHousekeepingFailuresAreNamedOnTheBottomLine() {
        XCTAssertEqual(BackgroundJob.housekeeping.failed(.vi), "Lỗi dọn dữ liệu định kỳ: ")
        XCTAssertEqual(BackgroundJob.housekeeping.failed(.en), "Housekeeping failed: ")
        let errors = BackgroundErrors()
        errors.post(.housekeeping, "disk full")
        errors.post(.alarmCycle, "database is locked")
        XCTAssertEqual(errors.take().map { $0.job.failed(.en) + $0.text },
                       ["Housekeeping failed: disk full", "Alarm cycle failed: database is locked"])
        XCTAssertTrue(errors.take().isEmpty)
    }
}
