import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// `CityStore.ruleInputs` against a hand-made store.
final class RuleInputsTests: XCTestCase {
    private typealias F = CityFixture
    private let week: TimeInterval = 7 * 86400

    func testRuleInputsHoldWindowsBaselinesDeadlinesAndSources() throws {
        let temp = TemporaryDatabase()
        let store = try temp.openStore()
        // t0 is Thursday 07:00 UTC+7; now is 07:30.
        let now = F.t0 + 1800
        var aqi = F.series("aqi.hk", pillar: .publicOrder, name: "VN_AQI – Hoàn Kiếm", unit: "VN_AQI")
        aqi.agencyCode = "STNMT"
        aqi.wardCode = "00070"
        let old = F.series("kt.old", pillar: .socioEconomic)
        var observations: [Observation] = []
        // The same hour in each of the past three weeks, averaging 110, 120, 130.
        for back in 1...3 {
            for minute in stride(from: 0, through: 50, by: 10) {
                observations.append(Observation(seriesKey: "aqi.hk", time: F.t0 - Double(back) * week + Double(minute) * 60,
                                                value: 100 + 10 * Double(back) + Double(minute - 25) / 5))
            }
        }
        for (offset, value) in [(-50.0, 1.0), (-20, 2), (0, 3), (20, 4), (40, 5)] {
            observations.append(Observation(seriesKey: "aqi.hk", time: F.t0 + offset * 60, value: value))
        }
        observations.append(Observation(seriesKey: "kt.old", time: F.t0 - 30 * F.day, value: 9))
        let events = [
            F.event(.dossier, "due-2h", status: .inProgress, now: now, openedAgo: F.day, due: 2 * F.hour),
            F.event(.dossier, "due-30h", status: .inProgress, now: now, openedAgo: F.day, due: 30 * F.hour),
            F.event(.dossier, "late", status: .received, agency: "STNMT", now: now, openedAgo: 9 * F.day, due: -F.day),
            F.event(.dossier, "closed-late", status: .done, now: now, openedAgo: 9 * F.day, due: -F.day, closed: -F.hour),
            F.event(.dossier, "no-due", status: .inProgress, now: now, openedAgo: F.day),
            F.event(.feedback, "fb-1h", status: .routed, ward: "00004", now: now, openedAgo: F.day, due: F.hour),
            F.event(.directive, "cd-late", status: .open, now: now, openedAgo: 60 * F.day, due: -3 * F.day),
            F.event(.incident, "inc", status: .open, now: now, openedAgo: F.hour, due: F.hour),
        ]
        try store.registerSource(F.source())
        try store.recordSuccess(sourceID: "sim", batch: Batch(seriesDefinitions: [aqi, old], observations: observations,
                                                              events: events, agencies: F.agencies, wards: F.wards),
                                at: now, durationMs: 1)
        try store.registerSource(F.source("hp-aqi", name: "Quan trắc", kind: "http-json"))
        for _ in 0..<3 { try store.recordFailure(sourceID: "hp-aqi", error: "HTTP 500", at: now, durationMs: 2) }
        // Weeks 2 and 3 are rolled up (older than 7 days); week 1's hour is still raw.
        let report = try store.rollupAndPrune(now: now, policy: .standard)
        XCTAssertEqual(report.rolledUp, 3, "weeks 2 and 3, and kt.old's single value")

        let inputs = try store.ruleInputs(now: now, window: 3600, warningWindow: 24 * 3600, baselineWeeks: 3)
        XCTAssertEqual(inputs.now, now)
        XCTAssertEqual(inputs.series.map(\.definition.key), ["aqi.hk", "kt.old"])
        let window = inputs.series[0]
        XCTAssertEqual(window.observations.map(\.value), [2, 3, 4], "from now − 1 h to now, oldest first")
        XCTAssertEqual(window.latestAt, F.t0 + 1200)
        XCTAssertEqual(window.sourceID, "sim")
        XCTAssertEqual(window.agencyName, "Sở Tài nguyên và Môi trường")
        XCTAssertEqual(window.wardName, "Phường Hoàn Kiếm")
        XCTAssertEqual(window.definition.unit, "VN_AQI")
        XCTAssertEqual(inputs.series[1].observations, [])
        XCTAssertNil(inputs.series[1].latestAt, "kt.old's only raw value was rolled up")

        let hour = RuleInputs.hourOfWeek(now)
        XCTAssertEqual(hour, 3 * 24 + 7)
        XCTAssertEqual(inputs.baselines["aqi.hk"]?[hour] ?? 0, 120, accuracy: 1e-9)
        XCTAssertEqual(inputs.baselineDeviations["aqi.hk"]?[hour] ?? 0, 10, accuracy: 1e-9)
        XCTAssertEqual(inputs.baselines["aqi.hk"]?.count, 1, "the hour before has no history")
        XCTAssertNil(inputs.baselines["kt.old"])

        XCTAssertEqual(inputs.deadlines.map(\.event.externalID), ["cd-late", "late", "due-2h", "fb-1h"],
                       "open items due within 24 h or late, by kind then due time")
        XCTAssertEqual(inputs.deadlines.first { $0.event.externalID == "late" }?.agencyName,
                       "Sở Tài nguyên và Môi trường")
        XCTAssertEqual(inputs.deadlines.first { $0.event.externalID == "fb-1h" }?.wardName, "Phường Ba Đình")
        XCTAssertEqual(inputs.sources.map(\.sourceID), ["hp-aqi", "sim"])
        XCTAssertEqual(inputs.sources.map(\.status), [.down, .ok])
    }

