import Foundation
import IOCDomain
import IOCStore
import IOCStorePostgres

/// `ioc-bench stores --postgres URL`: the store on both engines side by side in one run (issue 17), each beside the
/// peer that engine's users would reach for:
/// - ingest, observations per second in poll-cycle batches (the ingest benchmark's rows and batches): on SQLite
///   `CityStore.ingestObservations` and `recordSuccess` against Python's `executemany` (the same system libsqlite3,
///   the store's writer pragmas and upsert, one transaction per batch); on PostgreSQL the same two store calls
///   against `psql \copy` of the same rows (one COPY, the server's fastest load: a ceiling, not a like-for-like);
/// - the newest `points` values of every series at once (`CityStore.recentPoints`), after the ingest, per engine;
///   then the same windows kept from one poll cycle to the next (`RecentWindows`: a new value per series each cycle).
/// Every database starts with the same series; row counts are checked after each write.
struct StoreBenchmark {
    var ingest = IngestBenchmark()
    var points = 60
    var reads = 20
    var postgres = ""
    var python = "/usr/bin/python3"
    var psql = "/usr/bin/psql"
    var executemany = "scripts/bench/sqlite-executemany.py"

    func run() throws {
        let folder = try TemporaryFolder(prefix: "ioc-bench-stores")
        defer { folder.remove() }
        let keys = (0..<ingest.seriesCount).map { "bench.series.\($0)" }
        let definitions = keys.map { SeriesDefinition(key: $0, pillar: .publicOrder, name: $0, nameEN: $0, unit: "u") }
        let batches = ingest.makeBatches(keys: keys)
        // The peers' rows: series ids are 1…N in key order on both engines (the definitions are written in that order).
        let csvPath = folder.file("rows.csv")
        var csv = ""
        csv.reserveCapacity(ingest.rows * 40)
        for (row, o) in batches.joined().enumerated() {
            csv += "\(row % ingest.seriesCount + 1),\(Int64((o.time.timeIntervalSince1970 * 1000).rounded())),\(o.value),\(o.quality.rawValue),bench\n"
        }
        try csv.write(toFile: csvPath, atomically: true, encoding: .utf8)

        print("ioc-bench stores: \(ingest.rows) observations, \(ingest.seriesCount) series, batches of \(ingest.batchSize) rows, \(ingest.rounds) rounds")
        print("  round | SQLite: ingestObservations  recordSuccess  Python executemany | PostgreSQL: ingestObservations  recordSuccess  psql \\copy   (rows/s)")
        var rates: [[Double]] = Array(repeating: [], count: 6)
        var lastSQLite = "", lastPostgres = ""
        for round in 1...ingest.rounds {
            var row: [Double] = []
            lastSQLite = folder.file("ingest-\(round).sqlite")
            row.append(try timeStore(try CityStore(path: lastSQLite), definitions, batches) { s, b, _ in
                try s.ingestObservations(b, sourceID: "bench")
            })
            row.append(try timeStore(try CityStore(path: folder.file("success-\(round).sqlite")), definitions, batches) { s, b, at in
                try s.recordSuccess(sourceID: "bench", batch: Batch(observations: b), at: at, durationMs: 1)
            })
            row.append(try timePython(folder.file("python-\(round).sqlite"), definitions, csvPath))
            let ingestName = "ioc_bench_ingest_\(round)"
            row.append(try timeStore(try postgresStore(ingestName), definitions, batches) { s, b, _ in
                try s.ingestObservations(b, sourceID: "bench")
            })
            if !lastPostgres.isEmpty { dropDatabase(lastPostgres) }
            lastPostgres = ingestName
            let successName = "ioc_bench_success_\(round)"
            row.append(try timeStore(try postgresStore(successName), definitions, batches) { s, b, at in
                try s.recordSuccess(sourceID: "bench", batch: Batch(observations: b), at: at, durationMs: 1)
            })
            dropDatabase(successName)
            row.append(try timeCopy("ioc_bench_copy_\(round)", definitions, csvPath))
            for (i, seconds) in row.enumerated() { rates[i].append(Double(ingest.rows) / seconds) }
            print(String(format: "  %5d | %26.0f  %13.0f  %18.0f | %30.0f  %13.0f  %11.0f", round, rates[0].last!, rates[1].last!,
                         rates[2].last!, rates[3].last!, rates[4].last!, rates[5].last!))
        }
        let m = rates.map { SampleSummary($0).median }
        print(String(format: "  median| %26.0f  %13.0f  %18.0f | %30.0f  %13.0f  %11.0f", m[0], m[1], m[2], m[3], m[4], m[5]))
        print(String(format: "  SQLite against executemany: ingestObservations %.2fx, recordSuccess %.2fx", m[0] / m[2], m[1] / m[2]))
        print(String(format: "  PostgreSQL against \\copy: ingestObservations %.2fx, recordSuccess %.2fx; PostgreSQL against SQLite (ingestObservations) %.2fx",
                     m[3] / m[5], m[4] / m[5], m[3] / m[0]))

        // The newest points of every series, on each engine's ingested database.
        let sqliteRead = try timeReads(try CityStore(path: lastSQLite), keys)
        let postgresRead = try timeReads(try postgresStore(lastPostgres, create: false), keys)
        print(String(format: "  newest %d points × %d series, a whole read (recentPoints, %d reads): SQLite median %.1f ms (p90 %.1f), PostgreSQL median %.1f ms (p90 %.1f); target <= 25 ms: %@",
                     points, keys.count, reads, sqliteRead.median, sqliteRead.p90, postgresRead.median, postgresRead.p90,
                     max(sqliteRead.median, postgresRead.median) <= 25 ? "met" : "MISSED"))
        let newest = batches.joined().map(\.time).max() ?? ingest.start
        let sqliteCycles = try timeCycles(try CityStore(path: lastSQLite), keys, after: newest)
        let postgresCycles = try timeCycles(try postgresStore(lastPostgres, create: false), keys, after: newest)
        dropDatabase(lastPostgres)
        print(String(format: "  newest %d points × %d series, each poll cycle (RecentWindows: a new value per series written, then read; %d cycles a minute apart, a whole read every 10): SQLite median %.1f ms (p90 %.1f, mean %.1f), PostgreSQL median %.1f ms (p90 %.1f, mean %.1f); target <= 25 ms: %@",
                     points, keys.count, sqliteCycles.count, sqliteCycles.median, sqliteCycles.p90, sqliteCycles.mean,
                     postgresCycles.median, postgresCycles.p90, postgresCycles.mean,
                     max(sqliteCycles.mean, postgresCycles.mean) <= 25 ? "met (mean)" : "MISSED"))
    }

