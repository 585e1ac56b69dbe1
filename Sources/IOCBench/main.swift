import Foundation
import IOCEngine

// ioc-bench: the benchmarks of the console's hot paths, each measured beside its peer in the same run.
// Usage: ioc-bench render [--width 200] [--height 60] [--frames 1000] [--snapshots 5] [--reads 50]
//        ioc-bench brief [--width 300] [--height 80] [--frames 300]
//        ioc-bench ingest [--rows 100000] [--series 1000] [--batch 1000] [--rounds 5]

let usage = """
    usage: ioc-bench render [--width 200] [--height 60] [--frames 1000] [--snapshots 5] [--reads 50] [--city haiphong|hanoi]
           ioc-bench ingest [--rows 100000] [--series 1000] [--batch 1000] [--rounds 5] [--sqlite3 /usr/bin/sqlite3]
           ioc-bench stores --postgres URL [--rows 100000] [--series 1000] [--batch 1000] [--rounds 3] [--points 60] [--reads 20]
           ioc-bench alarms [--observations 2000] [--rounds 5] [--acks 300] [--alarms 1000]
           ioc-bench brief [--width 300] [--height 80] [--frames 300] [--city haiphong|hanoi]
           ioc-bench idle [--width 200] [--height 60] [--seconds 120] [--interval 2] [--city haiphong|hanoi]
           ioc-bench parse [--records 20000] [--rounds 5]
           ioc-bench anomaly [--nab ../shared/data/nab] [--sensitivity yes] [--files yes]
           ioc-bench forecast [--nab ../shared/data/nab] [--days 42] [--city haiphong|hanoi] [--export DIR]
           ioc-bench models [--series 1000] [--cycles 30] [--days 3]
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("ioc-bench: \(message)\n".utf8))
    exit(2)
}

do {
    let arguments = try BenchArguments(Array(CommandLine.arguments.dropFirst()))
    switch arguments.command {
    case "anomaly":
        let unknown = arguments.unknown(besides: ["nab", "sensitivity", "files"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = AnomalyBenchmark()
        bench.directory = arguments.text("nab", default: bench.directory)
        bench.sensitivity = arguments.text("sensitivity", default: "no") == "yes"
        bench.perFile = arguments.text("files", default: "no") == "yes"
        try bench.run()
    case "models":
        let unknown = arguments.unknown(besides: ["series", "cycles", "days"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = ModelCycleBenchmark()
        bench.series = try arguments.int("series", default: bench.series)
        bench.cycles = try arguments.int("cycles", default: bench.cycles)
        bench.days = try arguments.int("days", default: bench.days)
        try bench.run()
    case "forecast":
        let unknown = arguments.unknown(besides: ["nab", "days", "city", "export"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = ForecastBenchmark()
        bench.directory = arguments.text("nab", default: "../shared/data/nab") + "/data/realTraffic"
        bench.days = try arguments.int("days", default: bench.days)
        bench.export = arguments.text("export", default: "").isEmpty ? nil : arguments.text("export", default: "")
        guard let city = City(rawValue: arguments.text("city", default: "haiphong")) else {
            fail("--city must be haiphong or hanoi")
        }
        bench.city = city
        try await bench.run()
    case "render":
        let unknown = arguments.unknown(besides: ["width", "height", "frames", "snapshots", "city", "reads"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = RenderBenchmark()
        bench.width = try arguments.int("width", default: bench.width)
        bench.height = try arguments.int("height", default: bench.height)
        bench.frames = try arguments.int("frames", default: bench.frames)
        bench.snapshotCount = try arguments.int("snapshots", default: bench.snapshotCount)
        bench.dashboardReads = try arguments.int("reads", default: bench.dashboardReads)
        guard let city = City(rawValue: arguments.text("city", default: "haiphong")) else {
            fail("--city must be haiphong or hanoi")
        }
        bench.city = city
        try await bench.run()
    case "brief":
        let unknown = arguments.unknown(besides: ["width", "height", "frames", "city"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = BriefBenchmark()
        bench.width = try arguments.int("width", default: bench.width)
        bench.height = try arguments.int("height", default: bench.height)
        bench.frames = try arguments.int("frames", default: bench.frames)
        guard let city = City(rawValue: arguments.text("city", default: "haiphong")) else {
            fail("--city must be haiphong or hanoi")
        }
        bench.city = city
        try await bench.run()
    case "idle":
        let unknown = arguments.unknown(besides: ["width", "height", "seconds", "interval", "city"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = IdleBenchmark()
        bench.width = try arguments.int("width", default: bench.width)
        bench.height = try arguments.int("height", default: bench.height)
        bench.seconds = try arguments.int("seconds", default: bench.seconds)
        bench.interval = max(1, try arguments.int("interval", default: bench.interval))
        guard let city = City(rawValue: arguments.text("city", default: "haiphong")) else {
            fail("--city must be haiphong or hanoi")
        }
        bench.city = city
        try await bench.run()
    case "ingest":
        let unknown = arguments.unknown(besides: ["rows", "series", "batch", "rounds", "sqlite3"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = IngestBenchmark()
        bench.rows = try arguments.int("rows", default: bench.rows)
        bench.seriesCount = try arguments.int("series", default: bench.seriesCount)
        bench.batchSize = try arguments.int("batch", default: bench.batchSize)
        bench.rounds = try arguments.int("rounds", default: bench.rounds)
        bench.sqlite3Path = arguments.text("sqlite3", default: bench.sqlite3Path)
        try bench.run()
    case "stores":
        let unknown = arguments.unknown(besides: ["rows", "series", "batch", "rounds", "points", "reads", "postgres", "executemany"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = StoreBenchmark()
        bench.ingest.rows = try arguments.int("rows", default: bench.ingest.rows)
        bench.ingest.seriesCount = try arguments.int("series", default: bench.ingest.seriesCount)
        bench.ingest.batchSize = try arguments.int("batch", default: bench.ingest.batchSize)
        bench.ingest.rounds = try arguments.int("rounds", default: 3)
        bench.points = try arguments.int("points", default: bench.points)
        bench.reads = try arguments.int("reads", default: bench.reads)
        bench.executemany = arguments.text("executemany", default: bench.executemany)
        bench.postgres = arguments.text("postgres", default: "")
        guard bench.postgres.hasPrefix("postgres://") else { fail("stores needs --postgres URL (scripts/bench/stores starts a server)") }
        try bench.run()
    case "parse":
        let unknown = arguments.unknown(besides: ["records", "rounds"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = ParseBenchmark()
        bench.records = try arguments.int("records", default: bench.records)
        bench.rounds = try arguments.int("rounds", default: bench.rounds)
        try bench.run()
    case "alarms":
        let unknown = arguments.unknown(besides: ["observations", "rounds", "acks", "alarms"])
        guard unknown.isEmpty else { throw BenchArgumentError.unknownOptions(unknown) }
        var bench = AlarmBenchmark()
        bench.observationsPerSeries = try arguments.int("observations", default: bench.observationsPerSeries)
        bench.rounds = try arguments.int("rounds", default: bench.rounds)
        bench.acknowledgements = try arguments.int("acks", default: bench.acknowledgements)
        bench.alarmCount = try arguments.int("alarms", default: bench.alarmCount)
        try await bench.run()
    default:
        print(usage)
        exit(arguments.command == nil ? 0 : 2)
    }
} catch {
    fail(String(describing: error))
}
