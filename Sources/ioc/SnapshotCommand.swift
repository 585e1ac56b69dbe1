import ArgumentParser
import Foundation
import IOCBriefing
import IOCConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore

/// `ioc snapshot`: prints one frame of a layout as text (or with colour codes), without a terminal. With no
/// `--db`, the simulated city is polled once at `--at` into a temporary database, so the same `--seed` and `--at`
/// always print the same frame. With a briefing layout (`--layout briefing`) it prints slide `--slide N` of the
/// leaders' briefing. On a fresh simulated city it runs one alarm cycle, so alarm panels show what the rules raise.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "Print one frame as text.",
        discussion: "With --db, the frame of that database; a new or empty one is first filled with the simulated city "
            + "polled at --at (it writes, like the console). Without it, a temporary simulated city.\n\n" + ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions

    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: "Frame size WIDTHxHEIGHT.")
    var size: String = "160x48"

    @Option(name: .long, help: "The moment to show, ISO 8601 (e.g. 2026-11-22T08:30:00+07:00). Default: now.")
    var at: String?

    @Flag(name: .long, help: "Print with ANSI colour codes (256 colours).")
    var ansi = false

    @Option(name: .long, help: "With a briefing layout: the slide to print, from 1.")
    var slide: Int = 1

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
        let context = try CommandContext.resolve(store: temporary ? CityStore(path: path) : common.openStore(create: true),
                                                 command: "snapshot", identity: nil, security: try common.loading().security(),
                                                 securityPath: try common.loading().locator.securityPath())
        let store = context.store
        let empty = try store.sourceHealth().isEmpty
        let loading = try common.loading()
        if temporary || empty {
            let entry = try ConnectorFactory.make(try EngineSetup.simulatorConfig(
                simulator, rivers: try AlarmSetup.waterLevels(locator: loading.locator), playedAt: moment))
            try store.registerSource(SourceHealth(sourceID: entry.connector.sourceID, name: entry.connector.displayName,
                                                  kind: entry.connector.kind, intervalSeconds: entry.schedule.interval,
                                                  nameEN: entry.connector.displayNameEN))
            let scheduler = PollScheduler(sources: [entry], recorder: store, now: { moment })
            let outcome = try runBlocking { await scheduler.pollOnce(sourceID: entry.connector.sourceID) }
            if case .failure(let why) = outcome { throw ValidationError("simulator failed: \(why)") }
        }
        if temporary || empty {
            // The alarm panel (and the wall's alarm slide) shows what the rules raise on this data: one cycle at the
            // same moment, as a running console would have done within seconds.
            let contents = try AlarmSetup.contents(locator: loading.locator)
            let cycle = try AlarmCycle(rules: contents.rules, waterLevels: try AlarmSetup.waterLevels(locator: loading.locator),
                                       projections: contents.projections, recorder: store, now: { moment })
            try cycle.runOnce(at: moment)
            try cycle.recordProjections(at: moment)
        }
        // A snapshot of a kept database is an export of what it holds (a temporary simulated city is not).
        if !temporary { try context.audit(.export, target: "snapshot", detail: "layout=\(display.layout) size=\(size)") }
        if loading.isBriefing(named: display.layout) {
            let frame = try briefingFrame(loading: loading, store: store, scope: context.scope, width: parts[0], height: parts[1],
                                          moment: moment)
            print(ansi ? ANSIText.render(frame, depth: .palette256) : SnapshotText.render(frame), terminator: ansi ? "\n" : "")
            return
        }
        var model = ConsoleModel(layout: try loading.layout(named: display.layout),
                                 theme: try loading.theme(named: display.themeName(defaultingTo: "control-room")),
                                 language: language, cityName: simulator.city.displayName,
                                 width: parts[0], height: parts[1], now: moment)
        _ = ConsoleUpdate.update(&model, .dashboardLoaded(try Self.dashboard(store, loading: loading, now: moment).visible(to: context.scope)))
        let frame = ConsoleView.render(model)
        print(ansi ? ANSIText.render(frame, depth: .palette256) : SnapshotText.render(frame), terminator: ansi ? "\n" : "")
    }

    /// The whole dashboard at `moment`, with the river stations stated as bulletins do.
    static func dashboard(_ store: CityStore, loading: ConfigLoading, now: Date) throws -> DashboardSnapshot {
        var snapshot = try store.dashboard(now: now)
        snapshot.waterLevels = try store.waterLevels(try AlarmSetup.waterLevels(locator: loading.locator), now: now)
        return snapshot
    }

    /// Slide `--slide` of the briefing layout, as the wall shows it at `moment`.
    private func briefingFrame(loading: ConfigLoading, store: CityStore, scope: AccessScope, width: Int, height: Int,
                               moment: Date) throws -> Buffer {
        let layout = try loading.briefing(named: display.layout)
        guard (1...layout.slides.count).contains(slide) else {
            throw ValidationError("--slide must be 1 to \(layout.slides.count) for the layout '\(display.layout)'")
        }
        let language: Language = try display.language() == .en ? .en : .vi
        var model = BriefingModel(layout: layout, theme: try loading.theme(named: display.themeName(defaultingTo: "briefing")),
                                  language: language, cityName: simulator.city.displayName, width: width, height: height,
                                  now: moment)
        BriefingUpdate.update(&model, .dashboardLoaded(try Self.dashboard(store, loading: loading, now: moment).visible(to: scope)))
        model.slide = slide - 1
        return BriefingView.render(model)
    }
}
