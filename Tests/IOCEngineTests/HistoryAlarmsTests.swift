import Foundation
import IOCDomain
@testable import IOCEngine
import XCTest

/// The backfill's alarms as a table of (state, reading) → inputs: beyond the limit raises (and the simulated
/// operator acknowledges within 40 minutes), still beyond does nothing, back within clears, within stays quiet; a
/// reading far beyond is high priority; the state carries from one day's readings to the next.
final class HistoryAlarmsTests: XCTestCase {
    private let aqi = SeriesDefinition(key: "aqi.x", pillar: .publicOrder, name: "VN_AQI – X", nameEN: "VN_AQI – X", unit: "VN_AQI",
                                       direction: .lowerIsBetter, warnAbove: 100)
    private let speed = SeriesDefinition(key: "speed.x", pillar: .publicOrder, name: "Tốc độ", nameEN: "Speed", unit: "km/h",
                                         direction: .higherIsBetter, warnBelow: 15)
    private let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    private func names(_ inputs: [(alarmID: String, input: AlarmInput, template: Alarm?)]) -> [String] {
        inputs.map { "\($0.alarmID) \($0.input.name)" }
    }

    func testStateAndReadingToInputs() {
        var alarms = HistoryAlarms(definitions: [aqi, speed], seed: 7)
        let table: [(reading: Observation, expected: [String])] = [
            (Observation(seriesKey: "aqi.x", time: t0, value: 80), []),
            (Observation(seriesKey: "aqi.x", time: t0 + 3600, value: 120), ["backfill|aqi.x conditionRaised", "backfill|aqi.x acknowledge"]),
            (Observation(seriesKey: "aqi.x", time: t0 + 7200, value: 130), []),
            (Observation(seriesKey: "aqi.x", time: t0 + 10800, value: 90), ["backfill|aqi.x conditionCleared"]),
            (Observation(seriesKey: "aqi.x", time: t0 + 14400, value: 95), []),
            (Observation(seriesKey: "speed.x", time: t0, value: 5), ["backfill|speed.x conditionRaised", "backfill|speed.x acknowledge"]),
            (Observation(seriesKey: "speed.x", time: t0 + 3600, value: 30), ["backfill|speed.x conditionCleared"]),
            (Observation(seriesKey: "other", time: t0, value: 1e9), []),
        ]
        for (reading, expected) in table {
            let inputs = alarms.inputs(for: [reading])
            XCTAssertEqual(names(inputs), expected, "\(reading.seriesKey) \(reading.value)")
            if case .conditionRaised(_, _, _, let priority, let at)? = inputs.first?.input {
                XCTAssertEqual(at, reading.time)
                XCTAssertEqual(priority, reading.value < 10 || reading.value > 150 ? .high : .medium)
                let ack = inputs[1].input.at.timeIntervalSince(at)
                XCTAssertTrue((20...2_400).contains(ack), "acknowledged after \(ack) s")
                XCTAssertEqual(inputs.first?.template?.domain, .publicOrder)
            }
        }
    }

    func testTheEndClearsWhatIsStillRaised() {
        var alarms = HistoryAlarms(definitions: [aqi, speed], seed: 7)
        _ = alarms.inputs(for: [Observation(seriesKey: "aqi.x", time: t0, value: 300), Observation(seriesKey: "speed.x", time: t0, value: 30)])
        XCTAssertEqual(names(alarms.finish(at: t0 + 86_400)), ["backfill|aqi.x conditionCleared"])
        XCTAssertEqual(alarms.finish(at: t0 + 86_400).count, 0, "once")
    }

    func testADaysReadingsAreTakenInTimeOrder() {
        var alarms = HistoryAlarms(definitions: [aqi], seed: 7)
        let day = [Observation(seriesKey: "aqi.x", time: t0 + 7200, value: 50), Observation(seriesKey: "aqi.x", time: t0, value: 200)]
        XCTAssertEqual(names(alarms.inputs(for: day)),
                       ["backfill|aqi.x conditionRaised", "backfill|aqi.x acknowledge", "backfill|aqi.x conditionCleared"])
    }
}
