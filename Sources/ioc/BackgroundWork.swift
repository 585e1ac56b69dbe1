import Foundation
import IOCStore

/// The background work of a process with a screen (the console, the wall): the poller, the hourly housekeeping and
/// the alarm cycle (or a `--no-poll` console's watch). Started once, after the first frame, so that frame does not
/// share the cores with their first reads and writes (Decision 30); stopped after the terminal is restored, the
/// engine given up to 2 s to finish its in-flight write before the store is released.
final class BackgroundWork {
    private let engine: EngineSetup.Engine?
    private let store: CityStore
    private let startAlarms: (@Sendable () -> Task<Void, Never>)?
    private let onHousekeepingError: @Sendable (String) -> Void
    private var engineTask: Task<Void, Never>?
    private var maintenance: Task<Void, Never>?
    private var alarmTask: Task<Void, Never>?
    private var started = false

    init(engine: EngineSetup.Engine?, store: CityStore, startAlarms: (@Sendable () -> Task<Void, Never>)?,
         onHousekeepingError: @escaping @Sendable (String) -> Void) {
        self.engine = engine; self.store = store; self.startAlarms = startAlarms
        self.onHousekeepingError = onHousekeepingError
    }

    /// Starts everything the first time it is called (after the first frame is drawn); later calls do nothing.
    func startOnce() {
        guard !started else { return }
        started = true
        engineTask = engine.map { e in Task.detached { await e.scheduler.run() } }
        maintenance = engine == nil ? nil : Maintenance.start(store: store, onError: onHousekeepingError)
        alarmTask = startAlarms?()
    }

    /// Cancels everything and waits up to 2 s for the engine's in-flight poll (a poll still running past that is
    /// abandoned: the process is leaving, and SQLite's WAL keeps what was committed).
    func stop() {
        engineTask?.cancel()
        maintenance?.cancel()
        alarmTask?.cancel()
        guard let engineTask else { return }
        do {
            _ = try runBlocking(timeout: 2) { await engineTask.value }
        } catch {
            // Said, not swallowed: a log line in one fixed form (the terminal is already restored).
            FileHandle.standardError.write(Data("ioc: the poller did not stop within 2 s; its last poll was abandoned (the database keeps what was committed)\n".utf8))
        }
    }
}
