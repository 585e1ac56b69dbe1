import Foundation
import IOCDomain
import IOCStore

/// `ioc-bench ingest`: observations per second written into SQLite in poll-cycle batches, by the store and by the
/// `sqlite3` command-line shell on the same schema, the same rows and the same batches, in the same run.
///
/// Each round writes `rows` observations across `seriesCount` series in transactions of `batchSize` rows (one poll
/// cycle: one new point per series) three ways, each into a fresh database file:
/// - `CityStore.ingestObservations` (the bulk path), one call per batch;
/// - `CityStore.recordSuccess` (the poll path: also the source's health row), one call per batch;
/// - `sqlite3 db < inserts.sql`, where the file holds one `BEGIN … COMMIT` per batch of plain
///   `INSERT OR REPLACE` statements (plus the same change-counter update the store makes), on a copy of a store
///   file (`.dump`: schema, migrations, series rows) with the store's pragmas (WAL, synchronous NORMAL, 64 MB cache).
/// Series definitions exist before timing starts in all three. Rows and SQL text are built before timing.
struct IngestBenchmark {
    var rows = 100_000
    var seriesCount = 1000
    var batchSize = 1000
    var rounds = 5
    var sqlite3Path = "/usr/bin/sqlite3"
    let start = Date(timeIntervalSince1970: 1_795_053_600)

    func run() throws {
        let folder = try TemporaryFolder(prefix: "ioc-bench-ingest")
        defer { folder.remove() }
        let keys = (0..<seriesCount).map { "bench.series.\($0)" }
        let definitions = keys.map { key in
            SeriesDefinition(key: key, pillar: .publicOrder, name: key, nameEN: key, unit: "u")
        }
        let batches = makeBatches(keys: keys)

        // The CLI's starting database: a dump of a store file holding the same series.
        let template = folder.file("template.sqlite")
        try CityStore(path: template).recordSuccess(sourceID: "bench", batch: Batch(seriesDefinitions: definitions),
                                                    at: start, durationMs: 0)
        let dump = try shell(sqlite3Path, [template, ".dump"], stdinPath: nil)
        let setupPath = folder.file("setup.sql")
        try ("PRAGMA journal_mode = WAL;\n" + dump).write(toFile: setupPath, atomically: true, encoding: .utf8)
        let insertsPath = folder.file("inserts.sql")
        try insertSQL(batches: batches).write(toFile: insertsPath, atomically: true, encoding: .utf8)

        var ingestRates: [Double] = [], successRates: [Double] = [], cliRates: [Double] = []
        print("ioc-bench ingest: \(rows) observations, \(seriesCount) series, batches of \(batchSize) rows "
              + "(\(batches.count) transactions), \(rounds) rounds")
        print("  round  ingestObservations  recordSuccess  sqlite3 CLI   (rows/s)")
        for round in 1...rounds {
            let ingest = try timeStore(folder.file("ingest-\(round).sqlite"), definitions, batches) { store, batch, _ in
                try store.ingestObservations(batch, sourceID: "bench")
            }
            let success = try timeStore(folder.file("success-\(round).sqlite"), definitions, batches) { store, batch, at in
                try store.recordSuccess(sourceID: "bench", batch: Batch(observations: batch), at: at, durationMs: 1)
            }
            let cli = try timeCLI(folder.file("cli-\(round).sqlite"), setupPath: setupPath, insertsPath: insertsPath)
            ingestRates.append(Double(rows) / ingest)
            successRates.append(Double(rows) / success)
            cliRates.append(Double(rows) / cli)
            print(String(format: "  %5d  %18.0f  %13.0f  %11.0f", round, ingestRates.last!, successRates.last!,
                         cliRates.last!))
        }
        let ingest = SampleSummary(ingestRates).median, success = SampleSummary(successRates).median
        let cli = SampleSummary(cliRates).median
        print(String(format: "  median %17.0f  %13.0f  %11.0f", ingest, success, cli))
        print(String(format: "  ratio to the CLI: ingestObservations %.2fx, recordSuccess %.2fx (target >= 0.8x: %@)",
                     ingest / cli, success / cli, min(ingest, success) / cli >= 0.8 ? "met" : "MISSED"))
    }

    /// The rows, one batch per poll cycle: batch b holds the points of consecutive minutes, one per series.
    func makeBatches(keys: [String]) -> [[Observation]] {
        stride(from: 0, to: rows, by: batchSize).map { first in
            (first..<min(first + batchSize, rows)).map { i in
                Observation(seriesKey: keys[i % seriesCount], time: time(of: i), value: value(of: i))
            }
        }
    }

    func time(of row: Int) -> Date { start.addingTimeInterval(Double(row / seriesCount) * 60) }
    func value(of row: Int) -> Double { Double(row % 9973) * 0.37 + 1.5 }

    /// The CLI's input: the store's writer pragmas, then per batch one transaction of plain INSERT statements and
    /// the change-counter update every store transaction makes. Series ids are 1…seriesCount in key order.
    func insertSQL(batches: [[Observation]]) -> String {
        var sql = "PRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -2048;\n"
        sql.reserveCapacity(rows * 96)
        var row = 0
        for batch in batches {
            sql += "BEGIN IMMEDIATE;\n"
            for o in batch {
                let ms = Int64((o.time.timeIntervalSince1970 * 1000).rounded())
                sql += "INSERT OR REPLACE INTO observation (series_id, ts, value, quality, source_id) VALUES ("
                    + "\(row % seriesCount + 1), \(ms), \(o.value), \(o.quality.rawValue), 'bench');\n"
                row += 1
            }
            sql += "UPDATE meta SET change_counter = change_counter + 1 WHERE id = 1;\nCOMMIT;\n"
        }
        return sql
    }

    /// Seconds to write every batch through `write` into a fresh store whose series already exist.
    func timeStore(_ path: String, _ definitions: [SeriesDefinition], _ batches: [[Observation]],
                   write: (CityStore, [Observation], Date) throws -> Void) throws -> Double {
        let store = try CityStore(path: path)
        try store.recordSuccess(sourceID: "bench", batch: Batch(seriesDefinitions: definitions), at: start, durationMs: 0)
        let clock = MonotonicClock()
        for (index, batch) in batches.enumerated() {
            try write(store, batch, start.addingTimeInterval(Double(index) * 60))
        }
        let seconds = clock.elapsedSeconds
        let stored = try store.observationCount()
        guard stored == rows else { throw IngestBenchmarkError.rowCount(path: path, expected: rows, found: stored) }
        return seconds
    }

    /// Seconds for `sqlite3 db < inserts.sql` (process start included) on a fresh copy of the store's database.
    func timeCLI(_ path: String, setupPath: String, insertsPath: String) throws -> Double {
        _ = try shell(sqlite3Path, [path], stdinPath: setupPath)
        let clock = MonotonicClock()
        _ = try shell(sqlite3Path, [path], stdinPath: insertsPath)
        let seconds = clock.elapsedSeconds
        let count = try shell(sqlite3Path, [path, "SELECT COUNT(*) FROM observation"], stdinPath: nil)
        let stored = Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        guard stored == rows else { throw IngestBenchmarkError.rowCount(path: path, expected: rows, found: stored) }
        return seconds
    }

    /// Runs a program to completion with stdin from a file (or nothing) and returns its standard output.
    func shell(_ program: String, _ arguments: [String], stdinPath: String?) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        if let stdinPath {
            guard let input = FileHandle(forReadingAtPath: stdinPath) else {
                throw IngestBenchmarkError.failed(program, "cannot read \(stdinPath)")
            }
            process.standardInput = input
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw IngestBenchmarkError.failed(program, "exit status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
