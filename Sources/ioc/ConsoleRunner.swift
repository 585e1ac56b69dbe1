import Foundation
import IOCConfig
import IOCConsole
import IOCDomain
import IOCEngine
import IOCStore
import TUICore
import TUICurses

/// Runs the console: `ProgramLoop` on the main thread with the terminal, the poller in the background; this type
/// is the console's effect interpreter (reads and writes against the store and the configuration) and its news
/// once a second (the dashboard, who is on duty, background failures). Shutdown order: UI (terminal restored), then
/// the engine, then the database.
final class ConsoleRunner {
    private let store: CityStore
    private let loading: ConfigLoading
    /// The model at start; the loop owns it from then on.
    private var startModel: ConsoleModel
    /// The poller, the alarm cycle (or the `--no-poll` watch) and the housekeeping, started after the first frame;
    /// their failures are state on the status bar.
    private let background: BackgroundServices
    /// Raised by the poller after each recorded poll (nil: the data is read once a second only).
    private let news: WakeSignal?
    /// Longest time between two dashboard reads when no process writes (due-soon and overdue counts age anyway).
    private let staleReload: TimeInterval = 30

    /// The person signed on at start (a personal account's grant, or `--operator` on a shared one); nil asks the
    /// name with the sign-on prompt (a shared account). The role is always the grant's (or lower with `--role`).
    private let signedOnActor: Actor?
    /// The SOC collector whose backlog the status bar shows, when `security.yaml` names one.
    private let collector: String?
    /// What this account may see (every panel, list and detail goes through it).
    private let scope: AccessScope
    /// Who is signed on now (none until the sign-on prompt is answered): signed off when the console ends.
    private let signedOn = SignedOn()
    /// Answers of the reports `:report` writes on their own thread.
    private let mailbox = ConsoleMailbox()

    /// The river stations with official alarm levels, stated as bulletins do on the panels.
    private let waterLevels: [WaterLevelStation]

