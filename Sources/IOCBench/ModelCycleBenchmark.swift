import Foundation
import IOCAnalytics
import IOCConfig
import IOCDomain
import IOCEngine

/// `ioc-bench models`: the product's path for forecasts and anomaly scores, `RuleEvaluator` as the alarm cycle runs
/// it — `series` series projected ahead (the rules file's `projections:`), watched by a forecast rule and scored by
/// an anomaly-score rule, each given a new value 15 minutes after the last at every cycle (a step completes every
/// cycle: the worst case), after `days` days of warm-up read at once. Per cycle: `evaluate` (learning, forecast
/// probabilities, scores), `takeProjections` (each series' 24-step forecast with its intervals), and, apart, the
/// refit job (`refitModels`, off the cycle). Medians and maxima of `cycles` cycles.
struct ModelCycleBenchmark {
    var series = 1000
    var cycles = 30
    var days = 3

    func run() throws {
        let rules = try RulesFile.parseContents("""
            rules:
              aqi_forecast:
                kind: forecast
                priority: 3
                series: "bench.*"
                above: 200
                within: 6h
                message: "{name} {probability}"
              odd:
                kind: anomaly
                priority: 4
                series: "bench.*"
                score: 0.9
                message: "{name} {value}"
            projections:
              series: "bench.*"
              ahead: 6h
            """, file: "bench.yaml")
        let evaluator = RuleEvaluator(rules: rules.rules, projections: rules.projections)
        let keys = (0..<series).map { "bench.\($0)" }
        let definitions = keys.map { SeriesDefinition(key: $0, pillar: .publicOrder, name: $0, nameEN: $0, unit: "") }
        let traffic = SyntheticTraffic.make(days: days + 2)
        // Warm-up: the first `days` days of a traffic-like series, at 15-minute values, one read for every series.
        let step: TimeInterval = 900
        let grid = SeriesRegularizer.regularize(traffic, step: step, maxFilledGap: 3600).buckets.filter { $0.value.isFinite }
        let warm = grid.prefix(days * 96)
        guard let lastWarm = warm.last else { return }
        let clock = ContinuousClock()
        let warmStart = clock.now
        let window = warm.map { Date(timeIntervalSince1970: Double($0.index) * step) }
        let warmInputs = RuleInputs(now: window.last!, series: definitions.enumerated().map { i, d in
            SeriesWindow(definition: d, observations: zip(window, warm).map { Observation(seriesKey: d.key, time: $0, value: $1.value * (1 + Double(i % 7) / 10)) },
                         sourceID: "bench")
        })
        _ = evaluator.evaluate(warmInputs)
        _ = evaluator.takeProjections()
        let warmSeconds = WalkForward.seconds(clock.now - warmStart)
        var evaluateTimes: [Double] = [], projectTimes: [Double] = [], refitTimes: [Double] = []
        var projected = 0, refitted = 0
        var rng = SplitMix(seed: 11)
        for cycle in 1...cycles {
            let time = Date(timeIntervalSince1970: Double(lastWarm.index + cycle) * step)
            let base = grid.count > warm.count + cycle ? grid[warm.count + cycle].value : lastWarm.value
            let inputs = RuleInputs(now: time, series: definitions.enumerated().map { i, d in
                SeriesWindow(definition: d, observations: [Observation(seriesKey: d.key, time: time,
                                                                       value: base * (1 + Double(i % 7) / 10) + rng.normal())],
                             sourceID: "bench")
            })
            var t = clock.now
            _ = evaluator.evaluate(inputs)
            evaluateTimes.append(WalkForward.seconds(clock.now - t))
            t = clock.now
            projected += evaluator.takeProjections().count
            projectTimes.append(WalkForward.seconds(clock.now - t))
            t = clock.now
            refitted += evaluator.refitModels().refitted
            refitTimes.append(WalkForward.seconds(clock.now - t))
        }
        func ms(_ xs: [Double]) -> String {
            "median \(String(format: "%.2f", 1e3 * (RobustStatistics.median(xs) ?? .nan))) ms, max \(String(format: "%.2f", 1e3 * (xs.max() ?? .nan))) ms"
        }
        let cycle = zip(evaluateTimes, projectTimes).map { $0 + $1 }
        print("RuleEvaluator, \(series) series (forecast rule + anomaly-score rule + projection each), \(cycles) cycles, "
              + "a new 15-minute value per series per cycle; warm-up of \(days) days read once: \(String(format: "%.1f", warmSeconds)) s")
        print("  evaluate (learn, probabilities, scores): \(ms(evaluateTimes))")
        print("  takeProjections (24 steps with intervals): \(ms(projectTimes)); \(projected) projections made")
        print("  the alarm cycle's part (both): \(ms(cycle)) — target ≤ 50 ms")
        print("  refit job, off the cycle: \(ms(refitTimes)); \(refitted) forecasters refitted")
    }
}
