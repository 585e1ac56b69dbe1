import Foundation
import IOCBriefing
import IOCConfig
import IOCDomain
import IOCEngine
import IOCStore
import TUICore
import TUICurses

/// Runs the briefing: the terminal loop on the main thread (like the console's), the simulator and the alarm
/// rules in the background when polling. It wakes at each key and at each clock second (rotation, clock, data
/// check) and draws only changed cells. It only reads the database: the wall never acknowledges anything.
final class BriefRunner {
    private let store: CityStore
    private var model: BriefingModel
    /// Failures of the alarm cycle, shown on the bottom line.
    private let backgroundErrors = BackgroundErrors()
    /// The poller, the housekeeping and the alarm cycle, started after the first frame.
    private let background: BackgroundWork
    /// Longest time between two reads when nothing is written (due-soon and overdue counts age anyway).
    private let staleReload: TimeInterval = 30

    init(common: CommonOptions, simulator: SimulatorOptions, layout: BriefingLayout, theme: Theme,
         language: Language, poll: Bool) throws {
        store = try common.openStore(create: true)
        let loading = ConfigLoading(explicitDirectory: common.config)
        let engine = poll ? try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator, deferModel: true) : nil
        model = BriefingModel(layout: layout, theme: theme, language: language, cityName: simulator.city.displayName,
                              width: 80, height: 24, now: Date())
        let errors = backgroundErrors
        background = BackgroundWork(engine: engine, store: store, startAlarms: poll
            ? try AlarmSetup.prepare(store: store, locator: loading.locator, onError: { errors.post(.alarmCycle, $0) }) : nil,
            onHousekeepingError: { errors.post(.housekeeping, $0) })
    }

    func run() throws {
        let signals = SignalWatcher()
        let terminal = CursesTerminal()
        let presenter = FramePresenter(terminal: terminal)
        defer {
            terminal.restore()
            background.stop()
        }
        let size = terminal.size
        BriefingUpdate.update(&model, .resized(width: size.width, height: size.height))
        let dashboard = DashboardReader(store: store, clockRefresh: staleReload)
        var lastSecond = -1
        var memoryRelease = MemoryReleaseSchedule(start: Int(Date().timeIntervalSince1970))
        var needsFullRedraw = true
        while signals.signal == nil {
            var messages: [BriefingMessage] = []
            let wake = Date()
            let toSecond = Int((1 - wake.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)) * 1000) + 2
            // The first frame at once (the data is in the database already); then a frame per second.
            if let key = terminal.readKey(timeoutMs: !presenter.hasFrame ? 0 : max(5, min(toSecond, 1000))) {
                messages.append(message(for: key, terminal))
                while messages.count < 64, let more = terminal.readKey(timeoutMs: 0) { messages.append(message(for: more, terminal)) }
            }
            let now = Date()
            let second = Int(now.timeIntervalSince1970)
            if second != lastSecond {
                lastSecond = second
                messages.append(.tick(now))
                if memoryRelease.isDue(at: second) { MemoryFootprint.release() }
                do {
                    // Like the console: only the parts whose tables changed are re-read (Decision 21).
                    if let snapshot = try dashboard.refresh(now: now) {
                        messages.append(.dashboardLoaded(snapshot))
                    }
                } catch {
                    messages.append(.failed(model.language.pick("Lỗi đọc CSDL: ", "Database read error: ")
                                            + TextSanitizer.clean(String(describing: error), maxCharacters: 200)))
                }
                for (job, text) in backgroundErrors.take() {
                    messages.append(.failed(job.failed(model.language) + text))
                }
            }
            if messages.isEmpty { continue }
            var quit = false
            for msg in messages {
                for effect in BriefingUpdate.update(&model, msg) {
                    switch effect {
                    case .quit: quit = true
                    case .redraw: needsFullRedraw = true
                    }
                }
            }
            if quit { break }
            if needsFullRedraw {
                presenter.invalidate()
                needsFullRedraw = false
            }
            // A whole frame when the model changed (or every 10 s), else only the clock's rows (Decision 35).
            presenter.present(revision: model.revision, now: model.now, width: model.width, height: model.height,
                              clockRows: BriefingView.clockRows(model), clock: { BriefingView.renderClock(model, into: &$0) },
                              whole: { BriefingView.render(model, into: &$0) })
            // On an existing database the data is already there: the first frame goes out before the background starts.
            background.startOnce()
        }
    }

    private func message(for key: KeyEvent, _ terminal: CursesTerminal) -> BriefingMessage {
        if key == .resize {
            terminal.handleResize()
            let size = terminal.size
            return .resized(width: size.width, height: size.height)
        }
        return .key(key)
    }
}
