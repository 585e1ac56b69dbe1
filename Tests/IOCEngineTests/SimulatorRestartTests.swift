import Foundation
import IOCDomain
@testable import IOCEngine
import XCTest

/// Issue 12, Speed: every start re-ran the simulator's backfill (then 48 half-hours of every series, 35 days of dossiers,
/// the reference data: 190 ms, and the first frame waited behind it). A new process that resumes from the cursor the
/// database holds answers only the gap since the last poll.
final class SimulatorRestartTests: XCTestCase {
    /// Wednesday 2025-11-19 10:00 UTC+7.
    private let start = Date(timeIntervalSince1970: 1_763_521_200)
    private static let model = try! CityModel.load(.haiphong)

    /// A simulator as a fresh process makes it.
    private func process() -> SimulatorConnector { SimulatorConnector(city: .haiphong, seed: 7, model: Self.model) }

    /// A restart a minute after the last poll answers what the running process would have: no second backfill.
    func testARestartAMinuteLaterAnswersLikeTheRunningProcess() {
        let running = process()
        let first = running.batch(cursor: nil, now: start)
        XCTAssertFalse(first.seriesDefinitions.isEmpty, "the first poll of an empty database backfills")
        let restarted = process().batch(cursor: first.cursor, now: start + 60)
        XCTAssertTrue(restarted.seriesDefinitions.isEmpty, "no series definitions again")
        XCTAssertTrue(restarted.wards.isEmpty && restarted.agencies.isEmpty, "no reference data again")
        XCTAssertEqual(restarted.observations.count, running.definitions.count - Self.model.indicators.count,
                       "one new value of each live series")
        XCTAssertEqual(restarted, running.batch(cursor: first.cursor, now: start + 60))
    }

    /// After three hours away, the gap is filled at the backfill's spacing (every 15 minutes), and no more.
    func testARestartAfterAGapFillsOnlyTheGap() {
        let first = process().batch(cursor: nil, now: start)
        let restarted = process().batch(cursor: first.cursor, now: start + 3 * 3600)
        XCTAssertTrue(restarted.seriesDefinitions.isEmpty)
        let speeds = restarted.observations.filter { $0.seriesKey == "traffic.speed." + Self.model.corridors[0].slug }
        XCTAssertEqual(speeds.map(\.time), (1...12).map { start + Double($0) * 900 })
        XCTAssertLessThan(restarted.events.count, first.events.count / 5, "only the events that changed in the gap")
    }

    /// A database last written more than two days ago gets a fresh backfill, as before.
    func testARestartAfterMoreThanTwoDaysBackfills() {
        let first = process().batch(cursor: nil, now: start)
        let restarted = process().batch(cursor: first.cursor, now: start + 3 * 86400)
        XCTAssertFalse(restarted.seriesDefinitions.isEmpty)
    }
}
