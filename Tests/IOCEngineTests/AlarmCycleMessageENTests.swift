import Foundation
import IOCConfig
import IOCDomain
@testable import IOCEngine
import IOCStore
import IOCTestSupport
import XCTest

/// A raise renders the rule's Vietnamese `message` and English `message_en` from the same values, and the alarm the
/// cycle stores carries both.
final class AlarmCycleMessageENTests: XCTestCase {
    /// 2026-01-01 00:00 UTC.
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)

    static let rulesText = """
        rules:
          aqi_bad:
            kind: threshold
            priority: 3
            series: "aqi.station.*"
            above: 150
            message: "{name}: VN_AQI {value} ({aqi}) vượt ngưỡng {limit}"
            message_en: "{name}: VN_AQI {value} ({aqi}) above {limit}"
          rain_high:
            kind: threshold
            priority: 4
            series: "weather.*"
            above: 10.5
            message: "{name} {value} {unit} vượt {limit}"
        """

    func testARaisedAlarmCarriesBothTextsFromTheSameValues() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.registerSource(SourceHealth(sourceID: "sim", name: "Simulator", kind: "simulator", intervalSeconds: 5))
        let aqi = SeriesDefinition(key: "aqi.station.le_chan", pillar: .publicOrder, name: "Trạm Lê Chân",
                                   nameEN: "Le Chan station", unit: "VN_AQI", direction: .lowerIsBetter)
        let rain = SeriesDefinition(key: "weather.rain", pillar: .publicOrder, name: "Lượng mưa", nameEN: "Rainfall",
                                    unit: "mm", direction: .lowerIsBetter)
        try store.recordSuccess(sourceID: "sim", batch: Batch(
            seriesDefinitions: [aqi, rain],
            observations: [Observation(seriesKey: aqi.key, time: Self.t0, value: 183.5),
                           Observation(seriesKey: rain.key, time: Self.t0, value: 12.4)]),
            at: Self.t0, durationMs: 1)
        let rules = try RulesFile.parse(Self.rulesText, file: "rules.yaml")
        let cycle = try AlarmCycle(rules: rules, recorder: store, now: { Self.t0 })
        let decisions = try cycle.runOnce(at: Self.t0 + 1)
        XCTAssertEqual(decisions.count, 2)

        let alarm = try XCTUnwrap(store.alarm(id: "aqi_bad|aqi.station.le_chan"))
        XCTAssertEqual(alarm.state, .unacknowledged)
        XCTAssertEqual(alarm.message, "Trạm Lê Chân: VN_AQI 183,5 (Xấu) vượt ngưỡng 150")
        XCTAssertEqual(alarm.messageEN, "Le Chan station: VN_AQI 183.5 (Bad) above 150")

        let plain = try XCTUnwrap(store.alarm(id: "rain_high|weather.rain"))
        XCTAssertEqual(plain.message, "Lượng mưa 12,4 mm vượt 10,5")
        XCTAssertNil(plain.messageEN, "a rule without message_en raises an alarm without English text")
        XCTAssertEqual(plain.message(.en), plain.message)
    }

    func testClearsAndLevelRulesRenderEnglishToo() throws {
        func rule(_ id: String, _ kind: AlarmRule.Kind, selector: String, vi: String, en: String,
                  _ parameters: RuleParameters) throws -> AlarmRule {
            AlarmRule(id: id, kind: kind, priority: 3, selector: selector, parameters: parameters,
                      message: try RuleMessage.parse(vi).get(), messageEN: try RuleMessage.parse(en).get())
        }
        let stale = try rule("silent", .stale, selector: "aqi.*", vi: "{name}: không có số liệu mới trong {limit}",
                             en: "{name}: no new data for {limit}", RuleParameters(staleAfter: 5400))
        let evaluator = RuleEvaluator(rules: [stale])
        let definition = SeriesDefinition(key: "aqi.x", pillar: .publicOrder, name: "Trạm X", nameEN: "Station X",
                                          unit: "VN_AQI", direction: .lowerIsBetter)
        let old = Observation(seriesKey: "aqi.x", time: Self.t0, value: 50)
        let raised = evaluator.evaluate(RuleInputs(now: Self.t0 + 7200, series: [
            SeriesWindow(definition: definition, observations: [old], latestAt: Self.t0, sourceID: "sim")]))
        XCTAssertEqual(raised.map(\.message), ["Trạm X: không có số liệu mới trong 1 giờ 30 phút"])
        XCTAssertEqual(raised.map(\.messageEN), ["Station X: no new data for 1 h 30 min"])
        let fresh = Observation(seriesKey: "aqi.x", time: Self.t0 + 7300, value: 50)
        let cleared = evaluator.evaluate(RuleInputs(now: Self.t0 + 7310, series: [
            SeriesWindow(definition: definition, observations: [fresh], latestAt: fresh.time, sourceID: "sim")]))
        XCTAssertEqual(cleared.map(\.active), [false])
        XCTAssertEqual(cleared.map(\.messageEN), ["Back to normal: Station X: no new data for 1 h 30 min"])
    }
}

