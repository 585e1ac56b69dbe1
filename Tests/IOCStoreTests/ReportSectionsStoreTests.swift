import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// The report's sections beyond alarms, dossiers and feedback per agency, from a seeded cache, each checked against
/// figures computed here — from the raw rows with SQL, or from the values the seed wrote before the store rolled
/// them up — never through the report's code: sources, shifts and the logbook, indicators against plan, feedback by
/// ward, incidents by type and ward, VN_AQI days per station, directives.
final class ReportSectionsStoreTests: XCTestCase {
    private let october = try! ReportPeriod(.month, of: "2026-10")
    private func ms(_ d: Date) -> Int64 { Int64((d.timeIntervalSince1970 * 1000).rounded()) }

    private struct Seed {
        var temp: TemporaryDatabase
        var store: CityStore
        /// Every AQI reading written: station key → (time, value).
        var readings: [String: [(Date, Double)]] = [:]
        /// Polls written per day (Vietnam midnight): (polls, failures, records, any success).
        /// The indicator's monthly figures written (rolled up by the store since).
        var revenue: [(Date, Double)] = []
    }

    private func seeded() throws -> Seed {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        var seed = Seed(temp: temp, store: try temp.openStore())
        let store = seed.store
        var random = SystemRandomNumberGenerator()
        let start = october.previous.start, end = october.end.addingTimeInterval(3 * 86_400)
        let wards = ["W1", "W2", "W3", "W4", "W5"]
        let categories = ["traffic_accident", "fire", "flooding", "congestion"]
        var events: [CityEvent] = []
        for i in 0..<500 {
            let opened = start.addingTimeInterval(Double.random(in: -5 * 86_400...(end.timeIntervalSince(start)), using: &random))
            let closed = Int.random(in: 0...4, using: &random) == 0 ? nil : opened.addingTimeInterval(Double.random(in: 600...3 * 86_400, using: &random))
            events.append(CityEvent(kind: .incident, externalID: "SC-\(i)", title: "Sự cố \(i)", status: closed == nil ? .open : .closed,
                                    category: categories[i % 4], wardCode: i % 11 == 0 ? nil : wards[i % 5], openedAt: opened,
                                    closedAt: closed, updatedAt: closed ?? opened))
        }
        let steps: [EventStatus] = [.new, .routed, .inProgress, .resolved, .rated, .cancelled]
        for i in 0..<400 {
            let opened = start.addingTimeInterval(Double.random(in: 0...(end.timeIntervalSince(start)), using: &random))
            let status = steps[Int.random(in: 0..<steps.count, using: &random)]
            let closed = status.isOpen ? nil : opened.addingTimeInterval(Double.random(in: 600...10 * 86_400, using: &random))
            events.append(CityEvent(kind: .feedback, externalID: "PA-\(i)", title: "Phản ánh \(i)", status: status,
                                    agencyCode: "SXD", wardCode: wards[(i * 7) % 5], openedAt: opened,
                                    dueAt: opened.addingTimeInterval(Double.random(in: 2...9, using: &random) * 86_400),
                                    closedAt: closed, updatedAt: closed ?? opened))
        }
        for i in 0..<120 {
            let opened = start.addingTimeInterval(Double.random(in: -30 * 86_400...(end.timeIntervalSince(start)), using: &random))
            let closed = Bool.random(using: &random) ? opened.addingTimeInterval(Double.random(in: 86_400...30 * 86_400, using: &random)) : nil
            events.append(CityEvent(kind: .directive, externalID: "CD-\(i)", title: "Chỉ đạo \(i)", status: closed == nil ? .open : .done,
                                    agencyCode: ["SXD", "STP"][i % 2], openedAt: opened,
                                    dueAt: opened.addingTimeInterval(Double.random(in: 3...20, using: &random) * 86_400),
                                    closedAt: closed, updatedAt: closed ?? opened))
        }
        // Two stations and a socio-economic indicator with a plan.
        let definitions = [
            SeriesDefinition(key: "aqi.a", pillar: .publicOrder, name: "VN_AQI – Trạm A", nameEN: "VN_AQI – Station A", unit: "VN_AQI"),
            SeriesDefinition(key: "aqi.b", pillar: .publicOrder, name: "VN_AQI – Trạm B", nameEN: "VN_AQI – Station B", unit: "VN_AQI"),
            SeriesDefinition(key: "kt.revenue", pillar: .socioEconomic, name: "Thu ngân sách", nameEN: "Budget revenue", unit: "tỷ đồng",
                             target: 1_000, direction: .higherIsBetter),
        ]
        var observations: [Observation] = []
        for key in ["aqi.a", "aqi.b"] {
            var t = start
            var level = Double.random(in: 30...120, using: &random)
            while t < end {
                // Some hours without a reading; some days with few.
                let hour = VietnamTime.components(t).hour
                let sparseDay = VietnamTime.components(t).day % 9 == 0
                if !(sparseDay && hour % 3 != 0) && Int.random(in: 0...15, using: &random) != 0 {
                    level = min(400, max(5, level + Double.random(in: -15...15, using: &random)))
                    observations.append(Observation(seriesKey: key, time: t, value: level))
                    seed.readings[key, default: []].append((t, level))
                }
                t = t.addingTimeInterval(20 * 60)
            }
        }
        var month = october.previous.previous.start
        for i in 0..<4 {
            observations.append(Observation(seriesKey: "kt.revenue", time: month.addingTimeInterval(86_400), value: 200 + Double(i) * 250))
            seed.revenue.append((month.addingTimeInterval(86_400), 200 + Double(i) * 250))
            month = month.addingTimeInterval(31 * 86_400)
        }
        try store.recordSuccess(sourceID: "dvc", batch: Batch(seriesDefinitions: definitions, observations: observations, events: events,
                                                              wards: wards.map { Ward(code: $0, name: "Phường \($0)", type: "phường", provinceCode: "31") }),
                                at: start.addingTimeInterval(-86_400), durationMs: 1)
        // Raw readings before 21 October rolled up per hour: the report reads both.
        _ = try store.rollupAndPrune(now: october.start.addingTimeInterval(27 * 86_400), policy: .standard)
        return seed
    }

