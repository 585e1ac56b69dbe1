import IOCDomain
import XCTest

/// Flood hysteresis and the priority mix.
final class AlarmLoadTests: XCTestCase {
    func load(raised: Int, mix: [AlarmPriority: Int] = [:]) -> AlarmLoad {
        AlarmLoad(raisedLast10Minutes: raised, averagePer10MinutesOver24Hours: 0, standingCount: 0, staleIDs: [],
                  chatteringIDs: [], priorityMixLast24Hours: mix)
    }

    func testFloodStartsAboveTenAndEndsBelowFive() {
        XCTAssertFalse(load(raised: 10).isFlood(wasFlood: false))
        XCTAssertTrue(load(raised: 11).isFlood(wasFlood: false))
        XCTAssertTrue(load(raised: 5).isFlood(wasFlood: true))
        XCTAssertFalse(load(raised: 4).isFlood(wasFlood: true))
    }

    func testPriorityShares() {
        let shares = load(raised: 0, mix: [.high: 1, .medium: 3, .low: 16]).priorityShares
        XCTAssertEqual(shares[.low]!, 0.8, accuracy: 1e-9)
        XCTAssertEqual(shares[.medium]!, 0.15, accuracy: 1e-9)
        XCTAssertEqual(shares[.emergency], 0)
        XCTAssertEqual(load(raised: 0).priorityShares[.low], 0)
    }
}
