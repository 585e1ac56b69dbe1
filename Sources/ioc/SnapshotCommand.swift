import ArgumentParser
import Foundation
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore

/// `ioc snapshot`: prints one frame of a layout as text (or with colour codes), without a terminal. With no
/// `--db`, the simulated city is polled once at `--at` into a temporary database, so the same `--seed` and `--at`
/// always print the same frame.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snapshot", abstract: "Print one frame as text.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions

    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: "Frame size WIDTHxHEIGHT.")
    var size: String = "160x48"

    @Option(name: .long, help: "The moment to show, ISO 8601 (e.g. 2026-11-22T08:30:00+07:00). Default: now.")
    var at: String?

    @Flag(name: .long, help: "Print with ANSI colour codes (256 colours).")
    var ansi = false

    func run() throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 500 else {
            throw ValidationError("--size must be WIDTHxHEIGHT, e.g. 160x48")
        }
        let language = try display.language()
        let moment: Date
        if let at {
            guard let parsed = ISO8601DateFormatter().date(from: at) else {
                throw ValidationError("--at must be an ISO 8601 time with an offset, e.g. 2026-11-22T08:30:00+07:00")
            }
            moment = parsed
        } else {
            moment = Date()
        }
        let temporary = common.db == nil
        let path = common.db ?? NSTemporaryDirectory() + "ioc-snapshot-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite"
        defer {
            if temporary { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        let store = try CityStore(path: path)
        let empty = try store.sourceHealth().isEmpty
        if temporary || empty {
            let entry = try EngineSetup.simulatorEntry(simulator)
            try store.registerSource(SourceHealth(sourceID: entry.connector.sourceID, name: entry.connector.displayName,
                                                  kind: entry.connector.kind, intervalSeconds: entry.schedule.interval))
            let scheduler = PollScheduler(sources: [entry], recorder: store, now: { moment })
            let outcome = try runBlocking { await scheduler.pollOnce(sourceID: entry.connector.sourceID) }
            if case .failure(let why) = outcome { throw ValidationError("simulator failed: \(why)") }
        }
        let loading = ConfigLoading(explicitDirectory: common.config)
        var model = ConsoleModel(layout: try loading.layout(named: display.layout), theme: try loading.theme(named: display.theme),
                                 language: language, cityName: simulator.city.displayName,
                                 width: parts[0], height: parts[1], now: moment)
        _ = ConsoleUpdate.update(&model, .dashboardLoaded(try store.dashboard(now: moment)))
        let frame = ConsoleView.render(model)
        print(ansi ? ANSIText.render(frame, depth: .palette256) : SnapshotText.render(frame), terminator: ansi ? "\n" : "")
    }
}
