import Foundation
import IOCDomain
import IOCTestSupport
import ServiceLifecycle
import XCTest
@testable import ioc

/// The background services: a failing job is state until it succeeds again and each new failure is said once; the
/// group shuts its services down in the reverse order of their start.
final class BackgroundServicesTests: XCTestCase {
    private final class Script: @unchecked Sendable {
        let lock = NSLock()
        var results: [String?]   // nil: the step succeeds
        var steps = 0
        var after: String?       // what every step after the script does
        init(_ results: [String?], after: String?) { self.results = results; self.after = after }

        func step() throws {
            try lock.withLock {
                defer { steps += 1 }
                let result = steps < results.count ? results[steps] : after
                if let result { throw Failure(description: result) }
            }
        }
        var count: Int { lock.withLock { steps } }
    }

    private struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    func testAFailureIsStateUntilASuccessAndEachNewTextIsSaidOnce() throws {
        let script = Script(["database is locked", "database is locked", nil, "database is locked", "disk I/O error"],
                            after: "disk I/O error")
        let told = TestLocked([String]())
        let health = BackgroundHealth(onNewFailure: { job, text in told.withLock { $0.append("\(job.rawValue): \(text)") } })
        let services = BackgroundServices(services: [
            RepeatingService(.alarmCycle, every: .milliseconds(1), health: health, step: { try script.step() }),
        ], health: health)
        services.startOnce()
        XCTAssertTrue(Eventually.holds(timeout: 10) { script.count >= 8 }, "the step is tried again after each failure")
        let failing = health.failures
        XCTAssertEqual(failing.map(\.job), [.alarmCycle])
        XCTAssertEqual(failing.first?.error, "disk I/O error")
        XCTAssertGreaterThanOrEqual(failing.first?.consecutive ?? 0, 4, "the locked run and the disk runs since the success")
        XCTAssertEqual(health.takeNew().map(\.text), ["database is locked", "database is locked", "disk I/O error"],
                       "once per new text, and again after a success")
        XCTAssertEqual(told.withLock { $0 }, ["alarm_cycle: database is locked", "alarm_cycle: database is locked",
                                              "alarm_cycle: disk I/O error"])
        XCTAssertTrue(health.takeNew().isEmpty, "taken once")

        script.lock.withLock { script.after = nil }
        XCTAssertTrue(Eventually.holds(timeout: 10) { health.failures.isEmpty }, "a success ends the failing state")
        XCTAssertTrue(services.stop())
    }

    /// Records when it starts and when it is told to shut down.
    private struct Recording: Service {
        let name: String
        let log: TestLocked<[String]>
        func run() async throws {
            log.withLock { $0.append("start \(name)") }
            try? await gracefulShutdown()
            log.withLock { $0.append("stop \(name)") }
        }
    }

    func testTheGroupShutsDownInTheReverseOrderOfItsServices() throws {
        let log = TestLocked([String]())
        let services = BackgroundServices(services: ["poller", "alarms", "housekeeping"].map { Recording(name: $0, log: log) },
                                          health: BackgroundHealth())
        services.startOnce()
        services.startOnce()
        XCTAssertTrue(Eventually.holds(timeout: 10) { log.withLock { $0.count } == 3 }, "all three started, once")
        XCTAssertTrue(services.stop())
        let stops = log.withLock { $0 }.filter { $0.hasPrefix("stop") }
        XCTAssertEqual(stops, ["stop housekeeping", "stop alarms", "stop poller"])
    }

    func testAProcessWithNoBackgroundWorkStartsAndStopsNothing() {
        let services = BackgroundServices(services: [], health: BackgroundHealth())
        services.startOnce()
        XCTAssertTrue(services.stop())
    }

    func testJobsAreNamedInBothLanguages() {
        XCTAssertEqual(BackgroundJob.housekeeping.failed(.vi), "Lỗi dọn dữ liệu định kỳ: ")
        XCTAssertEqual(BackgroundJob.housekeeping.failed(.en), "Housekeeping failed: ")
        XCTAssertEqual(BackgroundJob.alarmCycle.name(.en), "alarm cycle")
        XCTAssertEqual(BackgroundJob.alarmCycle.name(.vi), "chu trình cảnh báo")
    }
}
