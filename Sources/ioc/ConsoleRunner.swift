import Foundation
import IOCConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore
import TUICurses

/// Runs the console: the terminal and the Elm-style loop on the main thread, the poller in the background.
/// Frames are rendered only when something changed (a key, new data, the clock's second) and only changed
/// cells are drawn. Shutdown order: UI (terminal restored), then the engine, then the database.
final class ConsoleRunner {
    private let store: CityStore
    private let loading: ConfigLoading
    private var model: ConsoleModel
    /// Failures of the alarm cycle (or of the `--no-poll` watch), shown on the bottom line.
    private let backgroundErrors = BackgroundErrors()
    /// The poller, the housekeeping and the alarm cycle (or the `--no-poll` watch), started after the first frame.
    private let background: BackgroundWork
    /// How often the loop looks at the database for other writers' changes (at each clock second).
    private let dataCheckInterval: TimeInterval = 0.99
    /// Longest time between two dashboard reads when no process writes (due-soon and overdue counts age anyway).
    private let staleReload: TimeInterval = 30

    /// The operator named on the command line, signed on at start; nil asks with the sign-on prompt.
    private let signedOnActor: Actor?

    init(common: CommonOptions, simulator: SimulatorOptions, layoutName: String, themeName: String,
         language: Language, poll: Bool, actor: Actor?) throws {
        store = try common.openStore(create: true)
        loading = ConfigLoading(explicitDirectory: common.config)
        let layout = try loading.layout(named: layoutName)
        let theme = try loading.theme(named: themeName)
        let engine = poll ? try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator, deferModel: true) : nil
        model = ConsoleModel(layout: layout, theme: theme, language: language, cityName: simulator.city.displayName,
                             width: 80, height: 24, now: Date())
        model.shiftPattern = try loading.shiftPattern()
        model.showsDuty = true
        signedOnActor = actor
        if let actor { model.actor = actor } else { ConsoleUpdate.askSignOn(&model) }
        // A console that does not poll still watches that some process does (Decision 29).
        let errors = backgroundErrors, watched = store
        background = BackgroundWork(engine: engine, store: store, startAlarms: poll
            ? try AlarmSetup.prepare(store: store, locator: loading.locator, onError: { errors.post(.alarmCycle, $0) })
            : { AlarmSetup.watch(store: watched, onError: { errors.post(.alarmCycle, $0) }) },
            onHousekeepingError: { errors.post(.housekeeping, $0) })
    }

    func run() throws {
        let signals = SignalWatcher()
        let terminal = CursesTerminal()
        let presenter = FramePresenter(terminal: terminal)
        defer {
            // UI first (the terminal is back at once), then the engine finishes its in-flight write, then the
            // database closes when the store is released.
            terminal.restore()
            background.stop()
        }
        let size = terminal.size
        model.width = size.width
        model.height = size.height
        // The panels' tables as last drawn: a second whose data did not change pastes them (Decision 34).
        let bodies = PanelBodies()
        let dashboard = DashboardReader(store: store, clockRefresh: staleReload)
        var lastCheck = Date.distantPast
        var lastLogbookToken: Int64?
        var lastSecond = -1
        var memoryRelease = MemoryReleaseSchedule(start: Int(Date().timeIntervalSince1970))
        var needsFullRedraw = true
        if let actor = signedOnActor {
            do { _ = try store.signOn(actor, at: Date()) } catch {
                _ = ConsoleUpdate.update(&model, .failed(String(describing: error)))
            }
        }

        while signals.signal == nil {
            var messages: [ConsoleMessage] = []
            // Sleep until a key or the clock's next second: keys answer at once, and an idle console wakes once a
            // second, reads what changed and draws clock and data in one frame (like btop's 1 s refresh).
            let wake = Date()
            let toSecond = Int((1 - wake.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)) * 1000) + 2
            // The first frame at once (the data is in the database already); then a frame per second.
            var keys: [ConsoleMessage] = []
            if let key = terminal.readKey(timeoutMs: !presenter.hasFrame ? 0 : max(5, min(toSecond, 1000))) {
                keys.append(message(for: key, terminal))
                while keys.count < 64, let more = terminal.readKey(timeoutMs: 0) {
                    keys.append(message(for: more, terminal))
                }
            }
            let now = Date()
            let second = Int(now.timeIntervalSince1970)
            // The clock first: what the keys do (an acknowledgement, a sign-on, a handover) carries this time.
            if second != lastSecond || !keys.isEmpty {
                messages.append(.tick(now))
            }
            if second != lastSecond {
                lastSecond = second
                if memoryRelease.isDue(at: second) { MemoryFootprint.release() }
            }
            messages += keys
            if now.timeIntervalSince(lastCheck) >= dataCheckInterval {
                lastCheck = now
                // A database that is busy or briefly unreadable is shown, not fatal: the last frame stays up.
                do {
                    // Only the parts whose tables changed are re-read; deadlines and alarm rates move with the clock
                    // even when nothing is written, so the reader re-reads them at least twice a minute.
                    if let snapshot = try dashboard.refresh(now: now) {
                        messages.append(.dashboardLoaded(snapshot))
                    }
                    // Who is on duty and a pending handover: two single-row reads, only when the logbook's change
                    // counter (read with the dashboard's) moved.
                    let logbook = dashboard.lastTokens?.logbook
                    if logbook != lastLogbookToken {
                        lastLogbookToken = logbook
                        messages.append(.dutyLoaded(onDuty: try store.onDuty(), pending: try store.pendingHandover(withSections: false)))
                    }
                } catch {
                    messages.append(.failed(model.language.pick("Lỗi đọc CSDL: ", "Database read error: ") + String(describing: error)))
                }
                for (job, text) in backgroundErrors.take() {
                    messages.append(.failed(job.failed(model.language) + text))
                }
            }
            if messages.isEmpty { continue }
            var quit = false
            var queue = messages[...]
            while let msg = queue.popFirst() {
                for effect in ConsoleUpdate.update(&model, msg) {
                    switch effect {
                    case .quit: quit = true
                    case .redraw: needsFullRedraw = true
                    case .loadEvents(let kind, let agency):
                        do {
                            let events = try store.events(kind: kind, agencyCode: agency, openOnly: false, limit: 500, now: now)
                            let counts = try store.eventCounts(kind: kind, agencyCode: agency, now: now)
                            queue.append(.eventsLoaded(kind: kind, agencyCode: agency, events: events, counts: counts))
                        } catch {
                            queue.append(.failed(String(describing: error)))
                        }
                    case .applyAlarmCommands(let commands):
                        do {
                            let decisions = try store.applyAlarmInputs(commands.map { ($0.alarmID, $0.input, nil) }, policy: .standard)
                            queue.append(.alarmCommandsApplied(decisions))
                            // On screen at once, not at the next data check: re-read now.
                            if let snapshot = try dashboard.refresh(now: Date()) {
                                queue.append(.dashboardLoaded(snapshot))
                            }
                        } catch {
                            queue.append(.failed(String(describing: error)))
                        }
                    case .loadAlarmTimeline(let id):
                        do {
                            queue.append(.alarmTimelineLoaded(id: id, alarm: try store.alarm(id: id), timeline: try store.alarmTimeline(id: id)))
                        } catch {
                            queue.append(.failed(String(describing: error)))
                        }
                    case .loadLayout(let name):
                        do { queue.append(.layoutLoaded(try loading.layout(named: name))) }
                        catch let error as ConfigLoadingError { queue.append(.failed(error.text(model.language))) }
                        catch { queue.append(.failed(String(describing: error))) }
                    case .loadTheme(let name):
                        do { queue.append(.themeLoaded(try loading.theme(named: name))) }
                        catch let error as ConfigLoadingError { queue.append(.failed(error.text(model.language))) }
                        catch { queue.append(.failed(String(describing: error))) }
                    case .signOn, .loadLog, .appendLogEntry, .loadHandover, .startHandover, .acceptHandover:
                        // Synchronous writes: an entry is committed before the next frame is drawn, so it survives
                        // a kill -9 right after Enter.
                        queue.append(contentsOf: logbookEffect(effect))
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
                              clockRows: ConsoleView.clockRows(model), clock: { ConsoleView.renderClock(model, into: &$0) },
                              whole: { ConsoleView.render(model, into: &$0, bodies: bodies) })
            // On an existing database the data is already there: the first frame goes out before the background starts.
            background.startOnce()
        }
    }

    /// Carries out a logbook, handover or sign-on effect against the store; the answers as messages.
    private func logbookEffect(_ effect: ConsoleEffect) -> [ConsoleMessage] {
        do {
            switch effect {
            case .signOn(let actor, let at):
                _ = try store.signOn(actor, at: at)
                return [.dutyLoaded(onDuty: try store.onDuty(), pending: try store.pendingHandover(withSections: false))]
            case .loadLog(let query):
                return [.logEntriesLoaded(query: query, entries: try store.logEntries(query))]
            case .appendLogEntry(let draft):
                return [.logEntryAppended(try store.appendLogEntry(draft, pattern: model.shiftPattern))]
            case .loadHandover:
                return [.handoverLoaded(try store.pendingHandover() ?? store.latestHandover())]
            case .startHandover(let status, let narrative, let at):
                let record = try store.startHandover(by: model.actor, status: status, narrative: narrative, at: at,
                                                     pattern: model.shiftPattern)
                return [.handoverLoaded(record), .dutyLoaded(onDuty: try store.onDuty(), pending: record)]
            case .acceptHandover(let id, let reservations, let at):
                let record = try store.acceptHandover(id: id, by: model.actor, reservations: reservations, at: at)
                return [.handoverLoaded(record), .dutyLoaded(onDuty: try store.onDuty(), pending: try store.pendingHandover(withSections: false))]
            default:
                return []
            }
        } catch let e as LogbookRefusal {
            return [.failed(e.text(model.language))]
        } catch {
            return [.failed(String(describing: error))]
        }
    }

    private func message(for key: KeyEvent, _ terminal: CursesTerminal) -> ConsoleMessage {
        if key == .resize {
            terminal.handleResize()
            let size = terminal.size
            return .resized(width: size.width, height: size.height)
        }
        return .key(key)
    }
}
