import Foundation
import IOCConfig
import IOCDomain

/// The product's default source: a realistic, deterministic city (Hải Phòng or Hà Nội).
///
/// The first poll (cursor nil) backfills reference data, every series definition, three days of each live series
/// every 15 minutes (the forecasters' step: a new city's projections are there at its first cycle), monthly points
/// of the socio-economic ones and the events alive as of `now`; later polls return
/// the events that appeared or changed since the cursor, the corridors' traffic at `now` and, once a minute, the
/// stations' newest one-minute reading (points of every live series every 15 minutes through a longer gap). A new process polling with the cursor a database already holds (a restart) rebuilds what it
/// remembers as of that cursor and answers only the gap: the database has the history. Everything follows from the
/// seed and the poll times: the same seed and the same sequence of times give identical batches.
public final class SimulatorConnector: Connector {
    /// The simulator's source id and kind (a deferred simulator announces them before it exists).
    public static let id = "simulator"
    public let sourceID = SimulatorConnector.id
    public let kind = SimulatorConnector.id
    public let displayName: String
    public let displayNameEN: String?
    public let city: City
    public let seed: UInt64
    let model: CityModel
    let dynamics: CityDynamics
    let factory: EventFactory
    let definitions: [SeriesDefinition]
    private let state = Locked<SimulatorState?>(nil)

    /// How far back the first poll looks for events (dossiers take up to 20 working days, directives 60 days).
    static let backfillWindow: [EventKind: TimeInterval] = [
        .dossier: 35 * 86400, .feedback: 20 * 86400, .incident: 86400, .directive: 100 * 86400,
    ]
    /// The arrival streams behind each kind, in the order the backfill emits them.
    static let backfillStreams: [(EventKind, [EventFactory.Stream])] = [
        (.directive, [.directive]), (.dossier, [.dossier]), (.feedback, [.feedback, .feedbackBurst]),
        (.incident, [.incident, .flooding]),
    ]
    static let retention: TimeInterval = 86400
    /// How often finished events beyond the retention are dropped from the pool.
    static let pruneEvery: TimeInterval = 600
    /// A gap longer than this since the cursor is answered with a fresh backfill.
    static let maxCatchUp: TimeInterval = 2 * 86400
    /// The backfill's points of each live series, and their spacing (also a gap's): three days at the forecasters'
    /// 15-minute step, so that a forecaster fitted on the first day has two days of its own errors before the
    /// console's first cycle (24 half-hourly points left a new city without projections for fifteen hours).
    static let historyPoints = 288
    static let historySpacing: TimeInterval = 900
    /// How often the stations are sampled by default: air-quality monitors, gauges and rain gauges report one-minute
    /// values (VN_AQI is an hourly figure), whatever the polling interval; a poll every few seconds brings the city's events
    /// and the corridors' speeds as they change, and each station's new value once a minute, not 30 a minute.
    public static let defaultSampling: TimeInterval = 60
    /// Seconds between two samples of the stations and today's counters, on marks counted from 1970 (whole minutes
    /// by default).
    public let sampling: TimeInterval

