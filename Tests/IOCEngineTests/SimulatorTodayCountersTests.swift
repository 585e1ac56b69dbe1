import Foundation
import IOCDomain
@testable import IOCEngine
import XCTest

/// The simulator's "today" counters, like every live series, are sampled once a minute: a poll that crosses a minute
/// mark gives the count at that mark, the number a fresh simulator's full count gives, and a poll within the same
/// minute gives none.
final class SimulatorTodayCountersTests: XCTestCase {
    /// Wednesday 2025-11-19 23:50 UTC+7: ten minutes before midnight.
    private let start = Date(timeIntervalSince1970: 1_763_571_000)
    private static let haiPhong = try! CityModel.load(.haiphong)
    private static let keys = ["gov.dossiers_received_today", "feedback.received_today"]

    private func simulator() -> SimulatorConnector { SimulatorConnector(city: .haiphong, seed: 11, model: Self.haiPhong) }

    private func counters(_ batch: Batch) -> [Double] {
        Self.keys.map { key in batch.observations.last { $0.seriesKey == key }?.value ?? -1 }
    }

    private func sampleTimes(_ batch: Batch) -> Set<Date> {
        Set(batch.observations.filter { Self.keys.contains($0.seriesKey) }.map(\.time))
    }

    /// The full count at `time`: a fresh simulator's backfill counts every arrival of the day by scanning them all.
    private func fullCount(at time: Date) -> [Double] { counters(simulator().batch(cursor: nil, now: time)) }

    func testCountersAtEachMinuteMarkEqualAFullCount() {
        let sim = simulator()
        var cursor = sim.batch(cursor: nil, now: start).cursor
        var now = start
        // Irregular steps: seconds, minutes, across midnight, a half-hour gap filled at the history spacing.
        let steps: [TimeInterval] = [1, 1, 2, 5, 60, 300, 1, 299, 1, 2, 3, 600, 1, 1800 + 7, 3600, 1, 2]
        var checked = 0, quiet = 0
        for step in steps {
            let before = now
            now += step
            let batch = sim.batch(cursor: cursor, now: now)
            cursor = batch.cursor
            let mark = sim.sampleMark(now)
            if mark > sim.sampleMark(before) {
                XCTAssertEqual(sampleTimes(batch).max(), mark, "poll at +\(now.timeIntervalSince(start)) s")
                XCTAssertEqual(counters(batch), fullCount(at: now), "poll at +\(now.timeIntervalSince(start)) s")
                checked += 1
            } else {
                XCTAssertEqual(sampleTimes(batch), [], "a poll within the minute at +\(now.timeIntervalSince(start)) s")
                quiet += 1
            }
        }
        XCTAssertGreaterThan(checked, 5)
        XCTAssertGreaterThan(quiet, 3)
    }

    func testAPollRepeatedFromAnOlderCursorStillCountsTheWholeDay() {
        let sim = simulator()
        let morning = start + 10 * 3600 // 09:50 the next day
        let first = sim.batch(cursor: nil, now: morning)
        let second = sim.batch(cursor: first.cursor, now: morning + 120)
        // An older cursor and an earlier time than the last poll.
        let retried = sim.batch(cursor: first.cursor, now: morning + 70)
        XCTAssertEqual(counters(retried), fullCount(at: morning + 70))
        let next = sim.batch(cursor: second.cursor, now: morning + 185)
        XCTAssertEqual(counters(next), fullCount(at: morning + 185))
        XCTAssertGreaterThan(counters(next)[0], 0, "a working morning has dossiers to count")
    }
}
