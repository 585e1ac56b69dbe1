import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// The store's write side, schema, health and multi-process behaviour.
final class CityStoreTests: XCTestCase {
    typealias F = CityFixture

    /// A fresh database path kept alive (and then removed) until the test's teardown.
    func temporaryDatabase(name: String = "ioc.sqlite") -> TemporaryDatabase {
        let temp = TemporaryDatabase(name: name)
        addTeardownBlock { temp.remove() }
        return temp
    }

    func testAFreshSQLiteFileIsCreatedInMissingFoldersAndMigrated() throws {
        let temp = temporaryDatabase(name: "nested/deeper/ioc.sqlite")
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path))
        let store = try temp.openStore()
        XCTAssertTrue(FileManager.default.fileExists(atPath: temp.path))
        XCTAssertEqual(try store.appliedMigrations(), ["v1-city-cache", "v2-alarms", "v3-change-scopes", "v3-logbook", "v4-logbook-scope", "v5-alarm-message-en", "v6-alarm-ids", "v7-alarm-note-code", "v7-english-names", "v8-event-source-status", "v9-source-today", "v10-source-controls", "v11-source-endpoint", "v12-access-audit", "v13-source-day", "v14-daily-rollup", "v15-poller-forward", "v16-scenario-runs", "v17-series-projection"])
        XCTAssertEqual(try store.integrityCheck(), "ok")
        XCTAssertEqual(try store.changeToken(), 0)
        XCTAssertEqual(try store.sourceHealth(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp.path + "-journal"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: temp.path + "-wal"), "the pool runs in WAL mode")
    }

    func testReopeningAnExistingFileKeepsDataAndRunsNoMigrationTwice() throws {
        let temp = temporaryDatabase()
        do {
            let store = try temp.openStore()
            try store.registerSource(F.source())
            try store.recordSuccess(sourceID: "sim", batch: Batch(
                seriesDefinitions: [F.series("aqi.hk", pillar: .publicOrder)],
                observations: [Observation(seriesKey: "aqi.hk", time: F.t0, value: 42)], cursor: "c1"),
                at: F.t0, durationMs: 3)
        }
        let reopened = try temp.openStore()
        XCTAssertEqual(try reopened.appliedMigrations(), reopened.engine == .postgres ? ["pg1-city-cache", "pg2-change-feed", "pg3-poller-forward", "pg4-scenario-runs", "pg5-series-projection"] : ["v1-city-cache", "v2-alarms", "v3-change-scopes", "v3-logbook", "v4-logbook-scope", "v5-alarm-message-en", "v6-alarm-ids", "v7-alarm-note-code", "v7-english-names", "v8-event-source-status", "v9-source-today", "v10-source-controls", "v11-source-endpoint", "v12-access-audit", "v13-source-day", "v14-daily-rollup", "v15-poller-forward", "v16-scenario-runs", "v17-series-projection"])
        XCTAssertEqual(try reopened.observationCount(), 1)
        XCTAssertEqual(try reopened.cursor(for: "sim"), "c1")
        XCTAssertEqual(try reopened.sourceHealth().map(\.status), [.ok])
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
    }

    func testHealthGoesOkDegradedDownAndBackToOk() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.registerSource(F.source())
        XCTAssertEqual(try store.sourceHealth().first?.status, .unknown)

        try store.recordSuccess(sourceID: "sim", batch: Batch(), at: F.t0, durationMs: 12)
        var health = try XCTUnwrap(store.sourceHealth().first)
        XCTAssertEqual(health.status, .ok)
        XCTAssertEqual(health.lastSuccessAt, F.t0)
        XCTAssertEqual(health.lastAttemptAt, F.t0)
        XCTAssertEqual(health.lastDurationMs, 12)

        var expected: [SourceStatus] = []
        var seen: [SourceStatus] = []
        for i in 1...4 {
            let at = F.t0.addingTimeInterval(Double(i) * 5)
            try store.recordFailure(sourceID: "sim", error: "HTTP 503 #\(i)", at: at, durationMs: 100)
            health = try XCTUnwrap(store.sourceHealth().first)
            seen.append(health.status)
            expected.append(SourceStatus.after(consecutiveFailures: i))
            XCTAssertEqual(health.consecutiveFailures, i)
            XCTAssertEqual(health.lastError, "HTTP 503 #\(i)")
            XCTAssertEqual(health.lastAttemptAt, at)
            XCTAssertEqual(health.lastSuccessAt, F.t0, "a failure keeps the last good poll time")
        }
        XCTAssertEqual(seen, [.degraded, .degraded, .down, .down])
        XCTAssertEqual(seen, expected)

        let back = F.t0.addingTimeInterval(60)
        try store.recordSuccess(sourceID: "sim", batch: Batch(), at: back, durationMs: 7)
        health = try XCTUnwrap(store.sourceHealth().first)
        XCTAssertEqual(health.status, .ok)
        XCTAssertEqual(health.consecutiveFailures, 0)
        XCTAssertEqual(health.lastSuccessAt, back)
        XCTAssertEqual(health.lastDurationMs, 7)
    }

    func testRegisteringAgainUpdatesNameAndIntervalButKeepsHealthAndCursor() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.registerSource(F.source())
        try store.recordSuccess(sourceID: "sim", batch: Batch(cursor: "42"), at: F.t0, durationMs: 1)
        try store.recordFailure(sourceID: "sim", error: "timeout after 10s", at: F.t0 + 5, durationMs: 10_000)
        var again = F.source(name: "Mô phỏng thành phố")
        again.intervalSeconds = 30
        try store.registerSource(again)
        let health = try XCTUnwrap(store.sourceHealth().first)
        XCTAssertEqual(health.name, "Mô phỏng thành phố")
        XCTAssertEqual(health.intervalSeconds, 30)
        XCTAssertEqual(health.status, .degraded)
        XCTAssertEqual(health.consecutiveFailures, 1)
        XCTAssertEqual(health.lastError, "timeout after 10s")
        XCTAssertEqual(try store.cursor(for: "sim"), "42")
    }

    func testCursorIsSetBySuccessAndKeptWhenABatchHasNone() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        XCTAssertNil(try store.cursor(for: "sim"))
        try store.recordSuccess(sourceID: "sim", batch: Batch(cursor: "2026-01-01T00:00:00Z"), at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.cursor(for: "sim"), "2026-01-01T00:00:00Z")
        try store.recordSuccess(sourceID: "sim", batch: Batch(), at: F.t0 + 5, durationMs: 1)
        XCTAssertEqual(try store.cursor(for: "sim"), "2026-01-01T00:00:00Z")
        XCTAssertEqual(try store.sourceHealth().first?.name, "sim", "an unregistered source gets a bare row")
    }

    func testFailureLeavesEveryOtherTableUntouched() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.registerSource(F.source())
        let batch = Batch(
            seriesDefinitions: [F.series("aqi.hk", pillar: .publicOrder), F.series("kt.grdp", pillar: .socioEconomic)],
            observations: F.observations("aqi.hk", count: 30, step: 60, end: F.t0) { Double($0) },
            events: [F.event(.incident, "i1", status: .open, category: "fire", openedAgo: 600)],
            agencies: F.agencies, wards: F.wards, cursor: "c")
        try store.recordSuccess(sourceID: "sim", batch: batch, at: F.t0, durationMs: 5)
        let before = try store.tableCounts()
        let dashboardBefore = try store.dashboard(now: F.t0)
        let tokenBefore = try store.changeToken()

        try store.recordFailure(sourceID: "sim", error: "connection refused", at: F.t0 + 5, durationMs: 2)

        XCTAssertEqual(try store.tableCounts(), before)
        XCTAssertEqual(before["observation"], 30)
        XCTAssertEqual(before["event"], 1)
        let dashboardAfter = try store.dashboard(now: F.t0)
        XCTAssertEqual(dashboardAfter.publicOrder, dashboardBefore.publicOrder)
        XCTAssertEqual(dashboardAfter.recentIncidents, dashboardBefore.recentIncidents)
        XCTAssertEqual(try store.cursor(for: "sim"), "c")
        XCTAssertGreaterThan(try store.changeToken(), tokenBefore, "health changes still notify consoles")
    }

    func testEventUpsertUpdatesStatusKeepsOneRowAndIgnoresOlderVersions() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let opened = F.event(.feedback, "PA-1", status: .new, openedAgo: 3600, due: 86400, updated: F.t0)
        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: [opened]), at: F.t0, durationMs: 1)
        var routed = opened
        routed.status = .routed
        routed.updatedAt = F.t0 + 60
        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: [routed]), at: F.t0 + 60, durationMs: 1)
        var stale = opened
        stale.status = .classified
        stale.updatedAt = F.t0 + 30
        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: [stale]), at: F.t0 + 90, durationMs: 1)

        XCTAssertEqual(try store.eventCount(), 1)
        let rows = try store.events(kind: .feedback, agencyCode: nil, openOnly: false, limit: 10, now: F.t0)
        XCTAssertEqual(rows.map(\.event.status), [.routed])
        XCTAssertEqual(rows.first?.event.updatedAt, F.t0 + 60)

        // The same external id from another source is another record.
        try store.recordSuccess(sourceID: "other", batch: Batch(events: [opened]), at: F.t0 + 120, durationMs: 1)
        XCTAssertEqual(try store.eventCount(), 2)
    }

    func testObservationAtTheSameSeriesAndTimeIsReplaced() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        try store.ingestObservations([Observation(seriesKey: "x", time: F.t0, value: 1)], sourceID: "a")
        try store.ingestObservations([Observation(seriesKey: "x", time: F.t0, value: 2, quality: .uncertain)],
                                     sourceID: "b")
        XCTAssertEqual(try store.observationCount(), 1)
        let values = try store.series(key: "x", since: F.t0 - 60, now: F.t0 + 60)
        XCTAssertEqual(values, [Observation(seriesKey: "x", time: F.t0, value: 2, quality: .uncertain)])
    }

    func testNonFiniteValuesAreSkippedAndTheRestOfTheBatchIsKept() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let batch = Batch(observations: [
            Observation(seriesKey: "x", time: F.t0, value: .nan),
            Observation(seriesKey: "x", time: F.t0 + 1, value: .infinity),
            Observation(seriesKey: "x", time: F.t0 + 2, value: -3.5),
        ], cursor: "next")
        try store.recordSuccess(sourceID: "sim", batch: batch, at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.series(key: "x", since: F.t0 - 1, now: F.t0 + 3).map(\.value), [-3.5])
        XCTAssertEqual(try store.cursor(for: "sim"), "next")
    }

    func testHostileTextRoundTripsByteForByteAndBreaksNoQuery() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let hostile = [
            "'); DROP TABLE event; --",
            "\u{1B}[2J\u{1B}]0;owned\u{07} \"quoted\" 'single' `tick`",
            "100% _under_ \\backslash\\ ; SELECT * FROM source",
            "Hoa\u{0300}n Kie\u{0302}\u{0301}m (NFD) và Hoàn Kiếm (NFC) 🚒 火",
            "\u{202E}reversed\u{202C} \u{FEFF}bom",
        ]
        let source = "src'; DELETE FROM meta; --"
        var events: [CityEvent] = []
        for (i, text) in hostile.enumerated() {
            var e = F.event(.incident, "id-\(i)-\(text)", status: .open, agency: "A'\"\(i)",
                            category: text, openedAgo: Double(i) * 60, title: text)
            e.detail = text + text
            events.append(e)
        }
        let agency = Agency(code: "A'\"0", name: hostile[1], nameEN: hostile[0])
        try store.registerSource(SourceHealth(sourceID: source, name: hostile[0], kind: hostile[1]))
        try store.recordSuccess(sourceID: source, batch: Batch(events: events, agencies: [agency], cursor: hostile[2]),
                                at: F.t0, durationMs: 1)
        try store.recordFailure(sourceID: source, error: hostile[1], at: F.t0 + 1, durationMs: 1)

        let rows = try store.events(kind: .incident, agencyCode: nil, openOnly: true, limit: 10, now: F.t0)
        XCTAssertEqual(rows.count, hostile.count)
        for row in rows {
            let original = try XCTUnwrap(events.first { Array($0.externalID.utf8) == Array(row.event.externalID.utf8) })
            XCTAssertEqual(Array(row.event.title.utf8), Array(original.title.utf8))
            XCTAssertEqual(Array(row.event.detail.utf8), Array(original.detail.utf8))
            XCTAssertEqual(Array(row.event.category.utf8), Array(original.category.utf8))
            XCTAssertEqual(Array((row.event.agencyCode ?? "").utf8), Array((original.agencyCode ?? "").utf8))
            XCTAssertEqual(Array(row.sourceID.utf8), Array(source.utf8))
        }
        XCTAssertEqual(rows.first { $0.event.agencyCode == "A'\"0" }?.agencyName, hostile[1])
        let health = try XCTUnwrap(store.sourceHealth().first)
        XCTAssertEqual(Array(health.name.utf8), Array(hostile[0].utf8))
        XCTAssertEqual(Array((health.lastError ?? "").utf8), Array(hostile[1].utf8))
        XCTAssertEqual(try store.cursor(for: source).map { Array($0.utf8) }, Array(hostile[2].utf8))
        let filtered = try store.events(kind: .incident, agencyCode: "A'\"3", openOnly: false, limit: 10, now: F.t0)
        XCTAssertEqual(filtered.map(\.event.title), [hostile[3]])
        XCTAssertEqual(try store.searchEvents("100%", limit: 10).map(\.event.title), [hostile[2]])
        XCTAssertEqual(try store.searchEvents("_under_", limit: 10).map(\.event.title), [hostile[2]])
        XCTAssertEqual(try store.searchEvents("'); drop", limit: 10).map(\.event.title), [hostile[0]])
        XCTAssertEqual(try store.tableCounts()["meta"], 1)
        XCTAssertEqual(try store.eventCount(), hostile.count)
        XCTAssertEqual(try store.integrityCheck(), "ok")
    }

    func testSearchIgnoresCaseAccentsAndDStroke() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let events = [
            F.event(.feedback, "1", status: .new, openedAgo: 60, title: "Đèn đường hỏng ở Phố Huế"),
            F.event(.feedback, "2", status: .resolved, openedAgo: 120, title: "Rác thải tại ĐƯỜNG LÁNG"),
            F.event(.incident, "3", status: .open, openedAgo: 30, title: "Ngập úng đường Láng Hạ"),
        ]
        try store.recordSuccess(sourceID: "pakn", batch: Batch(events: events), at: F.t0, durationMs: 1)
        XCTAssertEqual(try store.searchEvents("duong lang", limit: 10).map(\.event.externalID), ["3", "2"])
        XCTAssertEqual(try store.searchEvents("Đường Láng", kind: .feedback, limit: 10).map(\.event.externalID),
                       ["2"])
        XCTAssertEqual(try store.searchEvents("den duong", limit: 10).map(\.event.externalID), ["1"])
        XCTAssertEqual(try store.searchEvents("khong co", limit: 10), [])
    }

    func testTwoStoresOnOneFileWriterLoopsWhileReaderSeesChanges() throws {
        let temp = temporaryDatabase()
        let writer = try temp.openStore()
        let reader = try temp.openStore()
        try writer.registerSource(F.source())
        let definition = F.series("traffic.speed.c1", pillar: .publicOrder)
        let rounds = 40
        let failures = ErrorBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do {
                for i in 0..<rounds {
                    let at = F.t0.addingTimeInterval(Double(i) * 60)
                    let obs = F.observations("traffic.speed.c1", count: 60, step: 1, end: at) { Double(i * 60 + $0) }
                    let incident = F.event(.incident, "i\(i)", status: .open, category: "congestion", now: at,
                                           openedAgo: 0)
                    try writer.recordSuccess(sourceID: "sim", batch: Batch(
                        seriesDefinitions: [definition], observations: obs, events: [incident]), at: at, durationMs: 1)
                    Thread.sleep(forTimeInterval: 0.002)
                }
            } catch {
                failures.record(error)
            }
            done.signal()
        }
        var tokens: [Int64] = []
        var reads = 0
        let deadline = Date().addingTimeInterval(30)
        while tokens.last.map({ $0 < Int64(rounds + 1) }) ?? true, Date() < deadline {
            let snapshot = try reader.dashboard(now: F.t0.addingTimeInterval(Double(rounds) * 60))
            XCTAssertLessThanOrEqual(snapshot.recentIncidents.count, CityStore.recentIncidentLimit)
            tokens.append(try reader.changeToken())
            reads += 1
        }
        XCTAssertEqual(done.wait(timeout: .now() + 30), .success)
        XCTAssertNil(failures.first)
        XCTAssertEqual(tokens, tokens.sorted(), "the change token never goes back")
        XCTAssertEqual(try reader.changeToken(), Int64(rounds + 1), "one bump per write transaction")
        XCTAssertGreaterThan(Set(tokens).count, 1, "the reader saw the token advance")
        XCTAssertEqual(try reader.eventCount(), rounds)
        let final = try reader.dashboard(now: F.t0.addingTimeInterval(Double(rounds) * 60))
        XCTAssertEqual(final.openIncidentsByCategory, ["congestion": rounds])
        XCTAssertEqual(final.publicOrder.first?.latest, Double(rounds * 60 - 1))
        XCTAssertEqual(try reader.integrityCheck(), "ok")
    }
}

