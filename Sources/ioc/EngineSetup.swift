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
    }

    /// `deferModel`: the simulator parses its city's data on its first poll rather than now (the console and the
    /// wall, whose first frame needs only the database; Decision 32). The sources file is read and refused now.
    static func make(store: CityStore, locator: ConfigLocator, simulator: SimulatorOptions, deferModel: Bool = false,
                     onChange: @escaping @Sendable (String) -> Void = { _ in }) throws -> Engine {
        var entries: [(connector: any Connector, schedule: SourceSchedule)] = []
        var document = SourcesDocument(sources: [], simulator: nil)
        if let path = locator.sourcesPath() {
            document = try SourcesFile.loadDocument(path: path)
        }
        if document.sources.isEmpty || document.simulator != nil {
            entries.append(try simulatorEntry(simulator, setting: document.simulator, deferModel: deferModel))
        }
        for config in document.sources {
            let schedule = SourceSchedule(interval: config.interval, jitter: config.jitter / max(config.interval, 0.001),
                                          timeout: config.timeout, maxBackoff: SourceHealth.backoffLimit(interval: config.interval),
                                          limits: PollLimits(maxResponseBytes: config.maxBytes, timeoutSeconds: config.timeout))
            entries.append((HTTPJSONConnector(config: config), schedule))
        }
        for entry in entries {
            try store.registerSource(SourceHealth(sourceID: entry.connector.sourceID, name: entry.connector.displayName,
                                                  kind: entry.connector.kind, intervalSeconds: entry.schedule.interval))
        }
        let scheduler = PollScheduler(sources: entries, recorder: store, onChange: onChange)
        return Engine(scheduler: scheduler, sourceIDs: entries.map { $0.connector.sourceID })
    }

    /// The shortest simulator interval: below it the poller spins (0 burnt half a core) for nothing a person can see.
    static let minimumSimulatorInterval = 0.1

    /// What is wrong with a simulator interval (named `name` in the message, in the command line's language), or nil.
    static func intervalProblem(_ seconds: Double, name: String) -> String? {
        guard !(seconds >= minimumSimulatorInterval) else { return nil }
        return LanguageOption.pick("\(name) phải từ \(minimumSimulatorInterval) giây trở lên (đã cho \(seconds))",
                                   "\(name) must be at least \(minimumSimulatorInterval) seconds (got \(seconds))")
    }

    static func simulatorEntry(_ options: SimulatorOptions, setting: SimulatorSetting? = nil,
                               deferModel: Bool = false) throws -> (connector: any Connector, schedule: SourceSchedule) {
        let every = setting?.interval ?? options.simulatorInterval
        let sampling = setting?.sampling ?? options.simulatorSampling
        if let problem = intervalProblem(every, name: setting?.interval == nil ? "--simulator-interval" : "simulator.interval (sources.yaml)")
            ?? intervalProblem(sampling, name: setting?.sampling == nil ? "--simulator-sampling" : "simulator.sampling (sources.yaml)") {
            throw CommandFailure(code: ExitStatus.failure, vi: problem, en: problem)
        }
        let city = options.city, seed = options.seed
        let make: @Sendable () throws -> any Connector = {
            SimulatorConnector(city: city, seed: seed, model: try CityModel.load(city), sampling: sampling)
        }
        let connector = deferModel
            ? DeferredConnector(sourceID: SimulatorConnector.id, displayName: SimulatorConnector.displayName(city),
                                displayNameEN: SimulatorConnector.displayNameEN(city), kind: SimulatorConnector.id,
                                make: make)
            : try make()
        let schedule = SourceSchedule(interval: every, jitter: 0, timeout: 10, maxBackoff: 60, limits: PollLimits())
        return (connector, schedule)
    }
}
