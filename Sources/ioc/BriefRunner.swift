import Foundation
import IOCBriefing
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCEngine
import IOCStore
import TUICore
import TUICurses

/// Runs the briefing: `ProgramLoop` on the main thread with the terminal (as the console), the simulator and the
/// alarm rules in the background when polling. Its news once a second is the dashboard and background failures; it
/// has no effects to interpret, as the wall only reads the database and never acknowledges anything.
final class BriefRunner {
    private let store: CityStore
    /// What the wall's account may see.
    private let scope: AccessScope
    /// The model at start; the loop owns it from then on.
    private let startModel: BriefingModel
    /// The poller, the alarm cycle and the housekeeping when polling, started after the first frame; their failures
    /// are state on the footer.
    private let background: BackgroundServices
    /// Raised by the poller after each recorded poll (nil: the data is read once a second only).
    private let news: WakeSignal?
    /// Longest time between two reads when nothing is written (due-soon and overdue counts age anyway).
    private let staleReload: TimeInterval = 30

    /// The river stations with official alarm levels, stated as bulletins do on the panels.
    private let waterLevels: [WaterLevelStation]

    init(common: CommonOptions, simulator: SimulatorOptions, layout: BriefingLayout, theme: Theme,
         language: Language, poll: Bool) throws {
        let context = try common.openContext(create: true, command: "brief")
        store = context.store
        scope = context.scope
        let loading = ConfigLoading(explicitDirectory: common.config)
        waterLevels = try AlarmSetup.waterLevels(locator: loading.locator)
        try context.audit(.configLoad, target: "brief", detail: loading.inForce)
        // A viewer's process only reads: polling writes the city's data and runs the alarm rules, which is acting.
        let poll = poll && context.actor.role.canAct
        // Each recorded poll wakes the screen's loop, which reads it at once rather than at the next second.
        let news = WakeSignal()
        self.news = news
        // On PostgreSQL, what other machines commit wakes the screen too, as PostgreSQL notifies it (Decision 67).
        store.changeFeed?.onChange { [news] in news?.raise() }
        let engine = poll ? try EngineSetup.make(store: store, locator: loading.locator, simulator: simulator, deferModel: true,
                                                 onChange: { [news] _ in news?.raise() }) : nil
        startModel = BriefingModel(layout: layout, theme: theme, language: language, cityName: simulator.city.displayName,
                              width: 80, height: 24, now: Date())
        background = BackgroundServices(
            engine: engine, store: store,
            alarms: poll ? try AlarmSetup.cycle(store: store, locator: loading.locator) : nil,
            housekeeping: poll, retention: engine?.retention ?? .standard, forwarder: try loading.forwarder(store: store),
            health: BackgroundHealth())
    }

    func run() throws {
        let dashboard = DashboardReader(store: store, clockRefresh: staleReload, scope: scope, waterLevels: waterLevels)
        // Like the console: only the parts whose tables changed are re-read (Decision 21); no effects to carry out.
        ScreenSession.run(BriefingProgram(model: startModel), background: background, news: news, read: { now, _ in
            try dashboard.refresh(now: now).map { [.dashboardLoaded($0)] } ?? []
        }, interpret: { _, _ in [] })
    }
}
