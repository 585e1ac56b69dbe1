import Foundation
import GRDB
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// Daily rollups: a day of a series once its hours are rolled up, kept when the hours are pruned.
extension CityStoreTests {
    /// A policy with short windows, so a few weeks of values cross every one of them.
    static let shortWindows = RetentionPolicy(rawRetention: 2 * F.day, hourlyRetention: 5 * F.day,
                                              dailyRetention: 20 * F.day, eventRetention: 20 * F.day)

    func testADayIsRolledUpFromAllItsHoursAndComputedAgainAsItsHoursArrive() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        // Vietnam midnight three days before t0 (t0 is 07:00 in Vietnam), then a value every 20 minutes for 30 hours:
        // hour h holds 3 values, 3h, 3h+1, 3h+2 (mean 3h+1).
        let midnight = VietnamTime.startOfDay(F.t0) - 3 * F.day
        let values = (0..<90).map { Observation(seriesKey: "aqi.x", time: midnight + Double($0) * 1200, value: Double($0)) }
        try store.ingestObservations(values, sourceID: "sim")
        // First pass: the raw window ends 12 h into the day, so only its first 12 hours are rolled up.
        let policy = RetentionPolicy(rawRetention: 2 * F.day, hourlyRetention: 10 * F.day, dailyRetention: 20 * F.day,
                                     eventRetention: 20 * F.day)
        let firstNow = midnight + 12 * F.hour + 2 * F.day
        let first = try store.rollupAndPrune(now: firstNow, policy: policy)
        XCTAssertEqual(first.rolledUp, 12)
        XCTAssertEqual(first.daysRolledUp, 1)
        var day = try XCTUnwrap(store.dailyRollups(key: "aqi.x", since: midnight - F.day, now: F.t0).first)
        XCTAssertEqual(day.hours, 12)
        XCTAssertEqual(day.count, 36)
        XCTAssertEqual(day.minimum, 0); XCTAssertEqual(day.maximum, 35)
        XCTAssertEqual(day.average, 17.5, accuracy: 1e-9)

