import Foundation
import IOCDomain
import IOCPresentation
import IOCTestSupport
import TUICore
import XCTest
@testable import IOCConsole

/// Projections on the console (issue 18): a projected row's trend is its last two hours and next three, hourly, on one
/// scale; the series screen draws the history, the forecast and its 80 % band on one time axis with the figure read
/// out; the services' panels say where today's intake is heading. Without a projection, nothing changes.
final class ProjectionViewTests: XCTestCase {
    static let now = ConsoleFixture.now  // 18:06:40 UTC+7

    /// A projection whose origin is the start of the step before `now`: mean `base + h`, band ±h/2.
    static func projection(base: Double, steps: Int = 24) -> SeriesProjection {
        let origin = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 900).rounded(.down) * 900 - 900)
        let values = (1...steps).map { (h: Int) -> ProjectedValue in
            let x = Double(h)
            return ProjectedValue(at: origin.addingTimeInterval(x * 900), mean: base + x, lower: base + x / 2, upper: base + 1.5 * x)
        }
        return SeriesProjection(origin: origin, step: 900, level: 0.8, values: values)
    }

    static func dashboard() -> DashboardSnapshot {
        var d = ConsoleFixture.dashboard
        let i = d.publicOrder.firstIndex { $0.definition.key == "aqi.le_chan" }!
        d.publicOrder[i].history = (0..<13).map { 100 + Double($0) * 5 }  // 100 … 160, every 10 minutes
        d.publicOrder[i].historyStep = 600
        d.publicOrder[i].latest = 160
        d.publicOrder[i].projection = projection(base: 160)
        let intake = SeriesDefinition(key: "gov.dossiers_received_today", pillar: .government, name: "Hồ sơ tiếp nhận hôm nay",
                                      nameEN: "Dossiers received today", unit: "hồ sơ")
        d.intake = [KPIReading(definition: intake, latest: 124, latestAt: now, history: [120, 124], sourceID: "simulator",
                               projection: projection(base: 124))]
        d.intake[0].historyStep = 600
        return d
    }

    func model(_ language: Language = .vi, width: Int = 160, height: Int = 48) -> ConsoleModel {
        var m = ConsoleFixture.model(width: width, height: height, language: language)
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(Self.dashboard()))
        return m
    }

    func testAProjectedRowShowsTwoHoursBackAndThreeAheadOnOneScale() throws {
        let r = try XCTUnwrap(Self.dashboard().publicOrder.first { $0.definition.key == "aqi.le_chan" })
        let hourly = try XCTUnwrap(ProjectionText.hourlyValues(r))
        XCTAssertEqual(hourly.past, [100, 130, 160], "two hours back, one hour back, the newest")
        // 18:06 + 1 h = 19:06 falls in the step starting 19:00, the 5th after the 18:00 origin … mean base + h.
        XCTAssertEqual(hourly.ahead, [165, 169, 173])
        XCTAssertEqual(SparkText.render(hourly.past, then: hourly.ahead), "▁▄▇›▇██")
        let text = SnapshotText.render(ConsoleView.render(model(width: 200, height: 60)))
        XCTAssertTrue(text.contains("▁▄▇›▇██"), text)
        var plain = ConsoleFixture.dashboard
        plain.publicOrder = plain.publicOrder.map { var r = $0; r.projection = nil; return r }
        var m = ConsoleFixture.model(width: 200, height: 60)
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(plain))
        XCTAssertFalse(SnapshotText.render(ConsoleView.render(m)).contains("›▇"), "no projection, no forecast part")
    }

    func testAnOutOfDateProjectionIsNotShown() {
        var r = Self.dashboard().publicOrder.first { $0.definition.key == "aqi.le_chan" }!
        r.latestAt = Self.now + 3600
        XCTAssertNil(ProjectionText.value(r), "the series has moved on three steps and more")
        XCTAssertNil(ProjectionText.hourlyValues(r))
        XCTAssertTrue(ProjectionChart.series(r, columns: 40).isEmpty)
        // A projection shorter than the 3 h asked says nothing about 3 h (not its last step instead).
        var short = Self.dashboard().publicOrder.first { $0.definition.key == "aqi.le_chan" }!
        short.projection = Self.projection(base: 160, steps: 4)
        XCTAssertNil(ProjectionText.value(short))
        XCTAssertNotNil(ProjectionText.value(short, ahead: 1800))
    }

    func testTheSeriesScreenDrawsHistoryAndForecastOnOneTimeAxis() throws {
        let r = try XCTUnwrap(Self.dashboard().publicOrder.first { $0.definition.key == "aqi.le_chan" })
        let series = ProjectionChart.series(r, columns: 100)
        XCTAssertEqual(series.count, 4)
        let history = series[2], mean = series[3]
        // History first (2 h of 8 h 8 min), then the forecast: never both in one column.
        XCTAssertTrue(zip(history, mean).allSatisfy { !($0.isFinite && $1.isFinite) })
        let lastHistory = try XCTUnwrap(history.lastIndex { $0.isFinite })
        let firstForecast = try XCTUnwrap(mean.firstIndex { $0.isFinite })
        XCTAssertEqual(lastHistory + 1, firstForecast)
        // 13 values 10 minutes apart (2 h) of a span ending 06:15 after the origin's step (about 8 h 23 min).
        let span: Double = 2 + 24 * 0.25 + (Self.projection(base: 0).origin.timeIntervalSince(Self.now) + 900) / 3600
        XCTAssertEqual(Double(lastHistory), 99 * 2 / span, accuracy: 2)
        XCTAssertEqual(history[0], 100)
        XCTAssertEqual(history[lastHistory], 160)
        XCTAssertTrue(zip(series[0], series[1]).allSatisfy { !$0.isFinite || $0 <= $1 })

        for language in [Language.vi, .en] {
            var m = model(language, width: 100, height: 30)
            m.focusIndex = try XCTUnwrap(m.activePanels.firstIndex { $0.kind == .publicOrder })
            _ = ConsoleUpdate.update(&m, .key(.enter))
            guard case .seriesDetail? = m.screens.last else { return XCTFail("no series detail") }
            let frame = ConsoleView.render(m)
            let text = SnapshotText.render(frame)
            XCTAssertTrue(text.contains(language == .vi ? "Dự báo: ≈173,0 (166,5–179,5) lúc 21:00 · vẽ 6 giờ tới với khoảng 80%"
                                                        : "Forecast: ≈173.0 (166.5–179.5) at 21:00 · the next 6 h drawn with the 80% interval"), text)
            XCTAssertTrue(text.contains(language == .vi ? "▲ bây giờ 18:06" : "▲ now 18:06"), text)
            assertSnapshot(frame, variant: language.rawValue)
        }
    }

    func testTheServicesPanelSaysWhereTodaysIntakeIsHeading() throws {
        let d = Self.dashboard()
        let intake = d.intake[0]
        // The projection reaches 00:00: the day's expected total is its last step before midnight (23:45, h = 24).
        XCTAssertEqual(ProjectionText.dayTotal(intake, .vi), "Hôm nay 124, dự kiến cả ngày ≈148 (136–160)")
        var short = intake
        short.projection = Self.projection(base: 124, steps: 8)
        XCTAssertEqual(ProjectionText.dayTotal(short, .en), "Today 124, expected ≈132 (128–136) at 19:45")
        // The summary's last part: a narrow panel drops it first (on-time, overdue and due-soon figures come before).
        let summary = PanelContent.table(for: .government, model: model()).summary ?? ""
        XCTAssertTrue(summary.hasSuffix(" · Tiếp nhận: Hôm nay 124, dự kiến cả ngày ≈148 (136–160)"), summary)
        let en = PanelContent.table(for: .government, model: model(.en)).summary ?? ""
        XCTAssertTrue(en.hasSuffix(" · Received: Today 124, expected by midnight ≈148 (136–160)"), en)
    }
}
