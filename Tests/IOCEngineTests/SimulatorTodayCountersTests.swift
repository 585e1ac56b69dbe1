import Foundation
import IOCDomain
@testable import IOCEngine
import XCTest

/// The simulator's "today" counters are carried from poll to poll (it counts only the arrivals a poll generates);
/// they must give the numbers a full count of the day's arrivals gives.
final class SimulatorTodayCountersTests: XCTestCase {
    /// Wednesday 2025-11-19 23:50 UTC+7: ten minutes before midnight.
    private let start = Date(timeIntervalSince1970: 1_763_571_000)
    private static let haiPhong = try! CityModel.load(.haiphong)
    private static let keys = ["gov.dossiers_received_today", "feedback.received_today"]

    private func simulator() -> SimulatorConnector { SimulatorConnector(city: .haiphong, seed: 11, model: Self.haiPhong) }

    private func counters(_ batch: Batch) -> [Double] {
        Self.keys.map { key in batch.observations.last { $0.seriesKey == key }?.value ?? -1 }
    }

    /// The full count at `time`: a fresh simulator's backfill counts every arrival of the day by scanning them all.
    private func fullCount(at time: Date) -> [Double] { counters(simulator().batch(cursor: nil, now: time)) }

    func testCarriedCountersEqualAFullCountAtEveryPoll() {
        let sim = simulator()
        var cursor = sim.batch(cursor: nil, now: start).cursor
        var now = start
        // Irregular steps: seconds, minutes, across midnight, a half-hour gap filled at the history spacing.
        let steps: [TimeInterval] = [1, 1, 2, 5, 60, 300, 1, 299, 1, 2, 3, 600, 1, 1800 + 7, 3600, 1, 2]
        var checked = 0
        for step in steps {
            now += step
            let batch = sim.batch(cursor: cursor, now: now)
            cursor = batch.cursor
            XCTAssertEqual(counters(batch), fullCount(at: now), "poll at +\(now.timeIntervalSince(start)) s")
            checked += 1
        }
        XCTAssertEqual(checked, steps.count)
    }

    func testAPollRepeatedFromAnOlderCursorStillCountsTheWholeDay() {
        let sim = simulator()
        let morning = start + 10 * 3600 // 09:50 the next day
        let first = sim.batch(cursor: nil, now: morning)
        let second = sim.batch(cursor: first.cursor, now: morning + 60)
        // An older cursor and an earlier time than the last poll: the carried counters do not apply.
        let retried = sim.batch(cursor: first.cursor, now: morning + 30)
        XCTAssertEqual(counters(retried), fullCount(at: morning + 30))
        let next = sim.batch(cursor: second.cursor, now: morning + 120)
        XCTAssertEqual(counters(next), fullCount(at: morning + 120))
        XCTAssertGreaterThan(counters(next)[0], 0, "a working morning has dossiers to count")
    }

    /// The table behind the carried counters: what a poll adds and when it must count again.
    func testAdvancingCountsOnlyTheSameDayForward() {
        let day = LocalClock.day(start)
        let counted = TodayArrivals(day: day, through: start, dossiers: 3, feedback: 2)
        XCTAssertEqual(counted.advanced(to: start + 1, adding: []), TodayArrivals(day: day, through: start + 1, dossiers: 3, feedback: 2))
        XCTAssertNil(counted.advanced(to: start - 1, adding: []), "an earlier time is counted again")
        XCTAssertNil(counted.advanced(to: start + 3600, adding: []), "another day is counted again")
    }
}