    func testIncidentsByTypeAndWardMatchTheRawRows() throws {
        let seed = try seeded()
        let figures = try seed.store.reportFigures(period: october, now: october.end)
        let s = ms(october.start), e = ms(october.end), ps = ms(october.previous.start)
        let rows = try seed.store.database.read { db in
            try db.fetchAll(sql: """
                SELECT category, COUNT(CASE WHEN opened_ms >= ?1 AND opened_ms < ?2 THEN 1 END), COUNT(CASE WHEN opened_ms >= ?3 AND opened_ms < ?1 THEN 1 END),
                       COUNT(CASE WHEN closed_ms >= ?1 AND closed_ms < ?2 AND opened_ms < ?2 THEN 1 END),
                       COUNT(CASE WHEN opened_ms < ?2 AND (closed_ms IS NULL OR closed_ms >= ?2) THEN 1 END)
                FROM event WHERE kind = 'incident' GROUP BY category
                """, arguments: [s, e, ps])
        }
        XCTAssertEqual(figures.incidents.byType.count, 4)
        for row in rows {
            let t = try XCTUnwrap(figures.incidents.byType.first { $0.category == row[0] as String })
            XCTAssertGreaterThan(row[1] as Int, 10)
            XCTAssertEqual([t.reported, t.previous, t.closed, t.openAtEnd], [row[1], row[2], row[3], row[4]] as [Int], row[0] as String)
        }
        let byWard = try seed.store.database.read { db in
            try db.fetchAll(sql: """
                SELECT COALESCE(ward_code, ''), COUNT(CASE WHEN opened_ms >= ?1 AND opened_ms < ?2 THEN 1 END), COUNT(CASE WHEN opened_ms >= ?3 AND opened_ms < ?1 THEN 1 END),
                       COUNT(CASE WHEN opened_ms >= ?1 AND opened_ms < ?2 AND category = 'fire' THEN 1 END)
                FROM event WHERE kind = 'incident' GROUP BY 1
                """, arguments: [s, e, ps])
        }
        XCTAssertEqual(figures.incidents.byWard.count, byWard.count)
        for row in byWard {
            let w = try XCTUnwrap(figures.incidents.byWard.first { $0.wardCode == row[0] as String })
            XCTAssertEqual([w.reported, w.previous, w.byCategory["fire"] ?? 0], [row[1], row[2], row[3]] as [Int])
        }
        XCTAssertEqual(figures.incidents.byWard.first { $0.wardCode == "W2" }?.wardName, "Phường W2")
        let counts = figures.incidents.byWard.map(\.reported)
        XCTAssertEqual(counts, counts.sorted(by: >), "most reported first")
    }

