import Foundation
import IOCDomain
@testable import IOCStore
import IOCStorePostgres
import IOCTestSupport
import XCTest

/// The change feed on PostgreSQL (issue 17, item 2): what one process commits reaches another's feed as
/// PostgreSQL notifies it, the dashboard reader reads the counters only then, and a cut listener joins again.
final class PostgresChangeFeedTests: XCTestCase {
    typealias F = CityFixture

    /// Two stores on one new database, as two processes on two machines would have.
    private func twoStores() throws -> (CityStore, CityStore, String) {
        let name = "ioc_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let url = try PostgresTestServer.createDatabase(String(name))
        let a = try PostgresDatabase(location: try PostgresLocation.parse(url))
        let b = try PostgresDatabase(location: try PostgresLocation.parse(url))
        addTeardownBlock {
            a.close()
            b.close()
            PostgresTestServer.dropDatabase(String(name))
        }
        return (CityStore(database: a, name: url, account: "poller"), CityStore(database: b, name: url, account: "console"), url)
    }

    private func poll(_ store: CityStore, at: Date, value: Double) throws {
        try store.recordSuccess(sourceID: "sim", batch: Batch(
            seriesDefinitions: [F.series("aqi.a", pillar: .publicOrder)],
            observations: [Observation(seriesKey: "aqi.a", time: at, value: value)]), at: at, durationMs: 1)
    }

    func testACommitInOneProcessReachesAnothersFeedWithinASecond() throws {
        let (writer, console, _) = try twoStores()
        let feed = try XCTUnwrap(console.changeFeed, "PostgreSQL pushes changes")
        XCTAssertTrue(Eventually.holds(timeout: 5) { feed.isLive }, "the listener joins")
        let woken = LockedCount()
        feed.onChange { woken.add() }
        let before = feed.generation
        let started = Date()
        try poll(writer, at: F.t0, value: 40)
        XCTAssertTrue(Eventually.holds(timeout: 1) { feed.generation != before }, "notified within a second")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertGreaterThan(woken.value, 0, "the handlers ran (the screen's wake signal)")

        // The reader reads the counters when the feed moved, and sees the other process's write.
        let reader = DashboardReader(store: console)
        let first = try XCTUnwrap(reader.refresh(now: F.t0))
        XCTAssertEqual(first.publicOrder.first?.latest, 40)
        XCTAssertNil(try reader.refresh(now: F.t0 + 1), "nothing pushed, nothing read")
        let moved = feed.generation
        try poll(writer, at: F.t0 + 60, value: 55)
        XCTAssertTrue(Eventually.holds(timeout: 1) { feed.generation != moved })
        let second = try XCTUnwrap(reader.refresh(now: F.t0 + 2), "the pushed change is read")
        XCTAssertEqual(second.publicOrder.first?.latest, 55)
    }

    func testACutListenerJoinsAgainAndMissesNothing() throws {
        let (writer, console, url) = try twoStores()
        let feed = try XCTUnwrap(console.changeFeed)
        XCTAssertTrue(Eventually.holds(timeout: 5) { feed.isLive })
        let reader = DashboardReader(store: console)
        _ = try reader.refresh(now: F.t0)
        // The server drops the listening connection (an administrator, a failover).
        let beforeCut = feed.generation
        let cut = ShellCommand.run("psql '\(url)' -Atc \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'\"")
        XCTAssertEqual(cut.output.trimmingCharacters(in: .whitespacesAndNewlines), "t", cut.error)
        XCTAssertTrue(Eventually.holds(timeout: 3) { feed.generation != beforeCut }, "the cut is told: readers read the counters")
        // While it is cut, a write is found by reading the counters; once joined again, pushed as before.
        try poll(writer, at: F.t0 + 30, value: 70)
        XCTAssertEqual(try reader.refresh(now: F.t0 + 1)?.publicOrder.first?.latest, 70)
        XCTAssertTrue(Eventually.holds(timeout: 5) { feed.isLive }, "joined again")
        let joined = feed.generation
        try poll(writer, at: F.t0 + 90, value: 80)
        XCTAssertTrue(Eventually.holds(timeout: 1) { feed.generation != joined })
        XCTAssertEqual(try reader.refresh(now: F.t0 + 2)?.publicOrder.first?.latest, 80)
    }
}

/// A count other threads add to.
private final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
