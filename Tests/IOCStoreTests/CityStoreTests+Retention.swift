import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Rollups and pruning.
extension CityStoreTests {
    func testRollupAveragesOldHoursDeletesTheirRawRowsAndIsIdempotent() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let now = F.t0 + 30 * 60 // 00:30, so the 7-day cut-off falls mid-hour and is rounded down
        // 10 days of 10-minute values: value = minute index, so each hour's six values are known.
        let start = F.t0 - 10 * F.day
        let total: Int = 10 * 24 * 6 + 3
        let observations: [Observation] = (0..<total).map { (i: Int) -> Observation in
            let time: Date = start.addingTimeInterval(Double(i) * 600)
            return Observation(seriesKey: "aqi.hk", time: time, value: Double(i))
        }
        try store.ingestObservations(observations, sourceID: "sim")
        let policy = RetentionPolicy.standard
        let cutoff = F.t0 - 7 * F.day // rounded down to the hour: exactly 3 days of hours are old
        let oldCount = observations.filter { $0.time < cutoff }.count
        XCTAssertEqual(oldCount, 3 * 24 * 6)

        let first = try store.rollupAndPrune(now: now, policy: policy)
        // 72 hours from 07:00 Vietnam time: the rest of that day (17 h), two whole days, and 7 h of a fourth.
        XCTAssertEqual(first, PruneReport(rolledUp: 72, daysRolledUp: 4, deletedRaw: oldCount, deletedRollups: 0, deletedEvents: 0))
        XCTAssertEqual(try store.observationCount(), observations.count - oldCount)

        let rollups = try store.hourlyRollups(key: "aqi.hk", since: start, now: now)
        XCTAssertEqual(rollups.count, 72)
        for (h, rollup) in rollups.enumerated() {
            let values = (0..<6).map { Double(h * 6 + $0) }
            XCTAssertEqual(rollup.hourStart, start + Double(h) * F.hour)
            XCTAssertEqual(rollup.count, 6)
            XCTAssertEqual(rollup.minimum, values.min())
            XCTAssertEqual(rollup.maximum, values.max())
            XCTAssertEqual(rollup.average, values.reduce(0, +) / 6, accuracy: 1e-9)
        }

        let second = try store.rollupAndPrune(now: now, policy: policy)
        XCTAssertEqual(second, PruneReport())
        XCTAssertEqual(try store.hourlyRollups(key: "aqi.hk", since: start, now: now), rollups)

        // The series read joins rollup averages (oldest) and raw values (newest), in time order.
        let series = try store.series(key: "aqi.hk", since: start, now: now)
        XCTAssertEqual(series.count, 72 + observations.count - oldCount)
        XCTAssertEqual(series.map(\.time), series.map(\.time).sorted())
        XCTAssertEqual(series.first?.value, 2.5)
        XCTAssertEqual(series[72].time, cutoff)
        XCTAssertEqual(series[72].value, Double(oldCount))
        XCTAssertEqual(series.last?.value, Double(observations.count - 1))
        XCTAssertEqual(try store.series(key: "unknown", since: start, now: now), [])
    }

    func testLateValueForARolledUpHourIsMergedIntoItsRollup() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let old = F.t0 - 10 * F.day
        try store.ingestObservations([Observation(seriesKey: "x", time: old, value: 10)], sourceID: "sim")
        XCTAssertEqual(try store.rollupAndPrune(now: F.t0, policy: .standard).rolledUp, 1)
        try store.ingestObservations([Observation(seriesKey: "x", time: old + 60, value: 20)], sourceID: "sim")
        XCTAssertEqual(try store.rollupAndPrune(now: F.t0, policy: .standard).deletedRaw, 1)
        let rollups = try store.hourlyRollups(key: "x", since: old - F.day, now: F.t0)
        XCTAssertEqual(rollups, [HourlyRollup(seriesKey: "x", hourStart: old, minimum: 10, maximum: 20, average: 15,
                                              count: 2)])
    }

    func testOldRollupsAndOldClosedEventsArePrunedButOpenEventsStay() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let long = F.t0 - 1_200 * F.day
        let ancient = F.t0 - 4_000 * F.day
        try store.ingestObservations([Observation(seriesKey: "x", time: ancient, value: 7),
                                      Observation(seriesKey: "x", time: long, value: 1),
                                      Observation(seriesKey: "x", time: F.t0 - 100 * F.day, value: 2)],
                                     sourceID: "sim")
        let events = [
            F.event(.incident, "old-closed", status: .closed, openedAgo: 1_200 * F.day, closed: -1_110 * F.day),
            F.event(.incident, "old-open", status: .open, openedAgo: 1_200 * F.day),
            F.event(.incident, "recent-closed", status: .closed, openedAgo: 20 * F.day, closed: -10 * F.day),
            F.event(.dossier, "closed-no-date", status: .done, openedAgo: 1_200 * F.day,
                    updated: F.t0 - 1_105 * F.day),
        ]
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: events), at: F.t0, durationMs: 1)
        let report = try store.rollupAndPrune(now: F.t0, policy: .standard)
        XCTAssertEqual(report.rolledUp, 3)
        XCTAssertEqual(report.daysRolledUp, 3)
        XCTAssertEqual(report.deletedRaw, 3)
        XCTAssertEqual(report.deletedRollups, 2, "the 1,200- and 4,000-day-old hours are past the 400-day hourly retention")
        XCTAssertEqual(report.deletedDays, 1, "the 4,000-day-old day is past the 10-year daily retention; the 1,200-day-old one stays")
        XCTAssertEqual(report.deletedEvents, 2)
        let left = try store.events(kind: .incident, agencyCode: nil, openOnly: false, limit: 10, now: F.t0)
        XCTAssertEqual(left.map(\.event.externalID), ["old-open", "recent-closed"])
        XCTAssertEqual(try store.rollupAndPrune(now: F.t0, policy: .standard), PruneReport())
        // The 1,200-day-old value is its day's mean now, stamped at that day's midnight in Vietnam.
        let kept = try store.series(key: "x", since: ancient - F.day, now: F.t0)
        XCTAssertEqual(kept.map(\.value), [1, 2])
        XCTAssertEqual(kept.first?.time, VietnamTime.startOfDay(long))
    }

    func testDashboardFallsBackToHourlyAveragesOnceRawValuesArePruned() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let monthly = F.observations("kt.cpi", count: 4, step: 30 * F.day, end: F.t0 - 10 * F.day) { 100 + Double($0) }
        try store.recordSuccess(sourceID: "kt", batch: Batch(
            seriesDefinitions: [F.series("kt.cpi", pillar: .socioEconomic)], observations: monthly),
            at: F.t0, durationMs: 1)
        try store.ingestObservations([Observation(seriesKey: "kt.cpi", time: F.t0, value: 104)], sourceID: "kt")
        _ = try store.rollupAndPrune(now: F.t0, policy: .standard)
        XCTAssertEqual(try store.observationCount(), 1)
        let cpi = try XCTUnwrap(store.dashboard(now: F.t0).socioEconomic.first)
        XCTAssertEqual(cpi.history, [100, 101, 102, 103, 104])
        XCTAssertEqual(cpi.latest, 104)
        XCTAssertEqual(cpi.latestAt, F.t0)
    }
}