    /// A store on a new database of the server (`create`), or on the existing one.
    func postgresStore(_ name: String, create: Bool = true) throws -> CityStore {
        let base = String(postgres[..<postgres.lastIndex(of: "/")!])
        if create {
            dropDatabase(name)
            _ = try ingest.shell(psql, [postgres, "-qc", "CREATE DATABASE \(name)"], stdinPath: nil)
        }
        let url = base + "/" + name
        return CityStore(database: try PostgresDatabase(location: try PostgresLocation.parse(url)), name: url)
    }

    func dropDatabase(_ name: String) {
        do {
            _ = try ingest.shell(psql, [postgres, "-qc", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"], stdinPath: nil)
        } catch {
            FileHandle.standardError.write(Data("ioc-bench stores: could not drop \(name): \(error)\n".utf8))
        }
    }

    /// Seconds to write every batch through `write` into `store`, whose series are written first (untimed).
    func timeStore(_ store: CityStore, _ definitions: [SeriesDefinition], _ batches: [[Observation]],
                   write: (CityStore, [Observation], Date) throws -> Void) throws -> Double {
        try store.recordSuccess(sourceID: "bench", batch: Batch(seriesDefinitions: definitions), at: ingest.start, durationMs: 0)
        let clock = MonotonicClock()
        for (index, batch) in batches.enumerated() {
            try write(store, batch, ingest.start.addingTimeInterval(Double(index) * 60))
        }
        let seconds = clock.elapsedSeconds
        let stored = try store.observationCount()
        guard stored == ingest.rows else { throw IngestBenchmarkError.rowCount(path: store.path, expected: ingest.rows, found: stored) }
        if let database = store.database as? PostgresDatabase { database.close() }
        return seconds
    }

    /// Seconds Python's `executemany` takes (its own timing, rows loaded first) on a fresh store file.
    func timePython(_ path: String, _ definitions: [SeriesDefinition], _ csvPath: String) throws -> Double {
        try CityStore(path: path).recordSuccess(sourceID: "bench", batch: Batch(seriesDefinitions: definitions),
                                                at: ingest.start, durationMs: 0)
        let said = try ingest.shell(python, [executemany, path, csvPath, String(ingest.batchSize)], stdinPath: nil)
        guard let seconds = Double(said.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw IngestBenchmarkError.failed(executemany, "said \(said)")
        }
        let stored = try CityStore(path: path).observationCount()
        guard stored == ingest.rows else { throw IngestBenchmarkError.rowCount(path: path, expected: ingest.rows, found: stored) }
        return seconds
    }

    /// Seconds for `psql -c '\copy observation … FROM rows.csv'` (process start included) on a fresh database.
    func timeCopy(_ name: String, _ definitions: [SeriesDefinition], _ csvPath: String) throws -> Double {
        let store = try postgresStore(name)
        try store.recordSuccess(sourceID: "bench", batch: Batch(seriesDefinitions: definitions), at: ingest.start, durationMs: 0)
        (store.database as? PostgresDatabase)?.close()
        let url = String(postgres[..<postgres.lastIndex(of: "/")!]) + "/" + name
        let clock = MonotonicClock()
        _ = try ingest.shell(psql, [url, "-qc", "\\copy observation (series_id, ts, value, quality, source_id) FROM '\(csvPath)' WITH (FORMAT csv)"],
                             stdinPath: nil)
        let seconds = clock.elapsedSeconds
        let count = try ingest.shell(psql, [url, "-Atc", "SELECT count(*) FROM observation"], stdinPath: nil)
        dropDatabase(name)
        let stored = Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        guard stored == ingest.rows else { throw IngestBenchmarkError.rowCount(path: name, expected: ingest.rows, found: stored) }
        return seconds
    }

    /// Milliseconds of each poll cycle's read of every series' window through `RecentWindows` (its first, whole read
    /// untimed), after a new value per series was written (untimed): `reads` × 3 cycles, a simulated minute apart,
    /// so that a whole read every 10 minutes is among them. Each window is checked against a whole read at the end.
    func timeCycles(_ store: CityStore, _ keys: [String], after newest: Date) throws -> SampleSummary {
        defer { (store.database as? PostgresDatabase)?.close() }
        let windows = RecentWindows(count: points)
        var now = newest.addingTimeInterval(60)
        _ = try windows.read(keys, from: store, now: now)
        var samples: [Double] = []
        for cycle in 1...(reads * 3) {
            now = newest.addingTimeInterval(Double(cycle) * 60)
            try store.ingestObservations(keys.enumerated().map { Observation(seriesKey: $1, time: now, value: Double($0 + cycle)) },
                                         sourceID: "bench")
            let clock = MonotonicClock()
            _ = try windows.read(keys, from: store, now: now)
            samples.append(clock.elapsedMilliseconds)
        }
        let held = try windows.read(keys, from: store, now: now), whole = try store.recentPoints(keys: keys, count: points)
        guard keys.allSatisfy({ held[$0]?.map(\.time) == whole[$0]?.map(\.time) && held[$0]?.last?.time == now }) else {
            throw IngestBenchmarkError.failed("RecentWindows", "windows differ from a whole read on \(store.path)")
        }
        return SampleSummary(samples)
    }

    /// Milliseconds of each of `reads` reads of the newest points of every series (one warm-up read first).
    func timeReads(_ store: CityStore, _ keys: [String]) throws -> SampleSummary {
        defer { (store.database as? PostgresDatabase)?.close() }
        let first = try store.recentPoints(keys: keys, count: points)
        guard first.count == keys.count, first.values.allSatisfy({ $0.count == min(points, ingest.rows / keys.count) }) else {
            throw IngestBenchmarkError.failed("recentPoints", "expected \(points) points for each of \(keys.count) series on \(store.path)")
        }
        var samples: [Double] = []
        for _ in 0..<reads {
            let clock = MonotonicClock()
            _ = try store.recentPoints(keys: keys, count: points)
            samples.append(clock.elapsedMilliseconds)
        }
        return SampleSummary(samples)
    }
}
