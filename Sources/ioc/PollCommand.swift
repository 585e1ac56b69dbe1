import ArgumentParser
import Foundation
import IOCStore

/// `ioc poll`: the engine without a screen, until SIGTERM or SIGINT; then it stops polling and exits cleanly.
struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll", abstract: "Poll all sources headless until SIGTERM/SIGINT.", discussion: ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try common.openStore(create: true)
        let loading = try common.loading()
        let engine = try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator)
        let task = Task.detached { await engine.scheduler.run() }
        let done = DispatchSemaphore(value: 0)
        let watcher = SignalWatcher { _ in done.signal() }
        FileHandle.standardError.write(Data("ioc poll: \(engine.sourceIDs.joined(separator: ", ")) → \(store.path)\n".utf8))
        let maintenance = Maintenance.start(store: store, onError: Maintenance.printError)
        let alarms = try AlarmSetup.start(store: store, locator: loading.locator, onError: AlarmSetup.printError)
        var memoryRelease = MemoryReleaseSchedule(start: Int(Date().timeIntervalSince1970))
        // Sleeps until the next release is due (or a signal); nothing else runs on this thread.
        while done.wait(timeout: .now() + max(1, Double(memoryRelease.next) - Date().timeIntervalSince1970)) == .timedOut {
            if memoryRelease.isDue(at: Int(Date().timeIntervalSince1970)) { MemoryFootprint.release() }
        }
        task.cancel()
        maintenance.cancel()
        alarms.cancel()
        // Waits for the in-flight poll to finish its write (cancelled, it settles at once).
        try runBlocking { await task.value }
        // A log line (for journald and scripts), in one fixed form whatever --lang says; --lang is for errors.
        FileHandle.standardError.write(Data("ioc poll: stopped on signal \(watcher.signal ?? 0)\n".utf8))
    }
}
