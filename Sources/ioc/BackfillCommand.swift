import ArgumentParser
import Foundation
import IOCDomain
import IOCEngine
import IOCStore

/// `ioc backfill`: fills a simulated city's cache with its past — a year by default: every day's dossiers,
/// feedback, incidents and directives as they stand now, the live series hour by hour (rolled up as the store keeps
/// them), the socio-economic figures day by day, the polls of each day, and the alarms the series' limits raise,
/// acknowledged by the simulated operator — so a newcomer can write a year report on the first day (issue 16). Only a
/// cache of the simulator: a database holding another source's data is refused, so a real city's cache never gets
/// simulated history. Deterministic (same seed, same days); run again, events and readings are rewritten in place and
/// the alarms are taken up after the last one written (never twice).
struct BackfillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfill", abstract: "Fill a simulated city's cache with its past (a year by default).",
        discussion: "Writes the simulated city's days before today into --db (created if missing), for reports over "
            + "months or a year. Refused on a database that holds data of any source but the simulator.\n\n" + ExitStatus.help)

    @OptionGroup var common: CommonOptions
    @OptionGroup var simulator: SimulatorOptions
    @Option(name: .long, help: "How many days before today (1–800, default 365).") var days: Int = 365
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.chosen
        guard (1...800).contains(days) else {
            throw CommandFailure(code: ExitStatus.usage, vi: "--days phải từ 1 đến 800 (đã cho \(days))",
                                 en: "--days must be from 1 to 800 (got \(days))")
        }
        let context = try common.openContext(create: true, command: "backfill")
        let store = context.store
        // Writing a city's data is acting on it: not a viewer's.
        guard context.actor.role.canAct else {
            throw CommandFailure(code: ExitStatus.refused, vi: "người xem không ghi được lịch sử vào cơ sở dữ liệu",
                                 en: "a viewer cannot write history into the database")
        }
        let others = try store.sourceIDs().filter { $0 != SimulatorConnector.id }
        guard others.isEmpty else {
            throw CommandFailure(code: ExitStatus.refused,
                                 vi: "cơ sở dữ liệu có số liệu của nguồn khác ngoài mô phỏng (\(others.joined(separator: ", "))): không ghi lịch sử mô phỏng vào đó",
                                 en: "the database holds data of sources other than the simulator (\(others.joined(separator: ", "))): no simulated history is written into it")
        }
        let now = Date()
        let city = try SimulatorConnector(city: simulator.city, seed: simulator.seed, model: CityModel.load(simulator.city),
                                          sampling: simulator.simulatorSampling)
        try store.registerSource(SourceHealth(sourceID: city.sourceID, name: city.displayName, kind: city.kind,
                                              intervalSeconds: simulator.simulatorInterval, nameEN: city.displayNameEN))
        var alarms = HistoryAlarms(definitions: city.seriesDefinitionsWritten, seed: simulator.seed)
        // The alarms' actions replayed from the first day, written only after the last one already stored.
        let written0 = try store.lastAlarmAction(idPrefix: HistoryAlarms.idPrefix) ?? .distantPast
        var written = (days: 0, events: 0, observations: 0, alarms: 0)
        func apply(_ inputs: [(alarmID: String, input: AlarmInput, template: Alarm?)]) throws {
            let new = inputs.filter { $0.input.at > written0 }
            guard !new.isEmpty else { return }
            written.alarms += try store.recordHistoricAlarms(new)
        }
        do {
            let bar = ProgressBar(total: days, label: lang.pick("ngày", "days"))
            defer { bar.finish() }
            for day in city.history(days: days, through: now, pollInterval: simulator.simulatorInterval) {
                try store.recordHistory(sourceID: city.sourceID, batch: day.batch, day: day.start, polls: day.polls)
                try apply(alarms.inputs(for: day.batch.observations))
                written.days += 1
                written.events += day.batch.events.count
                written.observations += day.batch.observations.count
                bar.update(written.days)
            }
            // Nothing left standing: the live rules raise their own alarms from today on.
            try apply(alarms.finish(at: VietnamTime.startOfDay(now)))
        }
        // Raw readings older than the store keeps raw become hourly rollups, as if the console had run all year.
        _ = try store.rollupAndPrune(now: now, policy: .standard)
        try context.audit(.backfill, target: city.sourceID, detail: "\(days) days seed=\(simulator.seed) city=\(simulator.city.rawValue)")
        print(lang.pick(
            "Đã ghi \(written.days) ngày của \(city.displayName): \(written.events) sự kiện, \(written.observations) số đo, \(written.alarms) thao tác cảnh báo\(written.alarms == 0 && written0 != .distantPast ? " (cảnh báo đã có từ lần trước)" : "").",
            "Wrote \(written.days) days of \(city.displayNameEN ?? city.displayName): \(written.events) events, \(written.observations) readings, \(written.alarms) alarm actions\(written.alarms == 0 && written0 != .distantPast ? " (the alarms were there from before)" : "")."))
    }
}
