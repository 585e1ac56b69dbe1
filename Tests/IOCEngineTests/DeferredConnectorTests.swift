import Foundation
import IOCDomain
import IOCEngine
import IOCTestSupport
import XCTest

/// The console's and the wall's simulator is made on its first poll, after the first frame (Decision 32).
final class DeferredConnectorTests: XCTestCase {
    private struct MakeFailed: Error {}

    func testNamesAreKnownBeforeAndTheConnectorIsMadeOnceOnTheFirstPoll() async throws {
        let makes = TestLocked(0)
        let inner = ScriptedConnector(sourceID: "simulator", steps: [.batch(Batch(cursor: "1")), .batch(Batch(cursor: "2"))])
        let deferred = DeferredConnector(sourceID: "simulator", displayName: "Mô phỏng Hải Phòng",
                                         displayNameEN: "Simulated Hải Phòng", kind: "simulator") {
            makes.withLock { $0 += 1 }
            return inner
        }
        XCTAssertEqual([deferred.sourceID, deferred.displayName, deferred.displayNameEN, deferred.kind],
                       ["simulator", "Mô phỏng Hải Phòng", "Simulated Hải Phòng", "simulator"])
        XCTAssertEqual(makes.withLock { $0 }, 0)
        let now = Date(timeIntervalSince1970: 1_763_521_200)
        let first = try await deferred.poll(cursor: nil, now: now, limits: PollLimits())
        let second = try await deferred.poll(cursor: first.cursor, now: now + 1, limits: PollLimits())
        XCTAssertEqual([first.cursor, second.cursor], ["1", "2"])
        XCTAssertEqual(makes.withLock { $0 }, 1)
        XCTAssertEqual(inner.recordedCalls.map(\.cursor), [nil, "1"])
    }

    func testAFailureToMakeItIsThatPollsFailureAndTheNextPollTriesAgain() async throws {
        let attempts = TestLocked(0)
        let deferred = DeferredConnector(sourceID: "simulator", displayName: "Mô phỏng", displayNameEN: nil,
                                         kind: "simulator") {
            let attempt = attempts.withLock { $0 += 1; return $0 }
            if attempt == 1 { throw MakeFailed() }
            return ScriptedConnector(sourceID: "simulator", steps: [.batch(Batch(cursor: "after"))])
        }
        let now = Date(timeIntervalSince1970: 1_763_521_200)
        do {
            _ = try await deferred.poll(cursor: nil, now: now, limits: PollLimits())
            XCTFail("the first poll should fail")
        } catch is MakeFailed {}
        let batch = try await deferred.poll(cursor: nil, now: now, limits: PollLimits())
        XCTAssertEqual(batch.cursor, "after")
        XCTAssertEqual(attempts.withLock { $0 }, 2)
    }
}