/// Several processes opening one new file at the same moment (a console and `ioc poll` started together).
final class CityStoreConcurrentOpenTests: XCTestCase {
    /// The migrations a new database gets.
    private static func allMigrations() throws -> [String] {
        let reference = TemporaryDatabase()
        defer { reference.remove() }
        return try reference.openStore().appliedMigrations()
    }

    /// Four stores opened at once on a fresh path, twenty times: every open succeeds and the schema is whole.
    func testStoresOpenedAtOnceOnANewSQLiteFileAllSucceed() throws {
        for round in 0..<20 {
            let temp = TemporaryDatabase()
            defer { temp.remove() }
            let errors = ErrorBox()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    let store = try CityStore(path: temp.path)
                    _ = try store.dashboard(now: Date())
                } catch {
                    errors.record(error)
                }
            }
            XCTAssertNil(errors.first, "round \(round): \(String(describing: errors.first))")
            let store = try CityStore(path: temp.path)
            XCTAssertEqual(try store.appliedMigrations(), try Self.allMigrations(), "round \(round): every migration, once")
            XCTAssertEqual(try store.integrityCheck(), "ok")
        }
    }
}

/// Errors that waiting cannot mend are reported at once.
final class CityStoreOpenErrorTests: XCTestCase {
    func testAPostgresURLIsRefusedBySQLiteAndNothingIsCreated() throws {
        let folder = FileManager.default.currentDirectoryPath
        for url in ["postgres://postgres@127.0.0.1:5432/city", "postgresql://127.0.0.1/city"] {
            XCTAssertThrowsError(try CityStore(path: url)) { error in
                XCTAssertTrue(String(describing: error).contains("PostgreSQL URL"), String(describing: error))
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/postgres:"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/postgresql:"))
    }

    func testAFileThatIsNotADatabaseFailsAtOnce() throws {
        let temp = TemporaryDatabase()
        defer { temp.remove() }
        let url = URL(fileURLWithPath: temp.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 8192).write(to: url)
        let start = Date()
        XCTAssertThrowsError(try CityStore(path: temp.path)) { error in
            XCTAssertTrue(String(describing: error).contains("not a database"), String(describing: error))
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 1, "no retrying for an error that waiting cannot mend")
    }
}
