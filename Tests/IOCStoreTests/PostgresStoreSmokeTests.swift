import Foundation
import IOCDomain
import IOCStore
import IOCStorePostgres
import IOCTestSupport
import XCTest

final class PostgresStoreSmokeTests: XCTestCase {
    typealias F = CityFixture

    func testAStoreOnPostgreSQLMigratesAndTakesAPoll() throws {
        let store = try PostgresTestServer.makeStore(self)
        XCTAssertEqual(store.engine, .postgres)
        XCTAssertEqual(try store.appliedMigrations(), ["pg1-city-cache", "pg2-change-feed", "pg3-poller-forward", "pg4-scenario-runs", "pg5-series-projection"])
        XCTAssertEqual(try store.integrityCheck(), "ok")
        try store.recordSuccess(sourceID: "sim", batch: Batch(
            seriesDefinitions: [F.series("kt.cpi", pillar: .socioEconomic)],
            observations: F.observations("kt.cpi", count: 4, step: 3600, end: F.t0) { 100 + Double($0) }),
            at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.observationCount(), 4)
        XCTAssertEqual(try store.series(key: "kt.cpi", since: F.t0 - F.day, now: F.t0).map(\.value), [100, 101, 102, 103])
    }

    /// Issue 17, item 3: a server that is down (stopped, restarting, failed over) is "unreachable" — what an
    /// offline-first poller queues on — and the first call after it is back connects again; a statement the server
    /// refuses is not unreachable. On a cluster of its own, stopped and started again here.
    func testAServerThatIsDownIsUnreachableAndTheFirstCallAfterItsReturnConnectsAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-test-pg-\(UUID().uuidString)").path
        let script = ProductsDirectory.repositoryRoot().appendingPathComponent("scripts/pg-cluster").path
        let started = ShellCommand.run("'\(script)' start '\(folder)'")
        defer { _ = ShellCommand.run("'\(script)' stop '\(folder)'") }
        let server = try XCTUnwrap(started.output.split(separator: "\n").last.map(String.init), started.error)
        let database = try PostgresDatabase(location: try PostgresLocation.parse(server))
        defer { database.close() }
        let store = CityStore(database: database, name: server)
        try store.registerSource(SourceHealth(sourceID: "a", name: "A", kind: "test"))

        XCTAssertEqual(ShellCommand.run("'\(script)' halt '\(folder)'").status, 0)
        XCTAssertThrowsError(try store.recordFailure(sourceID: "a", error: "x", at: F.t0, durationMs: 1)) { error in
            XCTAssertTrue(store.isUnreachable(error), "\(error)")
        }
        XCTAssertThrowsError(try store.sourceHealth()) { error in XCTAssertTrue(store.isUnreachable(error), "\(error)") }

        XCTAssertEqual(ShellCommand.run("'\(script)' resume '\(folder)'").status, 0)
        try store.recordFailure(sourceID: "a", error: "x", at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.sourceHealth().first?.consecutiveFailures, 1, "the write while it was down left nothing")
        XCTAssertThrowsError(try store.database.write { db in try db.execute(sql: "SELECT 1 / 0") }) { error in
            XCTAssertFalse(store.isUnreachable(error), "a statement refused is not a lost connection: \(error)")
        }
    }
}