    func testFeedbackByWardMatchesTheRawRows() throws {
        let seed = try seeded()
        let figures = try seed.store.reportFigures(period: october, now: october.end)
        let rows = try seed.store.database.read { db in
            try db.fetchAll(sql: """
                SELECT ward_code, COUNT(CASE WHEN opened_ms >= ?1 THEN 1 END),
                       COUNT(CASE WHEN closed_ms IS NOT NULL AND closed_ms < ?2 AND status IN ('resolved', 'rated') THEN 1 END),
                       COUNT(CASE WHEN closed_ms IS NULL OR closed_ms >= ?2 THEN 1 END),
                       COUNT(CASE WHEN (closed_ms IS NULL OR closed_ms >= ?2) AND due_ms < ?2 THEN 1 END)
                FROM event WHERE kind = 'feedback' AND opened_ms < ?2 AND (closed_ms IS NULL OR closed_ms >= ?1)
                GROUP BY ward_code
                """, arguments: [ms(october.start), ms(october.end)])
        }
        XCTAssertEqual(figures.feedbackByWard.count, 5)
        let before = try seed.store.database.read { db in
            try db.fetchAll(sql: "SELECT ward_code, COUNT(*) FROM event WHERE kind = 'feedback' AND opened_ms >= ? AND opened_ms < ? GROUP BY 1",
                             arguments: [ms(october.previous.start), ms(october.start)])
        }
        XCTAssertEqual(before.count, 5)
        for row in before {
            XCTAssertEqual(figures.previousFeedbackByWard[row[0] as String], row[1] as Int, "received before in \(row[0] as String)")
        }
        for row in rows {
            let w = try XCTUnwrap(figures.feedbackByWard.first { $0.wardCode == row[0] as String })
            XCTAssertEqual([w.received, w.resolved, w.inProgress, w.overdue], [row[1], row[2], row[3], row[4]] as [Int], row[0] as String)
        }
    }

    /// Each day's VN_AQI from the readings as the seed wrote them (hour means, then the day's mean of at least 18
    /// hours), computed here, against the report's days by band — half the month read from hourly rollups.
    func testAirQualityDaysPerBandFromTheReadingsWritten() throws {
        let seed = try seeded()
        let figures = try seed.store.reportFigures(period: october, now: october.end)
        XCTAssertEqual(figures.airQuality.map(\.key), ["aqi.a", "aqi.b"])
        let bounds: [(Double, String)] = [(50.5, "good"), (100.5, "moderate"), (150.5, "poor"), (200.5, "bad"), (300.5, "very_bad"), (.infinity, "hazardous")]
        for station in figures.airQuality {
            var hours: [Int64: [Double]] = [:]
            for (t, v) in seed.readings[station.key] ?? [] where t >= october.start && t < october.end {
                hours[ms(t) / 3_600_000, default: []].append(v)
            }
            var days: [Int64: [Double]] = [:]
            for (hour, values) in hours {
                days[(hour * 3_600_000 + 7 * 3_600_000) / 86_400_000, default: []].append(values.reduce(0, +) / Double(values.count))
            }
            var expected: [String: Int] = [:]
            var missing = 31
            for (_, means) in days where means.count >= 18 {
                let aqi = means.reduce(0, +) / Double(means.count)
                expected[bounds.first { aqi < $0.0 }!.1, default: 0] += 1
                missing -= 1
            }
            XCTAssertEqual(station.days.count, 31)
            XCTAssertEqual(station.daysWithoutData, missing, station.key)
            XCTAssertGreaterThan(missing, 0, "the seed leaves some days without enough hours")
            for (i, band) in AQICategory.allCases.enumerated() {
                XCTAssertEqual(station.days(in: band), expected[bounds[i].1] ?? 0, "\(station.key) \(bounds[i].1)")
            }
        }
    }

