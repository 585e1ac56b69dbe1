import Foundation
import IOCConfig
import IOCDomain
import IOCEngine
import IOCStore

/// Loads the alarm rules (the configured `rules.yaml`, else the package's `Rules/alarms.yaml`) and starts the alarm
/// cycle for a process that polls (rules, timers, operating scenarios started by alarms and their overdue steps, the
/// unaccepted-handover and the poller-silence alarms), or the
/// watch of a console that does not poll (the poller-silence alarm only: a dead poller runs no cycle, Decision 29).
enum AlarmSetup {
    static func rules(locator: ConfigLocator) throws -> [AlarmRule] {
        try contents(locator: locator).rules
    }

    /// The rules and the series to project ahead.
    static func contents(locator: ConfigLocator) throws -> RulesFileContents {
        guard let path = locator.rulesPath() else { return RulesFileContents(rules: []) }
        return try RulesFile.loadContents(path: path)
    }

    /// A repeating job: its step and how often it runs, and a companion the cycle leaves to another thread (the
    /// forecasters' daily refits, every `refitInterval`).
    struct Job: Sendable {
        let interval: Duration
        let step: @Sendable () throws -> Void
        var refit: (@Sendable () throws -> Void)? = nil
    }

    /// How often the forecasters due for their daily refit are refitted (a refit is due once a day per series, at a
    /// moment of its own).
    static let refitInterval: TimeInterval = 30

    /// The alarm cycle with its rules loaded (a bad rules file is refused now), for the background services to run
    /// every `interval` seconds: the rules, the timers, and through the same state machine the unaccepted-handover
    /// alarm and the clearing of the poller-silence alarm a console raised while no poller ran.
    static func cycle(store: CityStore, locator: ConfigLocator, interval: TimeInterval = 5,
                      now: @escaping @Sendable () -> Date = Date.init) throws -> Job {
        let contents = try contents(locator: locator)
        let cycle = try AlarmCycle(rules: contents.rules, waterLevels: try waterLevels(locator: locator),
                                   projections: contents.projections, recorder: store)
        let templates = try scenarios(locator: locator)
        return Job(interval: .seconds(interval), step: {
            let now = now()
            _ = try cycle.runOnce(at: now)
            _ = try store.applyHandoverAlarm(now: now)
            try store.applyPollerSilenceAlarm(now: now)
            // Last, so that a failure here (a run row this build cannot read) stops none of the alarms above; it is the
            // cycle's failure on the status bar all the same. Active alarms start their scenarios; runs are ticked and
            // their overdue steps raise alarms.
            try store.applyScenarios(templates, now: now)
            // The projections for the screens, after everything that raises or starts anything.
            try cycle.recordProjections(at: now)
        }, refit: { _ = try cycle.refitModels() })
    }

    /// The operating scenarios (`Scenarios/*.yaml` in the configuration folders, else the package's); a bad file is
    /// refused now, naming its file, line and key.
    static func scenarios(locator: ConfigLocator) throws -> [ScenarioTemplate] {
        let loaded = ScenariosFile.loadAll(paths: locator.allScenarioPaths())
        if !loaded.errors.isEmpty { throw ConfigErrors(loaded.errors) }
        return loaded.scenarios
    }

    /// The river stations with their official alarm levels (`water-levels.yaml` in the configuration folders, else
    /// the package's); a bad file is refused now.
    static func waterLevels(locator: ConfigLocator) throws -> [WaterLevelStation] {
        guard let path = locator.waterLevelsPath() else { return [] }
        return try WaterLevelsFile.load(path: path)
    }

    /// How often a console that does not poll checks that some process still polls.
    static let watchInterval: TimeInterval = 15

    /// For a console with `--no-poll`: every `interval` seconds, raises the poller-silence alarm when every source
    /// is late and clears it when polls resume (a dead poller runs no cycle, Decision 29).
    static func watch(store: any AlarmStore, interval: TimeInterval = watchInterval,
                      now: @escaping @Sendable () -> Date = Date.init) -> Job {
        Job(interval: .seconds(interval)) { try store.applyPollerSilenceAlarm(now: now()) }
    }
}
