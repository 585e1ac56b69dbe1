import Foundation
import IOCConfig
import IOCDomain
import IOCEngine
import IOCStore

/// Builds the poll scheduler from the sources file, or the simulated city when no sources are configured.
enum EngineSetup {
    struct Engine {
        let scheduler: PollScheduler
        let sourceIDs: [String]
        /// What the cache keeps (the sources file's `retention:`, else the standard policy).
        let retention: RetentionPolicy
        /// Whether the simulated city is the only source (the one that can run on a fast time).
        let simulatorOnly: Bool
    }

    /// `deferModel`: the simulator parses its city's data on its first poll rather than now (the console and the
    /// wall, whose first frame needs only the database; Decision 32). The sources file is read and refused now.
    /// `time`: the time polls are made and stamped on (a fast simulated one for `ioc poll --speed`).
    /// `recorder`: where polls are written, when not straight into `store` (an offline-first poller's queue).
    static func make(store: CityStore, locator: ConfigLocator, simulator: SimulatorOptions, deferModel: Bool = false,
                     time: ProcessTime = .real, recorder: (any PollRecorder)? = nil,
                     onChange: @escaping @Sendable (String) -> Void = { _ in }) throws -> Engine {
        var document = SourcesDocument(sources: [], simulator: nil)
        if let path = locator.sourcesPath() {
            document = try SourcesFile.loadDocument(path: path)
        }
        var configs = document.sources
        if document.sources.isEmpty || document.simulator != nil {
            // The river stations with their official levels, and the plays timed from now (the fast time's now).
            configs.insert(try simulatorConfig(simulator, setting: document.simulator, deferModel: deferModel,
                                               rivers: try AlarmSetup.waterLevels(locator: locator), playedAt: time.now()), at: 0)
        }
        // One factory, by kind, for every source (Decision 44).
        var entries = try configs.map { try ConnectorFactory.make($0) }
        if let fast = time.fast {
            // A poll's deadline guards against a hung connector in real seconds: on the fast time it is `speed` times
            // longer (its own limits, which connectors read, stay in real seconds).
            entries = entries.map { entry in
                var schedule = entry.schedule
                schedule.timeout *= fast.speed
                return (entry.connector, schedule)
            }
        }
        for entry in entries {
            try store.registerSource(entry.connector.registration(interval: entry.schedule.interval))
        }
        // Operators' pause, resume and "poll now" (the sources screen, `ioc sources`) are taken within two seconds:
        // reading them every second cost 0.08% of a core at idle (BENCHMARKS.md), every two half that.
        let recorder = recorder ?? store
        let scheduler = if let fast = time.fast {
            // Operators' controls are read every 2 real seconds, not every 2 fast ones (at ×100,000, every 20 µs).
            PollScheduler(sources: entries, recorder: recorder, now: time.now, clock: fast, onChange: onChange,
                          controlInterval: .seconds(2 * fast.speed))
        } else {
            PollScheduler(sources: entries, recorder: recorder, onChange: onChange, controlInterval: .seconds(2))
        }
        return Engine(scheduler: scheduler, sourceIDs: entries.map { $0.connector.sourceID },
                      retention: document.retention ?? .standard, simulatorOnly: document.sources.isEmpty)
    }

    /// The shortest simulator interval: below it the poller spins (0 burnt half a core) for nothing a person can see.
    static let minimumSimulatorInterval = 0.1

    /// What is wrong with a simulator interval (named `name` in the message, in the command line's language), or nil.
    static func intervalProblem(_ seconds: Double, name: String) -> String? {
        guard !(seconds >= minimumSimulatorInterval) else { return nil }
        return LanguageOption.pick("\(name) phải từ \(minimumSimulatorInterval) giây trở lên (đã cho \(seconds))",
                                   "\(name) must be at least \(minimumSimulatorInterval) seconds (got \(seconds))")
    }

    /// The simulated city as a source: the sources file's `simulator:` block over the command line's options.
    /// `rivers`: the stations of `water-levels.yaml` the simulator gauges; `playedAt`: when `--play`'s triggers start.
    static func simulatorConfig(_ options: SimulatorOptions, setting: SimulatorSetting? = nil, deferModel: Bool = false,
                                rivers: [WaterLevelStation] = [], playedAt: Date? = nil) throws -> SourceConfig {
        let every = setting?.interval ?? options.simulatorInterval
        let sampling = setting?.sampling ?? options.simulatorSampling
        if let problem = intervalProblem(every, name: setting?.interval == nil ? "--simulator-interval" : "simulator.interval (sources.yaml)")
            ?? intervalProblem(sampling, name: setting?.sampling == nil ? "--simulator-sampling" : "simulator.sampling (sources.yaml)") {
            throw CommandFailure(code: ExitStatus.failure, vi: problem, en: problem)
        }
        if playedAt != nil, options.plays.contains(where: { $0.kind == .floodRiver }),
           !rivers.contains(where: { $0.city == options.city.configName }) {
            throw CommandFailure(code: ExitStatus.failure,
                                 vi: "--play flood-river: water-levels.yaml không có trạm đo mực nước sông nào của \(options.city.displayName) (city: \(options.city.configName))",
                                 en: "--play flood-river: water-levels.yaml has no river station of \(options.city.displayName) (city: \(options.city.configName))")
        }
        return SourceConfig(id: SimulatorConnector.id, name: SimulatorConnector.displayName(options.city), interval: every,
                            timeout: 10, kind: .simulator(SimulatorSource(
                                city: options.city.rawValue, seed: options.seed, sampling: sampling, deferModel: deferModel,
                                rivers: rivers, plays: playedAt.map { at in options.plays.map { SimulatorPlay(kind: $0.kind, level: $0.level, at: at) } } ?? [])))
    }
}