    init(common: CommonOptions, simulator: SimulatorOptions, layoutName: String, themeName: String,
         language: Language, poll: Bool, identity: OperatorOptions) throws {
        let context = try common.openContext(create: true, command: "console", identity: identity)
        store = context.store
        loading = ConfigLoading(explicitDirectory: common.config)
        try context.audit(.configLoad, target: "console", detail: loading.inForce)
        let security = try loading.security()
        collector = security.forwarding?.collector
        waterLevels = try AlarmSetup.waterLevels(locator: loading.locator)
        scope = context.scope
        let layout = try loading.layout(named: layoutName)
        let theme = try loading.theme(named: themeName)
        // A viewer's process only reads: polling writes the city's data and runs the alarm rules, which is acting.
        let poll = poll && context.actor.role.canAct
        // Each recorded poll wakes the screen's loop, which reads it at once rather than at the next second.
        let news = WakeSignal()
        self.news = news
        // On PostgreSQL, what other machines commit wakes the screen too, as PostgreSQL notifies it (Decision 67).
        store.changeFeed?.onChange { [news] in news?.raise() }
        let engine = poll ? try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator, deferModel: true,
                                                 onChange: { [news] _ in news?.raise() }) : nil
        startModel = ConsoleModel(layout: layout, theme: theme, language: language, cityName: simulator.city.displayName,
                                  width: 80, height: 24, now: Date())
        startModel.shiftPattern = try loading.shiftPattern()
        startModel.scenarios = try AlarmSetup.scenarios(locator: loading.locator)
        startModel.showsDuty = true
        let asksName = context.grant.shared && identity.personName == nil
        signedOnActor = asksName ? nil : context.actor
        if let actor = signedOnActor { startModel.actor = actor } else { ConsoleUpdate.askSignOn(&startModel, role: context.actor.role) }
        // A console that does not poll still watches that some process does (Decision 29).
        background = BackgroundServices(
            engine: engine, store: store,
            alarms: poll ? try AlarmSetup.cycle(store: store, locator: loading.locator) : AlarmSetup.watch(store: store),
            housekeeping: poll, retention: engine?.retention ?? .standard, forwarder: try loading.forwarder(store: store),
            health: BackgroundHealth())
    }

    func run() throws {
        let dashboard = DashboardReader(store: store, clockRefresh: staleReload, scope: scope, waterLevels: waterLevels)
        var lastLogbookToken: Int64?
        let language = startModel.language
        ScreenSession.run(ConsoleProgram(model: startModel), background: background, news: news, start: { [store, signedOnActor, signedOn] loop in
            // The database open to other accounts is said at once, on the status line, with the command that mends it.
            let open = store.engine == .sqlite ? DatabaseFiles.openToOthers(path: store.path) : []
            if let first = open.first {
                let more = open.count > 1 ? language.pick(" (và \(open.count - 1) tệp khác)", " (and \(open.count - 1) more)") : ""
                loop.send([.failed(language.pick("Bảo mật: ", "Security: ") + first.text(language) + more)],
                          interpret: self.interpret(dashboard))
            }
            if let actor = signedOnActor {
                signedOn.actor = actor
                do { _ = try store.signOn(actor, at: Date()) } catch {
                    loop.send([.failed(String(describing: error))], interpret: self.interpret(dashboard))
                }
            }
        }, read: { [store, collector, mailbox] now, _ in
            var messages: [ConsoleMessage] = mailbox.take()
            // The SOC backlog: two indexed reads every few seconds, when a collector is configured.
            if let collector, Int(now.timeIntervalSince1970) % 3 == 0 {
                messages.append(.auditBacklogLoaded(try store.auditBacklog(for: collector)))
            }
            // Only the parts whose tables changed are re-read; deadlines and alarm rates move with the clock even when
            // nothing is written, so the reader re-reads them at least twice a minute.
            if let snapshot = try dashboard.refresh(now: now) {
                messages.append(.dashboardLoaded(snapshot))
            }
            // Who is on duty and a pending handover: two single-row reads, only when the logbook's change counter
            // (read with the dashboard's) moved.
            let logbook = dashboard.lastTokens?.logbook
            if logbook != lastLogbookToken {
                lastLogbookToken = logbook
                messages.append(.dutyLoaded(onDuty: try store.onDuty(), pending: try store.pendingHandover(withSections: false)))
            }
            return messages
        }, interpret: interpret(dashboard))
        // However the console ended (q, Ctrl-C, SIGTERM, a hang-up), the person signed on has signed off.
        if let actor = signedOn.actor {
            try store.audit(AuditEvent(at: Date(), account: store.account, actor: actor.name, role: actor.role.rawValue,
                                       action: .signOff))
        }
    }

    /// Carries out the console's effects against the store and the configuration; the answers as messages.
    private func interpret(_ dashboard: DashboardReader) -> (ConsoleEffect, ConsoleProgram) -> [ConsoleMessage] {
        { [store, loading] effect, program in
            let model = program.model
            switch effect {
            case .quit, .redraw:
                return []   // the loop's own
            case .recordRefusal(let action, let actor, let target, let reason, let at):
                do {
                    try store.audit(AuditEvent(at: at, account: store.account, actor: actor.name, role: actor.role.rawValue,
                                               action: action, outcome: .refused, target: target, detail: reason))
                    return []
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .loadEvents(let kind, let agency):
                // The dashboard offers no list of a hidden domain; a key that asks anyway is refused and audited.
                guard self.scope.allows(kind.pillar) else {
                    return self.refusedForScope(kind.pillar, what: model.language.pick("Danh sách", "The list"), model: model)
                }
                do {
                    let events = try store.events(kind: kind, agencyCode: agency, openOnly: false, limit: 500, now: model.now)
                    let counts = try store.eventCounts(kind: kind, agencyCode: agency, now: model.now)
                    var risks: [String: LatenessEstimate] = [:]
                    if kind == .dossier {
                        for risk in try store.lateRisks(now: model.now) where agency == nil || (risk.item.event.agencyCode ?? "") == agency {
                            risks[EventListScreen.riskKey(risk.item)] = risk.estimate
                        }
                    }
                    return [.eventsLoaded(kind: kind, agencyCode: agency, events: events, counts: counts, risks: risks)]
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .applyAlarmCommands(let commands):
                do {
                    var answers: [ConsoleMessage] = [
                        .alarmCommandsApplied(try store.applyAlarmInputs(commands.map { ($0.alarmID, $0.input, nil) }, policy: .standard)),
                    ]
                    // On screen at once, not at the next data check: re-read now.
                    if let snapshot = try dashboard.refresh(now: model.now) {
                        answers.append(.dashboardLoaded(snapshot))
                    }
                    return answers
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .loadAlarmTimeline(let id):
                do {
                    let alarm = try store.alarm(id: id)
                    if let alarm, !self.scope.allows(alarm) {
                        let domain = alarm.domain ?? Pillar.allCases.first(where: self.scope.hidden.contains) ?? .feedback
                        return self.refusedForScope(domain, what: model.language.pick("Cảnh báo", "The alarm"), model: model)
                    }
                    return [.alarmTimelineLoaded(id: id, alarm: alarm, timeline: try store.alarmTimeline(id: id))]
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .loadLayout(let name):
                do { return [.layoutLoaded(try loading.layout(named: name))] }
                catch let error as ConfigLoadingError { return [.failed(error.text(model.language))] }
                catch { return [.failed(String(describing: error))] }
            case .loadTheme(let name):
                do { return [.themeLoaded(try loading.theme(named: name))] }
                catch let error as ConfigLoadingError { return [.failed(error.text(model.language))] }
                catch { return [.failed(String(describing: error))] }
            case .actOnSource(let id, let action, let actor, let at):
                do {
                    let entry = try store.act(on: id, action, by: actor, at: at, pattern: model.shiftPattern)
                    let name = try store.sourceHealth().first { $0.sourceID == id }?.name(model.language) ?? id
                    var answers: [ConsoleMessage] = [.sourceActed(action, name: name, logID: entry.id)]
                    // Paused or resumed on screen at once, not at the next data check.
                    if let snapshot = try dashboard.refresh(now: model.now) { answers.append(.dashboardLoaded(snapshot)) }
                    return answers
                } catch let e as LogbookRefusal {
                    return [.failed(e.text(model.language))]
                } catch let e as AccessRefusal {
                    return [.failed(e.text(model.language))]
                } catch SourceActionRefusal.unknownSource(let id) {
                    return [.failed(model.language.pick("không có nguồn '\(id)'", "no source '\(id)'"))]
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .writeReport(let kind, let at):
                // Off the loop's thread: a year's report on a large city takes seconds, and the clock, the keys and
                // the "Đang lập báo cáo…" line must go on meanwhile. The answer wakes the loop.
                let (scope, language, actor, mailbox, news) = (self.scope, model.language, model.actor, self.mailbox, self.news)
                Thread.detachNewThread {
                    do {
                        let (period, path) = try ReportFile.writeBesideDatabase(store: store, kind: kind, at: at, scope: scope,
                                                                                language: language)
                        try store.audit(AuditEvent(at: Date(), account: store.account, actor: actor.name, role: actor.role.rawValue,
                                                   action: .export, target: "report", detail: "\(period.name(.en)) html to \(path)"))
                        mailbox.post(.reportWritten(period: period.name(language), path: path))
                    } catch let e as CommandFailure {
                        mailbox.post(.failed(e.text(language)))
                    } catch {
                        mailbox.post(.failed(String(describing: error)))
                    }
                    news?.raise()
                }
                return []
            case .applyRunInput(let runID, let input):
                do {
                    if let run = try store.run(id: runID), !self.scope.allows(run.domain) {
                        return self.refusedForScope(run.domain ?? .feedback, what: model.language.pick("Kịch bản", "The run"), model: model)
                    }
                    var answers: [ConsoleMessage] = [.runApplied(try store.applyRunInput(input, runID: runID, pattern: model.shiftPattern))]
                    if let snapshot = try dashboard.refresh(now: model.now) { answers.append(.dashboardLoaded(snapshot)) }
                    return answers
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .startRun(let templateID, let alarmID, let exercise, let actor, let at):
                guard let template = model.scenarios.first(where: { $0.id == templateID }) else {
                    return [.failed(model.language.pick("không có kịch bản '\(templateID)'", "no scenario '\(templateID)'"))]
                }
                do {
                    var answers: [ConsoleMessage] = [.runStarted(try store.startRun(template, at: at, by: actor, alarmID: alarmID,
                                                                                    exercise: exercise, byHand: true,
                                                                                    pattern: model.shiftPattern))]
                    if let snapshot = try dashboard.refresh(now: model.now) { answers.append(.dashboardLoaded(snapshot)) }
                    return answers
                } catch let refusal as RunRefusal {
                    return [.failed(refusal.text(model.language))]
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .loadRunTimeline(let id):
                do {
                    let run = try store.run(id: id)
                    // A run of a domain this account may not see is not read either.
                    if let run, !self.scope.allows(run.domain) {
                        return self.refusedForScope(run.domain ?? .feedback, what: model.language.pick("Kịch bản", "The run"), model: model)
                    }
                    return [.runTimelineLoaded(id: id, run: run, timeline: try store.runTimeline(id: id))]
                } catch {
                    return [.failed(String(describing: error))]
                }
            case .signOn, .loadLog, .appendLogEntry, .loadHandover, .startHandover, .acceptHandover:
                // Synchronous writes: an entry is committed before the next frame is drawn, so it survives
                // a kill -9 right after Enter.
                if case .signOn(let actor, _) = effect { self.signedOn.actor = actor }
                return Self.logbookEffect(effect, store: store, model: model).map { message in
                    // A handover record as this account may read it (the stored one keeps everything).
                    if case .handoverLoaded(let record?) = message { return .handoverLoaded(record.visible(to: self.scope)) }
                    if case .dutyLoaded(let duty, let pending?) = message {
                        return .dutyLoaded(onDuty: duty, pending: pending.visible(to: self.scope))
                    }
                    return message
                }
            }
        }
    }

    /// A read refused for the account's scope: said on the status line and written to the audit trail.
    private func refusedForScope(_ domain: Pillar, what: String, model: ConsoleModel) -> [ConsoleMessage] {
        let refusal = AccessRefusal.restrictedDomain(domain, what: what)
        do {
            try store.audit(AuditEvent(at: Date(), account: store.account, actor: model.actor.name, role: model.actor.role.rawValue,
                                       action: .command, outcome: .refused, target: "console",
                                       detail: AccessRefusal.restrictedDomain(domain, what: "a read").text(.en)))
        } catch {
            return [.failed(String(describing: error))]
        }
        return [.failed(refusal.text(model.language))]
    }

    /// Carries out a logbook, handover or sign-on effect against the store; the answers as messages.
    private static func logbookEffect(_ effect: ConsoleEffect, store: any LogbookStore, model: ConsoleModel) -> [ConsoleMessage] {
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
        } catch let e as AccessRefusal {
            return [.failed(e.text(model.language))]
        } catch {
            return [.failed(String(describing: error))]
        }
    }
}
