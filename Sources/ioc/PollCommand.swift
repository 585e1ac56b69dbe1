import ArgumentParser
import Foundation
import IOCDomain
import IOCStore

/// `ioc poll`: the engine without a screen, until SIGTERM or SIGINT; then it stops polling and exits cleanly.
struct PollCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll", abstract: "Poll all sources headless until SIGTERM/SIGINT.", discussion: ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let context = try common.openContext(create: true, command: "poll")
        guard context.actor.role.canAct else {
            let refusal = AccessRefusal.roleAboveGrant(requested: .operator, granted: context.actor.role)
            try context.audit(.command, outcome: .refused, target: "poll", detail: refusal.text(.en))
            throw refusal
        }
        let store = context.store
        let loading = try common.loading()
        try context.audit(.configLoad, target: "poll", detail: loading.inForce)
        let engine = try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator)
        // The same background services as the console's and the wall's; with no screen, a new failure is a log line.
        let background = BackgroundServices(
            engine: engine, store: store, alarms: try AlarmSetup.cycle(store: store, locator: loading.locator),
            housekeeping: true, forwarder: try loading.forwarder(store: store), health: BackgroundHealth(onNewFailure: { job, text in
                FileHandle.standardError.write(Data("ioc poll: \(job.name(.en)): \(text)\n".utf8))
            }))
        let done = DispatchSemaphore(value: 0)
        let watcher = SignalWatcher { _ in done.signal() }
        FileHandle.standardError.write(Data("ioc poll: \(engine.sourceIDs.joined(separator: ", ")) → \(store.path)\n".utf8))
        background.startOnce()
        var memoryRelease = MemoryReleaseSchedule(start: Int(Date().timeIntervalSince1970))
        // Sleeps until the next release is due (or a signal); nothing else runs on this thread.
        while done.wait(timeout: .now() + max(1, Double(memoryRelease.next) - Date().timeIntervalSince1970)) == .timedOut {
            if memoryRelease.isDue(at: Int(Date().timeIntervalSince1970)) { MemoryFootprint.release() }
        }
        // Housekeeping, the alarm cycle, then the poller, whose in-flight write finishes (cancelled, it settles at once).
        background.stop(timeout: 10)
        // A log line (for journald and scripts), in one fixed form whatever --lang says; --lang is for errors.
        FileHandle.standardError.write(Data("ioc poll: stopped on signal \(watcher.signal ?? 0)\n".utf8))
    }
}