        // Later: the whole day and 6 hours of the next are old. The day is computed again from its 24 hours; a late
        // value for its first hour (already rolled up) is merged into that hour and so into the day.
        try store.ingestObservations([Observation(seriesKey: "aqi.x", time: midnight + 600, value: 100)], sourceID: "sim")
        let second = try store.rollupAndPrune(now: midnight + 30 * F.hour + 2 * F.day, policy: policy)
        XCTAssertEqual(second.rolledUp, 19, "hour 0 merged, hours 12…29 new")
        XCTAssertEqual(second.daysRolledUp, 2)
        let days = try store.dailyRollups(key: "aqi.x", since: midnight - F.day, now: F.t0)
        XCTAssertEqual(days.map(\.dayStart), [midnight, midnight + F.day])
        day = days[0]
        XCTAssertEqual(day.hours, 24)
        XCTAssertEqual(day.count, 73)
        XCTAssertEqual(day.minimum, 0); XCTAssertEqual(day.maximum, 100)
        let raw = (0..<72).map(Double.init) + [100]
        XCTAssertEqual(day.average, raw.reduce(0, +) / 73, accuracy: 1e-9)
        // The mean of hourly means: hour 0 holds 0, 1, 2 and 100; hour h > 0 holds 3h, 3h+1, 3h+2.
        let hourMeans = [103.0 / 4] + (1..<24).map { Double(3 * $0 + 1) }
        XCTAssertEqual(day.meanOfHours, hourMeans.reduce(0, +) / 24, accuracy: 1e-9)
        XCTAssertEqual(days[1].hours, 6)
        XCTAssertEqual(try store.rollupAndPrune(now: midnight + 30 * F.hour + 2 * F.day, policy: policy), PruneReport(),
                       "idempotent")
    }

    func testPrunedHoursLeaveTheirDaysWhichTheSeriesReadAndTheAirQualityReportUse() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.recordSuccess(sourceID: "sim", batch: Batch(seriesDefinitions: [
            F.series("aqi.station.a", pillar: .publicOrder, name: "Trạm A", unit: "VN_AQI"),
        ]), at: F.t0 - 20 * F.day, durationMs: 1)
        // 12 days of hourly readings with a known daily pattern, ending at the Vietnam midnight before t0.
        let end = VietnamTime.startOfDay(F.t0)
        let start = end - 12 * F.day
        let readings = stride(from: start, to: end, by: F.hour).map {
            Observation(seriesKey: "aqi.station.a", time: $0, value: 40 + 10 * VietnamTime.hourOfDay($0).rounded(.down))
        }
        try store.ingestObservations(readings, sourceID: "sim")
        func airQuality() throws -> [AirQualityReport.Day] {
            try store.database.read { db in try CityStore.airQuality(db, start, end) }.first?.days ?? []
        }
        // Before any rollup, and after: raw, then hours, then days for the first 12 − 5 − 1 days.
        let fromRaw = try airQuality()
        XCTAssertEqual(fromRaw.count, 12)
        XCTAssertEqual(fromRaw.compactMap(\.aqi), Array(repeating: 155, count: 12), "the mean of 40…270 by 10")
        let report = try store.rollupAndPrune(now: F.t0, policy: Self.shortWindows)
        XCTAssertGreaterThan(report.deletedRollups, 0)
        XCTAssertEqual(try store.observationCount(), 2 * 24 - 7, "the last two days less the 7 hours after midnight UTC+7")
        XCTAssertEqual(try airQuality(), fromRaw, "the same days from daily rollups, hourly rollups and raw readings")

        // The series read: a point per pruned day (its mean), then hours, then raw values, in time order, no day twice.
        let series = try store.series(key: "aqi.station.a", since: start, now: F.t0)
        XCTAssertEqual(series.map(\.time), series.map(\.time).sorted())
        let daily = series.filter { VietnamTime.startOfDay($0.time) == $0.time && $0.value == 155 }
        XCTAssertGreaterThanOrEqual(daily.count, 6)
        let firstHourly = try XCTUnwrap(store.hourlyRollups(key: "aqi.station.a", since: start, now: F.t0).first)
        XCTAssertTrue(series.filter { $0.time < firstHourly.hourStart }.allSatisfy { $0.value == 155 },
                      "before the first kept hour, only day means")
    }

    func testALateValueOlderThanTheHourlyWindowIsAddedToItsDay() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let old = VietnamTime.startOfDay(F.t0) - 10 * F.day + 3 * F.hour
        try store.ingestObservations([Observation(seriesKey: "x", time: old, value: 10)], sourceID: "sim")
        _ = try store.rollupAndPrune(now: F.t0, policy: Self.shortWindows)
        XCTAssertEqual(try store.hourlyRollups(key: "x", since: old - F.day, now: F.t0), [], "the hour is pruned")
        try store.ingestObservations([Observation(seriesKey: "x", time: old + 2 * F.hour, value: 30)], sourceID: "sim")
        let report = try store.rollupAndPrune(now: F.t0, policy: Self.shortWindows)
        XCTAssertEqual(report.daysRolledUp, 1)
        let day = try XCTUnwrap(store.dailyRollups(key: "x", since: old - F.day, now: F.t0).first)
        XCTAssertEqual(day.count, 2)
        XCTAssertEqual(day.hours, 2)
        XCTAssertEqual(day.average, 20)
        XCTAssertEqual(day.meanOfHours, 20)
        XCTAssertEqual(day.minimum, 10); XCTAssertEqual(day.maximum, 30)
    }

    func testTheSQLiteMigrationBuildsDaysFromTheHoursAlreadyKept() throws {
        let temp = temporaryDatabase()
        try FileManager.default.createDirectory(atPath: temp.folder, withIntermediateDirectories: true)
        let midnight = VietnamTime.startOfDay(F.t0) - 30 * F.day
        do {
            let queue = try DatabaseQueue(path: temp.path)
            try StoreSchema.migrator.migrate(queue, upTo: "v13-source-day")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO series (id, key, pillar, name, name_en, unit, direction) VALUES (1, 'x', 'socio_economic', 'X', 'X', '', 'neutral')")
                for h in 0..<26 {
                    try db.execute(sql: """
                        INSERT INTO observation_hourly (series_id, hour_ms, min_value, max_value, sum_value, count)
                        VALUES (1, ?, ?, ?, ?, 2)
                        """, arguments: [(midnight + Double(h) * F.hour).unixMillis, Double(h), Double(h) + 1, 2 * Double(h) + 1])
                }
            }
        }
        let store = try temp.openStore()
        let days = try store.dailyRollups(key: "x", since: midnight - F.day, now: F.t0)
        XCTAssertEqual(days.map(\.dayStart), [midnight, midnight + F.day])
        XCTAssertEqual(days.map(\.hours), [24, 2])
        XCTAssertEqual(days.map(\.count), [48, 4])
        XCTAssertEqual(days[0].meanOfHours, (0..<24).map { Double($0) + 0.5 }.reduce(0, +) / 24, accuracy: 1e-9)
        XCTAssertEqual(days[1].minimum, 24); XCTAssertEqual(days[1].maximum, 26)
    }
}