    /// The sample time at or before `date`.
    func sampleMark(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / sampling).rounded(.down) * sampling)
    }

    /// `rivers`: the stations of `water-levels.yaml` (those of `city` are gauged); `plays`: triggers played on request.
    /// When `--play source-down` makes the simulator fail its polls (a minute after the start, for `playedOutage`).
    let outages: [ClosedRange<Date>]
    /// How long a played outage lasts.
    static let playedOutage: TimeInterval = 15 * 60

    public init(city: City, seed: UInt64, model: CityModel, sampling: TimeInterval = defaultSampling,
                rivers: [WaterLevelStation] = [], plays: [SimulatorPlay] = []) {
        self.city = city
        self.sampling = sampling
        self.seed = seed
        self.model = model
        self.displayName = Self.displayName(city)
        self.displayNameEN = Self.displayNameEN(city)
        let river = RiverDynamics(seed: seed, stations: rivers.filter { $0.city == city.configName }, plays: plays)
        self.dynamics = CityDynamics(model: model, seed: seed, played: Self.episodes(plays, model: model), rivers: river)
        self.factory = EventFactory(dynamics: dynamics, seed: seed, plays: plays)
        self.outages = plays.compactMap { play in
            play.kind == .sourceDown ? play.at.map { ($0 + 60)...($0 + 60 + Self.playedOutage) } : nil
        }
        self.definitions = SimulatorConnector.seriesDefinitions(model, rivers: river.stations)
    }

    /// The source's name in the sources panel, known before the city model is loaded.
    public static func displayName(_ city: City) -> String { "Mô phỏng \(city.displayName)" }
    public static func displayNameEN(_ city: City) -> String { "Simulated \(city.displayName)" }

    public func poll(cursor: String?, now: Date, limits: PollLimits) async throws -> Batch {
        try Task.checkCancellation()
        if let outage = outages.first(where: { $0.contains(now) }) { throw SimulatorOutage(until: outage.upperBound) }
        return batch(cursor: cursor, now: now)
    }

    /// The synchronous poll (the async one only adds a cancellation check).
    func batch(cursor: String?, now: Date) -> Batch {
        state.withLock { state in
            let from = cursor.flatMap(Self.time(fromCursor:))
            guard let from, now.timeIntervalSince(from) <= Self.maxCatchUp else { return backfill(now: now, state: &state) }
            // A restart on a database that holds the history: no second backfill, only the gap since its last poll.
            if state == nil { state = remembered(asOf: from) }
            guard var next = state, from >= next.retainedSince else { return backfill(now: now, state: &state) }
            guard now > from else { return Batch(cursor: cursor) }
            // The pool is moved out, not copied: appending to it below must not copy thousands of events each poll.
            state = nil
            if now > next.generatedUntil {
                next.pool += factory.events(after: next.generatedUntil, through: now)
                next.generatedUntil = now
            }
            // By index, reading two dates of each event before touching the rest of it: most of the pool (a day of
            // finished cases) is passed over without copying an event.
            var events: [CityEvent] = []
            for i in next.pool.indices where next.pool[i].finalAt > from && next.pool[i].openedAt <= now {
                if next.pool[i].changed(after: from, through: now), let event = next.pool[i].state(at: now) {
                    events.append(event)
                }
            }
            // The traffic series have a value at every poll; the stations (air, water, rain) and today's counters at
            // each sampling mark the poll crosses, the newest one. A gap longer than the history's spacing (a
            // restart, a machine asleep) is filled at that spacing, the catch-up limit bounding it (192 points of each
            // live series at most).
            var observations: [Observation] = []
            let fromMark = sampleMark(from), nowMark = sampleMark(now)
            let spacing = max(Self.historySpacing, sampling)
            for time in stride(from: from + spacing, to: nowMark, by: spacing) {
                observations += trafficObservations(at: time) + stationObservations(at: time, pool: next.pool)
            }
            observations += trafficObservations(at: now)
            if nowMark > fromMark { observations += stationObservations(at: nowMark, pool: next.pool) }
            if LocalClock.day(now) > LocalClock.day(from) {
                let dayStart = LocalClock.start(ofDay: LocalClock.day(now))
                observations += model.indicators.map {
                    Observation(seriesKey: $0.definition.key, time: dayStart, value: dynamics.periodValue($0, at: dayStart))
                }
            }
            // Finished events are dropped every ten minutes, not at every poll: keeping a few more only lets an
            // older cursor be answered too.
            let horizon = now - Self.retention
            if horizon > next.retainedSince + Self.pruneEvery {
                next.pool.removeAll { $0.finalAt < horizon }
                next.retainedSince = horizon
            }
            state = next
            return Batch(observations: observations, events: events, cursor: Self.cursor(for: now))
        }
    }

    /// What a process that had polled at `time` would remember, rebuilt without emitting anything: the events the
    /// backfill pools (those still changing within the retention window). Generating them is most of what a restart
    /// costs; the 5,000 events and 2,000 observations the backfill would write again are already in the database.
    private func remembered(asOf time: Date) -> SimulatorState {
        let horizon = time - Self.retention
        var pool: [SimulatedEvent] = []
        for (kind, streams) in Self.backfillStreams {
            let window = Self.backfillWindow[kind] ?? 86400
            pool += factory.events(after: time - window, through: time, streams: streams, accidents: kind == .incident)
                .filter { $0.finalAt >= horizon }
        }
        return SimulatorState(pool: pool, generatedUntil: time, retainedSince: horizon)
    }

    private func backfill(now: Date, state: inout SimulatorState?) -> Batch {
        var all: [SimulatedEvent] = []
        for (kind, streams) in Self.backfillStreams {
            let window = Self.backfillWindow[kind] ?? 86400
            all += factory.events(after: now - window, through: now, streams: streams, accidents: kind == .incident)
        }
        var emitted: [CityEvent] = []
        var pool: [SimulatedEvent] = []
        let horizon = now - Self.retention
        for event in all {
            guard let current = event.state(at: now) else { continue }
            emitted.append(current)
            if event.finalAt >= horizon { pool.append(event) }
        }
        state = SimulatorState(pool: pool, generatedUntil: now, retainedSince: horizon)

        var observations: [Observation] = []
        let mark = sampleMark(now)
        for step in stride(from: Self.historyPoints - 1, to: 0, by: -1) {
            observations += liveObservations(at: mark - Double(step) * Self.historySpacing, pool: all)
        }
        observations += trafficObservations(at: now) + stationObservations(at: mark, pool: all)
        observations += periodHistory(now: now)
        return Batch(seriesDefinitions: definitions, observations: observations, events: emitted,
                     agencies: model.agencies, wards: model.wards, cursor: Self.cursor(for: now))
    }

    /// One value of every live series at `date`.
    func liveObservations(at date: Date, pool: [SimulatedEvent]) -> [Observation] {
        trafficObservations(at: date) + stationObservations(at: date, pool: pool)
    }

    /// The corridors' congestion and speed at `date`: probe and detector speeds, moving at every poll.
    func trafficObservations(at date: Date) -> [Observation] {
        var result: [Observation] = []
        result.reserveCapacity(2 * model.corridors.count)
        for index in model.corridors.indices {
            let slug = model.corridors[index].slug
            let congestion = dynamics.congestion(index, at: date)
            result.append(Observation(seriesKey: "traffic.congestion." + slug, time: date, value: congestion))
            result.append(Observation(seriesKey: "traffic.speed." + slug, time: date,
                                      value: dynamics.speed(index, congestion: congestion, at: date)))
        }
        return result
    }

    /// The stations' readings (VN_AQI, water levels, rainfall) and today's counters at `date`, the counters counting
    /// the arrivals in `pool` (a scan of a few thousand events, once a minute).
    func stationObservations(at date: Date, pool: [SimulatedEvent]) -> [Observation] {
        let today = TodayArrivals.count(in: pool, at: date)
        var result: [Observation] = []
        result.reserveCapacity(model.stations.count + model.gauges.count + 3)
        let rain = dynamics.rainfall(at: date)
        for index in model.stations.indices {
            result.append(Observation(seriesKey: "aqi.station." + model.stations[index].slug, time: date,
                                      value: dynamics.airQuality(index, at: date, rainfall: rain)))
        }
        let recent = dynamics.recentRain(at: date)
        for index in model.gauges.indices {
            result.append(Observation(seriesKey: "water.level." + model.gauges[index].slug, time: date,
                                      value: dynamics.waterLevel(index, at: date, recentRain: recent)))
        }
        for index in dynamics.rivers.stations.indices {
            result.append(Observation(seriesKey: dynamics.rivers.stations[index].seriesKey, time: date,
                                      value: dynamics.rivers.stage(index, at: date, recentRain: recent)))
        }
        result.append(Observation(seriesKey: "weather.rainfall", time: date, value: (rain * 10).rounded() / 10))
        result.append(Observation(seriesKey: "gov.dossiers_received_today", time: date, value: Double(today.dossiers)))
        result.append(Observation(seriesKey: "feedback.received_today", time: date, value: Double(today.feedback)))
        return result
    }

    /// The socio-economic series at the start of each of the last 12 months and of today.
    private func periodHistory(now: Date) -> [Observation] {
        let today = LocalClock.day(now)
        let civil = LocalClock.civil(ofDay: today)
        var days: [Int64] = []
        for back in stride(from: 11, through: 0, by: -1) {
            var month = civil.month - back
            var year = civil.year
            while month < 1 { month += 12; year -= 1 }
            days.append(LocalClock.dayNumber(year: year, month: month, day: 1))
        }
        if days.last != today { days.append(today) }
        return model.indicators.flatMap { indicator in
            days.map { day -> Observation in
                let at = LocalClock.start(ofDay: day)
                return Observation(seriesKey: indicator.definition.key, time: at,
                                   value: dynamics.periodValue(indicator, at: at))
            }
        }
    }

    static func cursor(for date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }

    static func time(fromCursor cursor: String) -> Date? {
        Int64(cursor).map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }
}