    func testIndicatorsAgainstPlanFromTheRawRows() throws {
        let seed = try seeded()
        let figures = try seed.store.reportFigures(period: october, now: october.end)
        let revenue = try XCTUnwrap(figures.indicators.first { $0.key == "kt.revenue" })
        // As written (the store has rolled them up into hours since): the last figure in each period.
        let latest = seed.revenue.last { $0.0 >= october.start && $0.0 < october.end }?.1
        let previous = seed.revenue.last { $0.0 >= october.previous.start && $0.0 < october.previous.end }?.1
        XCTAssertEqual([latest, previous], [700, 450], "the seed has a figure in each")
        XCTAssertEqual(revenue.latest?.value, latest)
        XCTAssertEqual(revenue.previous?.value, previous)
        XCTAssertEqual(revenue.plan, 1_000)
        XCTAssertEqual(try XCTUnwrap(revenue.percentOfPlan), try XCTUnwrap(latest) / 10, accuracy: 1e-9)
        XCTAssertEqual(revenue.trend.map(\.value), [200, 450, 700, 950].filter { $0 <= latest! }, "month by month to the period's end")
        XCTAssertTrue(figures.indicators.allSatisfy { $0.key.hasPrefix("kt.") }, "only socio-economic series")
    }

    func testDirectivesByTheOnTimeRuleFromTheRawRows() throws {
        let seed = try seeded()
        let figures = try seed.store.reportFigures(period: october, now: october.end)
        let s = ms(october.start), e = ms(october.end)
        let rows = try seed.store.database.read { db in
            try db.fetchAll(sql: """
                SELECT agency_code, COUNT(*), COUNT(CASE WHEN closed_ms >= ?1 AND closed_ms < ?2 AND closed_ms > due_ms THEN 1 END),
                       COUNT(CASE WHEN closed_ms IS NULL OR closed_ms >= ?2 THEN 1 END), COUNT(CASE WHEN (closed_ms IS NULL OR closed_ms >= ?2) AND due_ms < ?2 THEN 1 END)
                FROM event WHERE kind = 'directive' AND opened_ms < ?2 AND (closed_ms IS NULL OR closed_ms >= ?1) GROUP BY agency_code
                """, arguments: [s, e])
        }
        XCTAssertEqual(figures.directives.count, 2)
        for row in rows {
            let a = try XCTUnwrap(figures.directives.first { $0.agencyCode == row[0] as String })
            XCTAssertEqual([a.workload, a.doneLate, a.inProgress, a.lateInProgress], [row[1], row[2], row[3], row[4]] as [Int])
        }
        let hidden = try seed.store.reportFigures(period: october, scope: AccessScope(restricted: [.directives], granted: []), now: october.end)
        XCTAssertEqual(hidden.directives, [], "a reader without the directives domain")
        XCTAssertFalse(hidden.incidents.byType.isEmpty, "another domain still shown")
    }

