import Foundation
import IOCDomain

extension SimulatorConnector {
    /// One day of the simulated city's past, for `ioc backfill`: the events that opened that day as they stand at
    /// the end of the backfill, the live series hour by hour, the socio-economic figures of the day, and how many
    /// polls a source polled every `interval` seconds would have made.
    public struct HistoryDay: Sendable {
        /// The day's midnight, Vietnam time.
        public var start: Date
        public var batch: Batch
        public var polls: Int
    }

    /// The days from `days` days before `now` to the day before `now`'s, oldest first, each made when asked for (a
    /// year is 365 batches of a few thousand records, never one of a million). The first carries the series
    /// definitions, agencies and wards. Deterministic: the same seed and `now` give the same days; the events are
    /// those a live poll of this seed would bring (same ids), so a later poll updates them, never doubles them.
    public func history(days: Int, through now: Date, pollInterval: TimeInterval) -> AnySequence<HistoryDay> {
        let today = LocalClock.day(now)
        let first = today - Int64(max(0, days))
        let from = LocalClock.start(ofDay: first)
        // Every event of the window, opened by day; the stations' today counters look only at their own day's.
        var byDay: [Int64: [SimulatedEvent]] = [:]
        for (kind, streams) in Self.backfillStreams {
            for event in factory.events(after: from, through: LocalClock.start(ofDay: today), streams: streams,
                                        accidents: kind == .incident) where event.openedAt >= from {
                byDay[LocalClock.day(event.openedAt), default: []].append(event)
            }
        }
        let polls = max(1, Int((86_400 / max(1, pollInterval)).rounded()))
        return AnySequence(sequence(state: first) { (day: inout Int64) -> HistoryDay? in
            guard day < today else { return nil }
            defer { day += 1 }
            let start = LocalClock.start(ofDay: day)
            let pool = byDay[day] ?? []
            var observations: [Observation] = []
            for hour in 0..<24 {
                observations += self.liveObservations(at: start.addingTimeInterval(Double(hour) * 3_600), pool: pool)
            }
            observations += self.model.indicators.map {
                Observation(seriesKey: $0.definition.key, time: start, value: self.dynamics.periodValue($0, at: start))
            }
            let events = pool.compactMap { $0.state(at: now) }
            let batch = day == first
                ? Batch(seriesDefinitions: self.definitions, observations: observations, events: events,
                        agencies: self.model.agencies, wards: self.model.wards)
                : Batch(observations: observations, events: events)
            return HistoryDay(start: start, batch: batch, polls: polls)
        })
    }

    /// The definitions of every series the simulator writes (the alarm limits the backfill's alarms follow).
    public var seriesDefinitionsWritten: [SeriesDefinition] { definitions }
}