    /// The due items are kept between cycles: a new or closed item shows at the next read, and so does one that
    /// time brings within the warning window; nothing due beyond the window is ever classified as due.
    func testDueItemsKeptBetweenReadsFollowWritesAndTime() throws {
        let temp = TemporaryDatabase()
        let store = try temp.openStore()
        let now = F.t0
        try store.registerSource(F.source())
        func write(_ events: [CityEvent], at: Date) throws {
            try store.recordSuccess(sourceID: "sim", batch: Batch(events: events, agencies: F.agencies, wards: F.wards),
                                    at: at, durationMs: 1)
        }
        func due(at t: Date) throws -> [String] {
            try store.ruleInputs(now: t, window: 60, warningWindow: 3600).deadlines
                .filter { $0.event.dueAt.map { $0 <= t + 3600 } ?? false }.map(\.event.externalID)
        }
        try write([F.event(.dossier, "a", status: .inProgress, now: now, openedAgo: F.day, due: 30 * 60)], at: now)
        XCTAssertEqual(try due(at: now), ["a"])
        XCTAssertEqual(try due(at: now + 5), ["a"], "kept: nothing was written")
        try write([F.event(.dossier, "b", status: .inProgress, now: now, openedAgo: F.day, due: 20 * 60)], at: now + 6)
        XCTAssertEqual(try due(at: now + 10), ["b", "a"], "a new item shows at the next read")
        try write([F.event(.dossier, "a", status: .done, now: now, openedAgo: F.day, due: 30 * 60, closed: 8)], at: now + 12)
        XCTAssertEqual(try due(at: now + 15), ["b"], "a closed item goes")
        // Due in 1 h 30 min: outside the window now, inside it 40 min later (past the kept list's horizon).
        try write([F.event(.feedback, "c", status: .routed, now: now, openedAgo: F.day, due: 90 * 60)], at: now + 20)
        XCTAssertEqual(try due(at: now + 25), ["b"])
        XCTAssertEqual(try due(at: now + 40 * 60), ["b", "c"], "time brought it within the window")
    }

    func testHourOfWeekStartsOnMondayInVietnam() {
        // 2025-11-17 00:00 UTC+7 was a Monday; one second earlier is Sunday 23:59:59.
        let monday = Date(timeIntervalSince1970: 1_763_312_400)
        XCTAssertEqual(RuleInputs.hourOfWeek(monday), 0)
        XCTAssertEqual(RuleInputs.hourOfWeek(monday - 1), 167)
        XCTAssertEqual(RuleInputs.hourOfWeek(monday + 3599), 0)
        XCTAssertEqual(RuleInputs.hourOfWeek(monday + 3600), 1)
        XCTAssertEqual(RuleInputs.hourOfWeek(monday + 6 * 86400 + 23 * 3600), 167)
        XCTAssertEqual(RuleInputs.hourOfWeek(Date(timeIntervalSince1970: 0)), 3 * 24 + 7, "Thursday 07:00")
    }
}
