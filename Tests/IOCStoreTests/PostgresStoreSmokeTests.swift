import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

final class PostgresStoreSmokeTests: XCTestCase {
    typealias F = CityFixture

    func testAStoreOnPostgreSQLMigratesAndTakesAPoll() throws {
        let store = try PostgresTestServer.makeStore(self)
        XCTAssertEqual(store.engine, .postgres)
        XCTAssertEqual(try store.appliedMigrations(), ["pg1-city-cache", "pg2-change-feed"])
        XCTAssertEqual(try store.integrityCheck(), "ok")
        try store.recordSuccess(sourceID: "sim", batch: Batch(
            seriesDefinitions: [F.series("kt.cpi", pillar: .socioEconomic)],
            observations: F.observations("kt.cpi", count: 4, step: 3600, end: F.t0) { 100 + Double($0) }),
            at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.observationCount(), 4)
        XCTAssertEqual(try store.series(key: "kt.cpi", since: F.t0 - F.day, now: F.t0).map(\.value), [100, 101, 102, 103])
    }
}
