import Foundation
import IOCConfig
import IOCEngine
import IOCStore

/// Loads the alarm rules (the configured `rules.yaml`, else the package's `Rules/alarms.yaml`) and starts the alarm
/// cycle for a process that polls (rules, timers, and the unaccepted-handover alarm).
enum AlarmSetup {
    static func rules(locator: ConfigLocator) throws -> [AlarmRule] {
        guard let path = locator.rulesPath() else { return [] }
        return try RulesFile.load(path: path)
    }

    static func start(store: CityStore, locator: ConfigLocator, interval: TimeInterval = 5) throws -> Task<Void, Never> {
        try prepare(store: store, locator: locator, interval: interval)()
    }

    /// The alarm cycle with its rules loaded (a bad rules file is refused now), started when the result is called:
    /// the console and the wall start it after their first frame, so the frame does not wait behind its reads.
    static func prepare(store: CityStore, locator: ConfigLocator,
                        interval: TimeInterval = 5) throws -> @Sendable () -> Task<Void, Never> {
        let cycle = try AlarmCycle(rules: try rules(locator: locator), recorder: store)
        // Each cycle also raises (or clears) the unaccepted-handover alarm through the same state machine.
        return { Task.detached {
            while !Task.isCancelled {
                _ = try? cycle.runOnce()
                _ = try? store.applyHandoverAlarm(now: Date())
                try? await Task.sleep(for: .seconds(interval))
            }
        } }
    }
}
