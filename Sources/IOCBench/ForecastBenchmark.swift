import Foundation
import IOCAnalytics
import IOCEngine

/// `ioc-bench forecast`: the seasonal forecaster walked forward on NAB's realTraffic files and on the simulated
/// city's own series (traffic speed and congestion, VN_AQI, at the simulator's 5-minute polls for `days` days),
/// against seasonal-naive (the same time one day earlier): MASE at 1 h and 6 h and the coverage of the 80 %
/// interval, out of sample on the same (origin, target) pairs; then the cost of a poll cycle of 1,000 series.
struct ForecastBenchmark {
    var directory = "../shared/data/nab/data/realTraffic"
    var days = 42
    var city: City = .haiphong
    /// A folder to write the simulated series into (`timestamp,value` CSV, one file a series), for other tools.
    var export: String?

    func run() async throws {
        let configuration = ForecastConfiguration()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".csv") }.sorted()
        print("Seasonal forecaster, walk-forward — grid \(Int(configuration.step)) s, gaps ≤ \(Int(configuration.maxFilledGap)) s "
              + "filled, warm-up max(2 d, 20 %); 1 h = 4 steps, 6 h = 24 steps")
        print("MASE = Σ|y − model| / Σ|y − seasonal-naive| on the same out-of-sample pairs; cov = share inside the 80 % interval\n")
        let header = pad("series", 34) + lpad("buckets", 8) + lpad("n1h", 6) + lpad("n6h", 6) + lpad("MASE1h", 8)
            + lpad("MASE6h", 8) + lpad("cov1h", 7) + lpad("cov6h", 7)
        print(header)
        var nab: [WalkForward.Result] = []
        for file in files {
            let points = try TrafficCSV.load(URL(fileURLWithPath: directory).appendingPathComponent(file))
            let (result, _) = WalkForward.run(name: "nab " + file.dropLast(4), points: points, configuration: configuration)
            nab.append(result)
            print(row(result))
        }
        summary("NAB realTraffic", nab)

        // The simulated city's series, as its poller would record them.
        var simulated: [WalkForward.Result] = []
        let series = try await simulatorSeries()
        if let export {
            try FileManager.default.createDirectory(atPath: export, withIntermediateDirectories: true)
            for (key, points) in series {
                let lines = points.map { "\(Self.stamp($0.date)),\($0.value)" }
                try ("timestamp,value\n" + lines.joined(separator: "\n") + "\n")
                    .write(toFile: export + "/" + key + ".csv", atomically: true, encoding: .utf8)
            }
        }
        for (key, points) in series {
            let (result, _) = WalkForward.run(name: "sim " + key, points: points, configuration: configuration)
            simulated.append(result)
            print(row(result))
        }
        summary("simulator \(city.rawValue), \(days) d", simulated)

        let all = nab + simulated
        let updates = all.reduce(0) { $0 + $1.updates }, forecasts = all.reduce(0) { $0 + $1.forecasts }
        print("\ncost: update \(format(1e6 * all.reduce(0) { $0 + $1.updateSeconds } / Double(max(updates, 1)), 2)) µs "
              + "(amortised, daily refits included), 24-step forecast with intervals "
              + "\(format(1e6 * all.reduce(0) { $0 + $1.forecastSeconds } / Double(max(forecasts, 1)), 2)) µs, probabilityAbove "
              + "\(format(1e6 * all.reduce(0) { $0 + $1.probabilitySeconds } / Double(max(forecasts, 1)), 2)) µs")
        try cycleCost()
    }

    /// Traffic speed and congestion of three corridors and VN_AQI of three stations, every 5 minutes for `days` days.
    func simulatorSeries() async throws -> [(String, [TimedValue])] {
        let connector = SimulatorConnector(city: city, seed: 2025, model: try CityModel.load(city))
        let end = Date(timeIntervalSince1970: 1_796_083_200)  // 2026-12-01 00:00 UTC
        var now = end.addingTimeInterval(-Double(days) * 86_400)
        var cursor: String?
        var series: [String: [TimedValue]] = [:]
        let wanted = { (key: String) in key.hasPrefix("traffic.speed.") || key.hasPrefix("traffic.congestion.") || key.hasPrefix("aqi.station.") }
        var first = true
        while now <= end {
            let batch = try await connector.poll(cursor: cursor, now: now, limits: PollLimits())
            cursor = batch.cursor
            if !first {
                for o in batch.observations where wanted(o.seriesKey) && o.time > now.addingTimeInterval(-300) {
                    series[o.seriesKey, default: []].append(TimedValue(date: o.time, value: o.value))
                }
            }
            first = false
            now = now.addingTimeInterval(300)
        }
        let keys = series.keys.sorted()
        let picked = keys.filter { $0.hasPrefix("traffic.speed.") }.prefix(3) + keys.filter { $0.hasPrefix("traffic.congestion.") }.prefix(3)
            + keys.filter { $0.hasPrefix("aqi.station.") }.prefix(3)
        return picked.map { ($0, series[$0] ?? []) }
    }

    /// 1,000 series, each: one new bucket, a 24-step forecast with its intervals, and the probability of crossing a
    /// limit within 6 h — with the refits run off the poll path, as the product does.
    func cycleCost() throws {
        var state = SeasonalForecaster(configuration: ForecastConfiguration(automaticRefit: false))
        let series = SeriesRegularizer.regularize(SyntheticTraffic.make(), step: 900, maxFilledGap: 3600)
        for bucket in series.buckets {
            state.add(bucket: bucket)
            if state.refitDue { state.refit() }
        }
        var fleet = [SeasonalForecaster](repeating: state, count: 1000)
        for i in fleet.indices { fleet[i].refitPhase = i }
        guard let last = state.lastIndex else { return }
        var rng = SplitMix(seed: 7)
        var times: [Double] = []
        var checksum = 0.0
        let clock = ContinuousClock()
        for cycle in 1...30 {
            let t = clock.now
            for i in fleet.indices {
                fleet[i].add(bucket: RegularBucket(index: last + cycle, value: 20 + 5 * rng.normal(), kind: .observed))
                if let f = fleet[i].forecast(steps: 24) { checksum += f.points[23].mean }
                checksum += fleet[i].probabilityAbove(200, withinSteps: 24) ?? 0
            }
            times.append(WalkForward.seconds(clock.now - t))
        }
        let steady = Array(times.dropFirst())
        print("1,000 series per poll cycle (update + 24-step forecast + probabilityAbove): median "
              + "\(format(1e3 * (RobustStatistics.median(steady) ?? .nan), 2)) ms, max \(format(1e3 * (steady.max() ?? .nan), 2)) ms "
              + "(29 cycles); memory \(format(Double(state.memoryFootprint) / 1000, 1)) kB a series"
              + (checksum.isNaN ? " (NaN seen)" : ""))
    }

    /// "YYYY-MM-DD HH:MM:SS" in UTC, as NAB's files write their timestamps.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    func summary(_ name: String, _ results: [WalkForward.Result]) {
        guard !results.isEmpty else { return }
        func median(_ xs: [Double]) -> Double { RobustStatistics.median(xs.filter(\.isFinite)) ?? .nan }
        print(pad("  median, \(name)", 54) + lpad(format(median(results.map { $0.mase(0) })), 8)
              + lpad(format(median(results.map { $0.mase(1) })), 8) + lpad(format(median(results.map { $0.coverage(0) })), 7)
              + lpad(format(median(results.map { $0.coverage(1) })), 7))
        print(pad("  worst", 54) + lpad(format(results.map { $0.mase(0) }.max() ?? .nan), 8)
              + lpad(format(results.map { $0.mase(1) }.max() ?? .nan), 8)
              + lpad(format(results.map { $0.coverage(0) }.min() ?? .nan), 7) + lpad(format(results.map { $0.coverage(1) }.min() ?? .nan), 7)
              + "  (lowest coverage; highest \(format(results.flatMap { [$0.coverage(0), $0.coverage(1)] }.max() ?? .nan)))")
    }

    func row(_ r: WalkForward.Result) -> String {
        pad(r.name, 34) + lpad("\(r.buckets)", 8) + lpad("\(r.pairs[0])", 6) + lpad("\(r.pairs[1])", 6)
            + lpad(format(r.mase(0)), 8) + lpad(format(r.mase(1)), 8) + lpad(format(r.coverage(0)), 7) + lpad(format(r.coverage(1)), 7)
    }

    func format(_ x: Double, _ digits: Int = 3) -> String { x.isFinite ? String(format: "%.\(digits)f", x) : "n/a" }
    func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
    func lpad(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }
}