/// `{agency}` in an English message names the agency in English where the data has its English name.
final class RuleAgencyNameENTests: XCTestCase {
    let t0 = AlarmCycleMessageENTests.t0

    private func item(_ id: String, agency: String, vi: String, en: String, dueIn hours: Double,
                      kind: EventKind = .dossier) -> EventSummary {
        EventSummary(event: CityEvent(kind: kind, externalID: id, title: "Việc \(id)", status: .inProgress,
                                      agencyCode: agency, openedAt: t0 - 86400, dueAt: t0 + hours * 3600, updatedAt: t0),
                     sourceID: "sim", agencyName: vi, agencyNameEN: en)
    }

    func testPerAgencyAndPerItemMessagesNameTheAgencyInEachLanguage() throws {
        let perAgency = AlarmRule(id: "due", kind: .deadline, priority: 4, selector: "dossier",
                                  parameters: RuleParameters(deadline: .dueSoon, warningWindow: 24 * 3600,
                                                             grouping: .agency, minimumCount: 2),
                                  message: try RuleMessage.parse("{agency}: {count} hồ sơ sắp trễ hạn").get(),
                                  messageEN: try RuleMessage.parse("{agency}: {count} dossiers due soon").get())
        let perItem = AlarmRule(id: "late", kind: .deadline, priority: 2, selector: "directive",
                                parameters: RuleParameters(deadline: .overdue, grouping: .item),
                                message: try RuleMessage.parse("Chỉ đạo quá hạn: {title} – {agency}").get(),
                                messageEN: try RuleMessage.parse("Directive overdue: {title} – {agency}").get())
        let items = [
            item("1", agency: "SXD", vi: "Sở Xây dựng", en: "Department of Construction", dueIn: 1),
            item("2", agency: "SXD", vi: "Sở Xây dựng", en: "Department of Construction", dueIn: 2),
            item("3", agency: "STC", vi: "Sở Tài chính", en: "", dueIn: 1),
            item("4", agency: "STC", vi: "Sở Tài chính", en: "", dueIn: 3),
            item("CD-1", agency: "SYT", vi: "Sở Y tế", en: "Department of Health", dueIn: -2, kind: .directive),
        ]
        let raised = RuleEvaluator(rules: [perAgency, perItem]).evaluate(RuleInputs(now: t0, deadlines: items))
        let byID = Dictionary(uniqueKeysWithValues: raised.map { ($0.alarmID, $0) })
        XCTAssertEqual(byID["due|SXD"]?.message, "Sở Xây dựng: 2 hồ sơ sắp trễ hạn")
        XCTAssertEqual(byID["due|SXD"]?.messageEN, "Department of Construction: 2 dossiers due soon")
        XCTAssertEqual(byID["due|STC"]?.messageEN, "Sở Tài chính: 2 dossiers due soon", "no English name: the Vietnamese")
        XCTAssertEqual(byID["late|sim/CD-1"]?.message, "Chỉ đạo quá hạn: Việc CD-1 – Sở Y tế")
        XCTAssertEqual(byID["late|sim/CD-1"]?.messageEN, "Directive overdue: Việc CD-1 – Department of Health")
    }
}
