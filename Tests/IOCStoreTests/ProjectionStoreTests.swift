import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// Series projections in the store (issue 18), on either engine: replaced per series, read with the indicators, a
/// projection left behind by its series (older than three of its steps) not shown, the intake series read too.
final class ProjectionStoreTests: XCTestCase {
    typealias F = CityFixture

    static func projection(origin: Date, base: Double, steps: Int = 24) -> SeriesProjection {
        let values = (1...steps).map { (h: Int) -> ProjectedValue in
            let x = Double(h)
            let mean: Double = base + x
            return ProjectedValue(at: origin.addingTimeInterval(x * 900), mean: mean, lower: mean - 0.25 * x, upper: mean + 0.5 * x)
        }
        return SeriesProjection(origin: origin, step: 900, level: 0.8, values: values)
    }

    func testProjectionsAreReplacedAndReadBesideTheirSeries() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.registerSource(F.source())
        let series = [F.series("aqi.hk", pillar: .publicOrder, name: "VN_AQI – Hoàn Kiếm", unit: "VN_AQI"),
                      F.series("traffic.c1", pillar: .publicOrder, name: "Tốc độ trục 1", unit: "km/h"),
                      F.series("gov.dossiers_received_today", pillar: .government, name: "Hồ sơ tiếp nhận hôm nay")]
        let observations = F.observations("aqi.hk", count: 100, step: 60, end: F.t0) { 100 + Double($0 % 7) }
            + F.observations("traffic.c1", count: 100, step: 60, end: F.t0) { 30 + Double($0 % 5) }
            + F.observations("gov.dossiers_received_today", count: 100, step: 60, end: F.t0) { Double($0) }
        try store.recordSuccess(sourceID: "sim", batch: Batch(seriesDefinitions: series, observations: observations,
                                                              agencies: F.agencies, wards: F.wards), at: F.t0, durationMs: 1)
        let origin = F.t0.addingTimeInterval(-900)
        let before = try store.changeTokens()
        try store.recordProjections([("aqi.hk", Self.projection(origin: origin - 900, base: 50)),
                                     ("gov.dossiers_received_today", Self.projection(origin: origin, base: 99))], at: F.t0)
        XCTAssertNotEqual(try store.changeTokens().observations, before.observations, "a console re-reads the indicators")
        XCTAssertEqual(try store.projections()["aqi.hk"]?.origin, origin - 900, "read, and kept for the next reads")
        // Replaced, not added: the newest one of a series wins (written in the same millisecond, with the same count of
        // rows, a later origin: the kept read is not reused).
        try store.recordProjections([("aqi.hk", Self.projection(origin: origin, base: 106.5))], at: F.t0)
        let stored = try store.projections()
        XCTAssertEqual(stored.count, 2)
        XCTAssertEqual(stored["aqi.hk"], Self.projection(origin: origin, base: 106.5), "every step read back exactly")

        let snapshot = try store.dashboard(now: F.t0)
        let aqi = try XCTUnwrap(snapshot.publicOrder.first { $0.definition.key == "aqi.hk" })
        XCTAssertEqual(aqi.projection?.values.first?.mean, 107.5)
        XCTAssertEqual(aqi.historyStep, 600)
        XCTAssertNil(snapshot.publicOrder.first { $0.definition.key == "traffic.c1" }?.projection, "a series with none has none")
        let intake = try XCTUnwrap(snapshot.intake.first { $0.definition.key == "gov.dossiers_received_today" })
        XCTAssertEqual(intake.latest, 99)
        XCTAssertEqual(intake.projection?.origin, origin)

        // A projection three steps and more behind its series' newest value is out of date: not shown.
        let later = F.observations("aqi.hk", count: 60, step: 60, end: F.t0.addingTimeInterval(3600)) { 100 + Double($0 % 7) }
        try store.recordSuccess(sourceID: "sim", batch: Batch(observations: later), at: F.t0.addingTimeInterval(3600), durationMs: 1)
        let after = try store.dashboard(now: F.t0.addingTimeInterval(3600))
        XCTAssertNil(after.publicOrder.first { $0.definition.key == "aqi.hk" }?.projection)
        XCTAssertNotNil(after.intake.first?.projection, "the intake's projection is still current")
    }

    func testAnUnreadableRowIsLeftOutNotGuessed() throws {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        let store = try temp.openStore()
        try store.recordProjections([("a", Self.projection(origin: F.t0, base: 1)), ("b", Self.projection(origin: F.t0, base: 2))], at: F.t0)
        try tamper(store, table: "series_projection", "UPDATE series_projection SET steps = '1 2 x' WHERE series_key = 'b'")
        XCTAssertEqual(try store.projections().keys.sorted(), ["a"])
    }
}
