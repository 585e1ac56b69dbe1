import Foundation
import IOCConfig
import IOCDomain
import IOCEngine
import IOCStore

/// Loads the alarm rules (the configured `rules.yaml`, else the package's `Rules/alarms.yaml`) and starts the alarm
/// cycle for a process that polls (rules, timers, the unaccepted-handover and the poller-silence alarms), or the
/// watch of a console that does not poll (the poller-silence alarm only: a dead poller runs no cycle, Decision 29).
enum AlarmSetup {
    static func rules(locator: ConfigLocator) throws -> [AlarmRule] {
        guard let path = locator.rulesPath() else { return [] }
        return try RulesFile.load(path: path)
    }

    /// Starts the alarm cycle now; see `prepare`.
    static func start(store: CityStore, locator: ConfigLocator, interval: TimeInterval = 5,
                      onError: @escaping @Sendable (String) -> Void) throws -> Task<Void, Never> {
        try prepare(store: store, locator: locator, interval: interval, onError: onError)()
    }

    /// The alarm cycle with its rules loaded (a bad rules file is refused now), started when the result is called:
    /// the console and the wall start it after their first frame, so the frame does not wait behind its reads. A
    /// failing step is reported through `onError` (once per new text, so a database that stays locked does not flood
    /// the bottom line) and retried on the next cycle.
    static func prepare(store: CityStore, locator: ConfigLocator, interval: TimeInterval = 5,
                        onError: @escaping @Sendable (String) -> Void) throws -> @Sendable () -> Task<Void, Never> {
        let cycle = try AlarmCycle(rules: try rules(locator: locator), recorder: store)
        // Each cycle also raises (or clears) the unaccepted-handover alarm through the same state machine, and
        // clears the poller-silence alarm a console raised while no poller ran.
        return {
            Repeating.every(.seconds(interval), onError: onError) {
                let now = Date()
                _ = try cycle.runOnce(at: now)
                _ = try store.applyHandoverAlarm(now: now)
                try store.applyPollerSilenceAlarm(now: now)
            }
        }
    }

    /// For a process with no screen (`ioc poll`): alarm-cycle errors go to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data("ioc poll: alarm cycle: \(text)\n".utf8))
    }

    /// How often a console that does not poll checks that some process still polls.
    static let watchInterval: TimeInterval = 15

    /// For a console with `--no-poll`: every `interval` seconds, raises the poller-silence alarm when every source
    /// is late and clears it when polls resume; a failing check is reported through `onError` (once per new text).
    static func watch(store: CityStore, interval: TimeInterval = watchInterval, now: @escaping @Sendable () -> Date = Date.init,
                      onError: @escaping @Sendable (String) -> Void) -> Task<Void, Never> {
        Repeating.every(.seconds(interval), onError: onError) { try store.applyPollerSilenceAlarm(now: now()) }
    }
}
