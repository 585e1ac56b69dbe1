import Foundation
import IOCConfig
import IOCScreenConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore

/// Issue 3's figures: (1) rule evaluation throughput — observations per second through the shipped rules, on the
/// simulated city's own series with extra observations; (2) key-to-disk latency of an acknowledgement — from the
/// key reaching `ConsoleUpdate` to the timeline row committed by the store (what the runner does), with 1,000
/// alarms stored; and key-to-screen — plus the dashboard re-read, the frame render and the diff.
struct AlarmBenchmark {
    var observationsPerSeries = 2000
    var rounds = 5
    var acknowledgements = 300
    var alarmCount = 1000
    /// 2026-11-18 09:00 UTC+7.
    var start = Date(timeIntervalSince1970: 1_795_053_600)

    func run() async throws {
        let folder = try TemporaryFolder(prefix: "ioc-bench-alarms")
        defer { folder.remove() }
        let store = try CityStore(path: folder.file("alarms.sqlite"))
        let connector = SimulatorConnector(city: .haiphong, seed: 2025, model: try CityModel.load(.haiphong))
        try store.registerSource(SourceHealth(sourceID: connector.sourceID, name: connector.displayName,
                                              kind: connector.kind, intervalSeconds: 1))
        let batch = try await connector.poll(cursor: nil, now: start, limits: PollLimits())
        try store.recordSuccess(sourceID: connector.sourceID, batch: batch, at: start, durationMs: 1)

        let locator = ConfigLocator(explicitDirectory: nil, environment: ProcessInfo.processInfo.environment,
                                    executablePath: CommandLine.arguments[0])
        guard let rulesPath = locator.rulesPath(), let layoutPath = locator.layoutPath(named: "operator"),
              let themePath = locator.themePath(named: "control-room") else {
            throw RenderBenchmarkError.configNotFound(locator.searchDirectories)
        }
        let rules = try RulesFile.load(path: rulesPath)

        // 1. Rule evaluation: the city's real series, each given `observationsPerSeries` new values one second apart
        //    (a random walk around its latest value), through a fresh evaluator per round.
        let base = try store.ruleInputs(now: start, window: 3600, warningWindow: 86_400, baselineWeeks: 4)
        var inputs = base
        var generator = SplitMix(seed: 7)
        var total = 0
        inputs.series = base.series.map { window in
            var w = window
            var value = window.observations.last?.value ?? 50
            w.observations = (0..<observationsPerSeries).map { i in
                value = max(0, value + (generator.unit() - 0.5) * max(1, abs(value) * 0.02))
                return Observation(seriesKey: window.definition.key, time: start.addingTimeInterval(Double(i - observationsPerSeries)),
                                   value: value)
            }
            total += w.observations.count
            return w
        }
        // Observations of series that at least one value rule (threshold, rate, anomaly) selects: the work the rules do.
        let valueRules = rules.filter { [.threshold, .rateOfChange, .anomaly].contains($0.kind) }
        let selected = inputs.series.filter { w in valueRules.contains { RuleGlob.matches($0.selector, w.definition.key) } }
        let evaluated = selected.reduce(0) { $0 + $1.observations.count }
        var rates: [Double] = []
        var raised = 0
        for _ in 0..<rounds {
            let evaluator = RuleEvaluator(rules: rules)
            let clock = MonotonicClock()
            let changes = evaluator.evaluate(inputs)
            rates.append(Double(evaluated) / clock.elapsedSeconds)
            raised = changes.count
        }
        let rateSummary = SampleSummary(rates)
        print("rules: \(rules.count) rules (\(valueRules.count) on values), \(inputs.series.count) series, \(selected.count) selected by value rules; "
              + "\(evaluated) of \(total) observations per round go through value rules; \(raised) condition changes")
        print(String(format: "rules: throughput median %.0f observations/s (min %.0f, max %.0f) over %d rounds",
                     rateSummary.median, rateSummary.sorted.first ?? 0, rateSummary.maximum, rounds))

        // 2. Acknowledgement latency with `alarmCount` alarms stored, each its own group (distinct kinds).
        let raises: [(alarmID: String, input: AlarmInput, template: Alarm?)] = (0..<alarmCount).map { n in
            // Spread over 28 hours, so the load is normal (no flood) and every alarm is its own row.
            let at = start.addingTimeInterval(-Double(alarmCount - n) * 100)
            let t = AlarmStateMachine.newAlarm(ruleID: "bench", subject: "s\(n)", kind: .other("k\(n)"), priority: .low,
                                               message: "Cảnh báo đo \(n)", at: at, agencyCode: "SXD")
            return (t.id, .conditionRaised(value: Double(n), message: t.message, priority: .low, at: at), t)
        }
        _ = try store.applyAlarmInputs(raises, policy: .standard)
        var model = ConsoleModel(layout: try LayoutFile.load(path: layoutPath), theme: try ThemeFile.load(path: themePath),
                                 language: .vi, cityName: "Hải Phòng", width: 200, height: 60, now: start)
        model.actor = Actor(name: "bench", role: .operator)
        _ = ConsoleUpdate.update(&model, .dashboardLoaded(try store.dashboard(now: start)))
        model.focusIndex = model.activePanels.firstIndex { $0.kind == .alarms } ?? 0
        var previous: Buffer? = ConsoleView.render(model)
        var toDisk: [Double] = [], toScreen: [Double] = []
        for _ in 0..<acknowledgements {
            let clock = MonotonicClock()
            let effects = ConsoleUpdate.update(&model, .key(.character("a")))
            guard case .applyAlarmCommands(let commands)? = effects.first else { throw AlarmBenchmarkError.noCommand }
            let decisions = try store.applyAlarmInputs(commands.map { ($0.alarmID, $0.input, nil) }, policy: .standard)
            toDisk.append(clock.elapsedMilliseconds)
            _ = ConsoleUpdate.update(&model, .alarmCommandsApplied(decisions))
            _ = ConsoleUpdate.update(&model, .dashboardLoaded(try store.dashboard(now: start)))
            let frame = ConsoleView.render(model)
            _ = BufferDiff.changes(from: previous, to: frame)
            previous = frame
            toScreen.append(clock.elapsedMilliseconds)
        }
        let disk = SampleSummary(toDisk), screen = SampleSummary(toScreen)
        print(String(format: "ack: key-to-disk median %.2f ms, p99 %.2f ms, max %.2f ms (%d acknowledgements, %d alarms stored)",
                     disk.median, disk.p99, disk.maximum, acknowledgements, alarmCount))
        print(String(format: "ack: key-to-screen median %.2f ms, p99 %.2f ms (incl. dashboard re-read, render and diff at 200x60)",
                     screen.median, screen.p99))
    }
}

enum AlarmBenchmarkError: Error { case noCommand }

/// A small seeded generator for reproducible synthetic observations.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
