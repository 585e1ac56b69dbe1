import Foundation
import IOCBriefing
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCEngine
import IOCStore
import TUICore

/// `ioc-bench brief`: the time to render each slide of the leaders' briefing on a wall (300×80 by default) and diff
/// it against the previous frame.
///
/// Builds the dashboards like `ioc-bench render` (the simulated city polled into a temporary store, one poll per
/// second), adds 20 open alarms of every priority (a poll alone raises none: rules run in the alarm cycle), then for
/// each slide renders `frames` frames after a warm-up, alternating the snapshots and advancing the clock one second
/// per frame (within 100 s of the data, so it stays current and the wall shows no stale banner), and times
/// `BriefingView.render(model)` + `BufferDiff.changes(from:to:)`. Target: every slide's median at most 2 ms.
struct BriefBenchmark {
    var width = 300
    var height = 80
    var frames = 300
    var snapshotCount = 5
    var warmup = 30
    var city: City = .haiphong
    /// 2026-11-18 09:00 UTC+7: a weekday morning.
    var start = Date(timeIntervalSince1970: 1_795_053_600)

    func run() async throws {
        let folder = try TemporaryFolder(prefix: "ioc-bench-brief")
        defer { folder.remove() }
        let store = try CityStore(path: folder.file("brief.sqlite"))
        let connector = SimulatorConnector(city: city, seed: 2025, model: try CityModel.load(city))
        try store.registerSource(SourceHealth(sourceID: connector.sourceID, name: connector.displayName,
                                              kind: connector.kind, intervalSeconds: 1))
        var cursor: String?
        var snapshots: [DashboardSnapshot] = []
        var now = start
        for poll in 0...snapshotCount {
            let batch = try await connector.poll(cursor: cursor, now: now, limits: PollLimits())
            try store.recordSuccess(sourceID: connector.sourceID, batch: batch, at: now, durationMs: 1)
            cursor = batch.cursor
            var snapshot = try store.dashboard(now: now)
            snapshot.alarms = alarms(at: now)
            if poll > 0 { snapshots.append(snapshot) }
            now += 1
        }
        let locator = ConfigLocator(explicitDirectory: nil, environment: ProcessInfo.processInfo.environment,
                                    executablePath: CommandLine.arguments[0])
        guard let layoutPath = locator.layoutPath(named: "briefing"), let themePath = locator.themePath(named: "briefing") else {
            throw RenderBenchmarkError.configNotFound(locator.searchDirectories)
        }
        let layout = try BriefingLayoutFile.load(path: layoutPath)
        var model = BriefingModel(layout: layout, theme: try ThemeFile.load(path: themePath), cityName: city.displayName,
                                  width: width, height: height, now: now)
        BriefingUpdate.update(&model, .key(.character("p")))
        print("ioc-bench brief: briefing layout \(width)x\(height), theme briefing, \(city.rawValue) simulator, "
              + "\(snapshots.count) snapshots one poll (1 s) apart, \(frames) timed frames per slide after \(warmup) warm-up")
        var medians: [Double] = []
        for (index, spec) in layout.slides.enumerated() {
            model.slide = index
            var previous: Buffer?
            var totalMs: [Double] = [], renderMs: [Double] = []
            for frame in 0..<(warmup + frames) {
                BriefingUpdate.update(&model, .dashboardLoaded(snapshots[frame % snapshots.count]))
                BriefingUpdate.update(&model, .tick(now.addingTimeInterval(Double(frame % 100))))
                let clock = MonotonicClock()
                let buffer = BriefingView.render(model)
                let rendered = clock.elapsedMilliseconds
                _ = BufferDiff.changes(from: previous, to: buffer)
                let total = clock.elapsedMilliseconds
                previous = buffer
                guard frame >= warmup else { continue }
                renderMs.append(rendered)
                totalMs.append(total)
            }
            let total = SampleSummary(totalMs), render = SampleSummary(renderMs)
            medians.append(total.median)
            let name = "\(index + 1) \(spec.kind.rawValue)".padding(toLength: 18, withPad: " ", startingAt: 0)
            print(String(format: "  slide %@ render+diff median %.3f ms  p99 %.3f ms  (render only median %.3f ms)",
                         name, total.median, total.p99, render.median))
        }
        let worst = medians.max() ?? 0
        print(String(format: "  target: every slide's median at most 2 ms -> %@ (slowest median %.3f ms)",
                     worst <= 2 ? "met" : "MISSED", worst))
    }

    /// 20 open alarms: every priority, unacknowledged and acknowledged.
    private func alarms(at now: Date) -> [Alarm] {
        (0..<20).map { i in
            let priority = AlarmPriority.allCases[i % 4]
            var a = AlarmStateMachine.newAlarm(ruleID: "bench-\(i)", subject: "s\(i)", kind: .threshold, priority: priority,
                                               message: "Cảnh báo thử số \(i): VN_AQI Trạm Lê Chân vượt ngưỡng",
                                               at: now.addingTimeInterval(Double(-60 * i)), agencyCode: "STNMT")
            a.state = i % 3 == 0 ? .acknowledged : .unacknowledged
            a.conditionActive = true
            a.activeSince = now.addingTimeInterval(Double(-60 * i))
            return a
        }
    }
}