/// Days kept only as daily rollups, written again by a second backfill, and text a PostgreSQL column refuses.
extension CityStoreTests {
    func testASecondBackfillOfAPrunedDayDoesNotCountItTwice() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let day = VietnamTime.startOfDay(F.t0) - 10 * F.day
        let batch = Batch(observations: (0..<24).map { Observation(seriesKey: "aqi.b", time: day + Double($0) * F.hour, value: 10) })
        try store.recordHistory(sourceID: "sim", batch: batch, day: day, polls: 24)
        _ = try store.rollupAndPrune(now: F.t0, policy: Self.shortWindows)
        let first = try XCTUnwrap(store.dailyRollups(key: "aqi.b", since: day - F.day, now: F.t0).first)
        XCTAssertEqual(first.count, 24)
        XCTAssertEqual(try store.hourlyRollups(key: "aqi.b", since: day - F.day, now: F.t0), [], "the hours are pruned")
        try store.recordHistory(sourceID: "sim", batch: batch, day: day, polls: 24)
        _ = try store.rollupAndPrune(now: F.t0, policy: Self.shortWindows)
        XCTAssertEqual(try store.dailyRollups(key: "aqi.b", since: day - F.day, now: F.t0), [first], "the day as it was")
    }

    func testANulInTextIsNeitherAFailedWriteNorACutRead() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        var event = F.event(.incident, "nul", status: .open, openedAgo: F.hour)
        event.title = "Ngập\u{0} Lạch Tray"
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: [event]), at: F.t0, durationMs: 1)
        let stored = try XCTUnwrap(store.events(kind: .incident, agencyCode: nil, openOnly: false, limit: 5, now: F.t0).first)
        // Written on both engines (PostgreSQL refuses a NUL in text: it gets the title without it).
        XCTAssertTrue(stored.event.title.hasPrefix("Ngập"), stored.event.title)
        if store.engine == .postgres { XCTAssertEqual(stored.event.title, "Ngập Lạch Tray") }
        // Read in place (the hot loops' way) a text with a NUL comes back whole, not cut at the NUL.
        let read = try store.database.read { db -> String? in
            var text: String?
            try db.step(sql: "SELECT ? AS t", arguments: ["a\u{0}b"]) { text = $0.text(0) }
            return text
        }
        XCTAssertEqual(read?.count, store.engine == .postgres ? 2 : 3)
    }
}
