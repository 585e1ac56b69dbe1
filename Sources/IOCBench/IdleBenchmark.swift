import Foundation
import IOCConfig
import IOCScreenConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore

/// `ioc-bench idle`: what an idle default console spends per second, stage by stage, on a simulated clock.
///
/// Replays `seconds` seconds of the default console's idle work in one thread, with the clock injected (one step per
/// second, no sleeping): the simulator polled and its batch written every `interval` seconds, the alarm cycle every
/// 5 s, the console's data check (`DashboardReader.refresh` and the logbook token) and one frame (update, render,
/// diff) every second, whole or only the clock as the console decides (`FrameSchedule`, `PanelBodies`). Each stage's process CPU time is summed and reported per simulated second and as a share of
/// one core, the figure `scripts/bench/console-vs-btop` measures live (where btop is the peer). What it leaves out:
/// the terminal's own drawing (ncurses), the threads' wake-ups, and the hourly housekeeping.
struct IdleBenchmark {
    var width = 200
    var height = 60
    var seconds = 120
    var interval = 3
    var alarmInterval = 5
    var city: City = .haiphong
    /// 2026-11-18 09:00 UTC+7: a weekday morning, with dossiers and feedback due.
    var start = Date(timeIntervalSince1970: 1_795_053_600)

    func run() async throws {
        let folder = try TemporaryFolder(prefix: "ioc-bench-idle")
        defer { folder.remove() }
        let store = try CityStore(path: folder.file("idle.sqlite"))
        let connector = SimulatorConnector(city: city, seed: 2025, model: try CityModel.load(city))
        try store.registerSource(SourceHealth(sourceID: connector.sourceID, name: connector.displayName,
                                              kind: connector.kind, intervalSeconds: Double(interval)))
        let locator = ConfigLocator(explicitDirectory: nil, environment: ProcessInfo.processInfo.environment,
                                    executablePath: CommandLine.arguments[0])
        guard let layoutPath = locator.layoutPath(named: "operator"),
              let themePath = locator.themePath(named: "control-room") else {
            throw RenderBenchmarkError.configNotFound(locator.searchDirectories)
        }
        let rules = try locator.rulesPath().map { try RulesFile.load(path: $0) } ?? []
        let cycle = try AlarmCycle(rules: rules, recorder: store)
        var model = ConsoleModel(layout: try LayoutFile.load(path: layoutPath), theme: try ThemeFile.load(path: themePath),
                                 language: .vi, cityName: city.displayName, width: width, height: height, now: start)
        let reader = DashboardReader(store: store)

        // The backfill and 16 minutes of warm-up are not counted.
        var cursor: String?
        let terminal = CountingTerminal(width: width, height: height)
        let presenter = FramePresenter(terminal: terminal)
        let bodies = PanelBodies()
        var wholeFrames = 0
        var logbookToken: Int64?
        var poll = 0.0, alarms = 0.0, check = 0.0, frame = 0.0
        var frames = 0, polls = 0, changedCells = 0
        let partNames: [(String, DashboardParts)] = [("indicators", .indicators), ("events", .events),
                                                     ("sources", .sources), ("alarms", .alarms)]
        var partReads: [String: Int] = [:]
        // Past the longest rule window (15 min), so the windows, histories and pools are as full as in a long run.
        let warmup = 960
        for second in 0..<(warmup + seconds) {
            let now = start.addingTimeInterval(Double(second))
            let counted = second >= warmup
            var cpu = ProcessCPU()
            if second % interval == 0 {
                let batch = try await connector.poll(cursor: cursor, now: now, limits: PollLimits())
                try store.recordSuccess(sourceID: connector.sourceID, batch: batch, at: now, durationMs: 1)
                cursor = batch.cursor
                if counted { poll += cpu.lap(); polls += 1 } else { _ = cpu.lap() }
            }
            if second % alarmInterval == 0 {
                _ = try cycle.runOnce(at: now)
                _ = try store.applyHandoverAlarm(now: now)
                try store.applyPollerSilenceAlarm(now: now)
                if counted { alarms += cpu.lap() } else { _ = cpu.lap() }
            }
            var messages: [ConsoleMessage] = [.tick(now)]
            if let snapshot = try reader.refresh(now: now) { messages.append(.dashboardLoaded(snapshot)) }
            if counted {
                for (name, part) in partNames where reader.lastParts.contains(part) { partReads[name, default: 0] += 1 }
            }
            let token = reader.lastTokens?.logbook
            if token != logbookToken {
                logbookToken = token
                messages.append(.dutyLoaded(onDuty: try store.onDuty(), pending: try store.pendingHandover(withSections: false)))
            }
            if counted { check += cpu.lap() } else { _ = cpu.lap() }
            for message in messages { _ = ConsoleUpdate.update(&model, message) }
            let drawnBefore = terminal.cellsDrawn
            let whole = presenter.present(
                revision: model.revision, now: model.now, width: width, height: height,
                clockRows: ConsoleView.clockRows(model), clock: { ConsoleView.renderClock(model, into: &$0) },
                whole: { ConsoleView.render(model, into: &$0, bodies: bodies) })
            if whole && counted { wholeFrames += 1 }
            let changes = terminal.cellsDrawn - drawnBefore
            if counted { frame += cpu.lap(); frames += 1; changedCells += changes } else { _ = cpu.lap() }
        }
        let perSecond = { (ms: Double) in ms / Double(seconds) }
        let total = poll + alarms + check + frame
        print("ioc-bench idle: default console \(width)x\(height), \(city.rawValue) simulator polled every \(interval) s, "
              + "alarm cycle every \(alarmInterval) s; \(seconds) simulated seconds after \(warmup) s of warm-up")
        print("  stage                                         CPU ms per second   share of one core")
        for (name, ms) in [("poll + write (\(polls) polls)", poll), ("alarm cycle", alarms),
                           ("data check (1/s)", check), ("frame: update+render+diff (\(frames), \(wholeFrames) whole)", frame),
                           ("total", total)] {
            let label = name.padding(toLength: 46, withPad: " ", startingAt: 0)
            print("  " + label + String(format: "%8.3f          %6.3f %%", perSecond(ms), perSecond(ms) / 10))
        }
        // Each dashboard part read alone at the last second, as the data check reads it after a write.
        let end = start.addingTimeInterval(Double(warmup + seconds - 1))
        var parts: [String] = []
        for (name, part) in [("indicators", DashboardParts.indicators), ("events", .events), ("sources", .sources),
                             ("alarms", .alarms)] {
            var snapshot = DashboardSnapshot(readAt: end)
            var samples: [Double] = []
            for _ in 0..<30 {
                var cpu = ProcessCPU()
                try store.readDashboard(part, into: &snapshot, now: end)
                samples.append(cpu.lap())
            }
            parts.append(String(format: "%@ %.2f", name, SampleSummary(samples).median))
        }
        print("  dashboard parts re-read in \(seconds) s: "
              + partNames.map { "\($0.0) \(partReads[$0.0] ?? 0)" }.joined(separator: " · "))
        print("  one dashboard part read alone, median CPU ms: " + parts.joined(separator: " · "))
        var timing: [Double] = []
        for _ in 0..<10 {
            var cpu = ProcessCPU()
            _ = try store.ruleInputs(now: end, window: 905, warningWindow: 86_400)
            timing.append(cpu.lap())
        }
        print(String(format: "  ruleInputs alone, median CPU ms: %.2f", SampleSummary(timing).median))
        print(String(format: "  changed cells per frame (mean) %.0f of %d", Double(changedCells) / Double(max(1, frames)),
                     width * height))
    }
}