    /// Polls on chosen days, some failing: each source's polls, failures, records and days with data, as written.
    func testSourcesAvailabilityPerDayAsPolled() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        var expected = (polls: 0, failures: 0, records: 0, days: Set<Int>())
        for day in [0, 1, 1, 5, 5, 5, 30, 31] {
            let at = october.start.addingTimeInterval(Double(day) * 86_400 + 3_600)
            let fail = day == 5
            if fail {
                try store.recordFailure(sourceID: "cams", error: "timeout", at: at, durationMs: 5)
            } else {
                // The first poll of day 30 left a record out.
                var batch = Batch(observations: [Observation(seriesKey: "x", time: at, value: 1)])
                if day == 30 { batch.rejected = "1 of 2 records rejected; record 1: field 'value' holds text" }
                try store.recordSuccess(sourceID: "cams", batch: batch, at: at, durationMs: 5)
            }
            guard day < 31 else { continue }
            expected.polls += 1
            if fail { expected.failures += 1 } else { expected.records += 1; expected.days.insert(day) }
        }
        let figures = try store.reportFigures(period: october, now: october.end.addingTimeInterval(86_400 * 2))
        let cams = try XCTUnwrap(figures.sources.first { $0.id == "cams" })
        XCTAssertEqual([cams.polls, cams.failures, cams.records, cams.daysWithData, cams.days],
                       [expected.polls, expected.failures, expected.records, expected.days.count, 31])
        XCTAssertEqual(try XCTUnwrap(cams.availability), Double(expected.polls - expected.failures) / Double(expected.polls) * 100, accuracy: 1e-9)
        XCTAssertEqual(cams.statusNow, "ok", "its last poll, on 1 November, succeeded")
        XCTAssertEqual(cams.leftOut, 1)
        XCTAssertEqual(try XCTUnwrap(cams.clean), Double(expected.polls - expected.failures - 1) / Double(expected.polls - expected.failures) * 100,
                       accuracy: 1e-9)
    }

    /// A poll that started before midnight and is recorded after a poll of the new day counts in the new day; the
    /// day before keeps its counts (they were reset to one, and the day's history with them).
    func testALatePollNeverTurnsTheDayBack() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let day1 = october.start.addingTimeInterval(86_400), day2 = day1.addingTimeInterval(86_400)
        for i in 0..<5 { try store.recordSuccess(sourceID: "s", batch: Batch(), at: day1.addingTimeInterval(Double(i) * 3_600), durationMs: 1) }
        try store.recordFailure(sourceID: "s", error: "busy", at: day2.addingTimeInterval(1), durationMs: 1)
        try store.recordSuccess(sourceID: "s", batch: Batch(), at: day2.addingTimeInterval(-10), durationMs: 9_000)
        try store.recordSuccess(sourceID: "s", batch: Batch(), at: day2.addingTimeInterval(60), durationMs: 1)
        let days = try store.database.read { db in
            try db.fetchAll(sql: "SELECT day_ms, polls, failures FROM source_day WHERE source_id = 's' ORDER BY day_ms")
                .map { [$0[0] as Int64, $0[1] as Int64, $0[2] as Int64] }
        }
        XCTAssertEqual(days, [[ms(day1), 5, 0], [ms(day2), 3, 1]])
    }

    func testShiftsHandoversAndTheLogbook() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        let names = ["An", "Bình", "Chi"]
        var t = october.start.addingTimeInterval(-2 * 86_400)
        _ = try store.signOn(Actor(name: names[0], role: .supervisor), at: t)
        var expected = (started: 0, accepted: 0, reserved: 0, entries: [LogCategory: Int](), minutes: [Double]())
        var n = 0
        while t < october.end.addingTimeInterval(2 * 86_400) {
            let outgoing = Actor(name: names[n % 3], role: .supervisor), incoming = Actor(name: names[(n + 1) % 3], role: .supervisor)
            let category = LogCategory.allCases[n % LogCategory.allCases.count]
            _ = try store.appendLogEntry(LogEntryDraft(author: outgoing, category: category, text: "Ghi chép \(n)", writtenAt: t.addingTimeInterval(3_600)))
            let startAt = t.addingTimeInterval(8 * 3_600)
            let record = try store.startHandover(by: outgoing, status: .normal, narrative: "Bàn giao \(n)", at: startAt)
            let acceptAt = startAt.addingTimeInterval(Double(5 + n % 20) * 60)
            _ = try store.acceptHandover(id: record.id, by: incoming, reservations: n % 4 == 0 ? "Còn việc" : nil, at: acceptAt)
            let inOctober = { (d: Date) in d >= self.october.start && d < self.october.end }
            if inOctober(t.addingTimeInterval(3_600)) { expected.entries[category, default: 0] += 1 }
            if inOctober(startAt) { expected.started += 1 }
            if inOctober(acceptAt) {
                if n % 4 == 0 { expected.reserved += 1 } else { expected.accepted += 1 }
                expected.minutes.append(acceptAt.timeIntervalSince(startAt) / 60)
            }
            t = t.addingTimeInterval(8 * 3_600)
            n += 1
        }
        let shifts = try store.reportFigures(period: october, now: october.end).shifts
        XCTAssertEqual([shifts.handoversStarted, shifts.accepted, shifts.acceptedWithReservations, shifts.waitingAtEnd],
                       [expected.started, expected.accepted, expected.reserved, 0])
        XCTAssertEqual(shifts.entriesByCategory, expected.entries)
        let sorted = expected.minutes.sorted()
        XCTAssertEqual(try XCTUnwrap(shifts.medianMinutesToAccept), sorted[(sorted.count + 1) / 2 - 1], accuracy: 1e-6)
        XCTAssertEqual(shifts.dutyChanges, expected.accepted + expected.reserved, "each acceptance hands the duty over")
    }
}
