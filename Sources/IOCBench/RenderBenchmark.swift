import Foundation
import IOCConfig
import IOCScreenConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore

/// `ioc-bench render`: the time to render the operator layout and diff it against the previous frame.
///
/// Builds a realistic dashboard the way the console does (the simulated city's backfill into a temporary store, then
/// one poll per second, `store.dashboard(now:)` after each), then renders `frames` frames at `width`×`height`,
/// alternating between the snapshots and advancing the clock one second per frame, and times
/// `ConsoleView.render(model)` + `BufferDiff.changes(from:to:)` for each. Model updates are not timed.
struct RenderBenchmark {
    var width = 200
    var height = 60
    var frames = 1000
    var snapshotCount = 5
    var warmup = 50
    /// Extra `store.dashboard(now:)` reads timed after the polls (the console makes one per change, about 1/s).
    var dashboardReads = 50
    var city: City = .haiphong
    /// 2026-11-18 09:00 UTC+7: a weekday morning, with dossiers and feedback due.
    var start = Date(timeIntervalSince1970: 1_795_053_600)

    func run() async throws {
        let folder = try TemporaryFolder(prefix: "ioc-bench-render")
        defer { folder.remove() }
        let store = try CityStore(path: folder.file("render.sqlite"))
        let connector = SimulatorConnector(city: city, seed: 2025, model: try CityModel.load(city))
        try store.registerSource(SourceHealth(sourceID: connector.sourceID, name: connector.displayName,
                                              kind: connector.kind, intervalSeconds: 1))
        var cursor: String?
        var snapshots: [DashboardSnapshot] = []
        var dashboardMs: [Double] = []
        var now = start
        for poll in 0...snapshotCount {
            let batch = try await connector.poll(cursor: cursor, now: now, limits: PollLimits())
            try store.recordSuccess(sourceID: connector.sourceID, batch: batch, at: now, durationMs: 1)
            cursor = batch.cursor
            let clock = MonotonicClock()
            let snapshot = try store.dashboard(now: now)
            dashboardMs.append(clock.elapsedMilliseconds)
            if poll > 0 { snapshots.append(snapshot) }
            now += 1
        }
        let counts = try store.tableCounts()
        let readAt = now.addingTimeInterval(-1)
        for _ in 0..<dashboardReads {
            let clock = MonotonicClock()
            _ = try store.dashboard(now: readAt)
            dashboardMs.append(clock.elapsedMilliseconds)
        }

        let locator = ConfigLocator(explicitDirectory: nil, environment: ProcessInfo.processInfo.environment,
                                    executablePath: CommandLine.arguments[0])
        guard let layoutPath = locator.layoutPath(named: "operator"),
              let themePath = locator.themePath(named: "control-room") else {
            throw RenderBenchmarkError.configNotFound(locator.searchDirectories)
        }
        var model = ConsoleModel(layout: try LayoutFile.load(path: layoutPath), theme: try ThemeFile.load(path: themePath),
                                 language: .vi, cityName: city.displayName, width: width, height: height, now: now)

        var previous: Buffer?
        // As the console draws: the panels' bodies kept between frames (a body whose table did not change is pasted).
        let bodies = PanelBodies()
        var renderMs: [Double] = [], diffMs: [Double] = [], totalMs: [Double] = [], changed: [Double] = []
        for frame in 0..<(warmup + frames) {
            _ = ConsoleUpdate.update(&model, .dashboardLoaded(snapshots[frame % snapshots.count]))
            _ = ConsoleUpdate.update(&model, .tick(now.addingTimeInterval(Double(frame))))
            let clock = MonotonicClock()
            var buffer = Buffer(width: width, height: height)
            ConsoleView.render(model, into: &buffer, bodies: bodies)
            let rendered = clock.elapsedMilliseconds
            let changes = BufferDiff.changes(from: previous, to: buffer)
            let total = clock.elapsedMilliseconds
            previous = buffer
            guard frame >= warmup else { continue }
            renderMs.append(rendered)
            diffMs.append(total - rendered)
            totalMs.append(total)
            changed.append(Double(changes.count))
        }

        let total = SampleSummary(totalMs), render = SampleSummary(renderMs), diff = SampleSummary(diffMs)
        let cells = SampleSummary(changed), dashboard = SampleSummary(Array(dashboardMs.dropFirst()))
        print("ioc-bench render: operator layout \(width)x\(height), theme control-room, \(city.rawValue) simulator")
        print("  data: \(counts["series"] ?? 0) series, \(counts["observation"] ?? 0) observations, "
              + "\(counts["event"] ?? 0) events; \(snapshots.count) snapshots one poll (1 s) apart; "
              + "\(frames) timed frames after \(warmup) warm-up, clock +1 s per frame")
        print(String(format: "  render+diff  median %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms",
                     total.median, total.p90, total.p99, total.maximum))
        print(String(format: "  render only  median %.3f ms  p90 %.3f ms  p99 %.3f ms",
                     render.median, render.p90, render.p99))
        print(String(format: "  diff only    median %.3f ms  p90 %.3f ms  p99 %.3f ms",
                     diff.median, diff.p90, diff.p99))
        print(String(format: "  changed cells per frame  median %.0f  p90 %.0f  (of %d)",
                     cells.median, cells.p90, width * height))
        print(String(format: "  store.dashboard(now:)  median %.2f ms  p90 %.2f ms over %d reads (not part of the frame time)",
                     dashboard.median, dashboard.p90, dashboard.count))
        print(String(format: "  target: median under 1 ms -> %@", total.median < 1 ? "met" : "MISSED"))
    }
}