extension SimulatorConnector {
    /// The episodes of the plays asked for, on the city's first station or corridor: heavy rain peaking half an hour
    /// after the play (the streets flood), VN_AQI climbing past 200, a crash jamming a corridor.
    static func episodes(_ plays: [SimulatorPlay], model: CityModel) -> [Episode] {
        plays.compactMap { play -> Episode? in
            guard let at = play.at else { return nil }
            let block = Episode.block(of: at)
            switch play.kind {
            case .floodRiver, .storm, .dossierBacklog, .directiveOverdue, .sourceDown: return nil
            case .waterlogging:
                return Episode(kind: .rain, block: block, start: at - 3600, duration: 3 * 3600, target: 0, intensity: 75)
            case .airQuality:
                guard !model.stations.isEmpty else { return nil }
                return Episode(kind: .airQuality, block: block, start: at - 2 * 3600, duration: 5 * 3600, target: 0, intensity: 260)
            case .trafficAccident:
                guard !model.corridors.isEmpty else { return nil }
                return Episode(kind: .congestion, block: block, start: at - 1800, duration: 2 * 3600, target: 0, intensity: 5)
            case .feedbackSurge:
                // Sixteen reports an hour of one problem in the first urban ward, from 45 minutes before the start: the
                // shipped rule's eight within the hour are there at the start.
                return Episode(kind: .feedbackBurst, block: block, start: at - 2700, duration: 3 * 3600, target: 0, intensity: 16)
            }
        }
    }

    /// The simulated city of a source config; its city's data parsed now, or at the first poll when deferred.
    static func connector(_ source: SimulatorSource) throws -> any Connector {
        guard let city = City(rawValue: source.city) else {
            throw CityModelError.unknownCity(source.city)
        }
        let seed = source.seed, sampling = source.sampling
        let rivers = source.rivers, plays = source.plays
        let make: @Sendable () throws -> any Connector = {
            SimulatorConnector(city: city, seed: seed, model: try CityModel.load(city), sampling: sampling, rivers: rivers,
                               plays: plays)
        }
        guard source.deferModel else { return try make() }
        return DeferredConnector(sourceID: id, displayName: displayName(city), displayNameEN: displayNameEN(city),
                                 kind: id, make: make)
    }
}
