import Foundation

/// A report's figures of the alarms of its period, as ISA-18.2 / IEC 62682 measures an alarm system: how many were
/// annunciated (raised, or re-alarmed to a more urgent priority) and acknowledged, by priority, how long
/// acknowledgement took, and the load per 10 minutes against the standard's targets (`AlarmLoad`'s constants).
public struct AlarmReport: Sendable, Hashable, Codable {
    /// One priority's figures.
    public struct PriorityFigures: Sendable, Hashable, Codable {
        /// 1 (emergency) … 4 (low).
        public var priority: Int
        public var annunciated: Int
        public var acknowledged: Int
        /// Seconds from the annunciation to its acknowledgement: median and 90th percentile (nil: none acknowledged).
        public var medianSecondsToAcknowledge: Double?
        public var p90SecondsToAcknowledge: Double?

        public init(priority: Int, annunciated: Int = 0, acknowledged: Int = 0,
                    medianSecondsToAcknowledge: Double? = nil, p90SecondsToAcknowledge: Double? = nil) {
            self.priority = priority; self.annunciated = annunciated; self.acknowledged = acknowledged
            self.medianSecondsToAcknowledge = medianSecondsToAcknowledge; self.p90SecondsToAcknowledge = p90SecondsToAcknowledge
        }
    }

    /// Priorities 1 to 4, in order, each present.
    public var byPriority: [PriorityFigures]
    /// Aligned 10-minute intervals in the period (clock time, from the period's start).
    public var intervals: Int
    /// The busiest interval's annunciations.
    public var peakPer10Minutes: Int
    /// Intervals with more than `AlarmLoad.floodStartsAbove` annunciations.
    public var floodIntervals: Int

    public init(byPriority: [PriorityFigures], intervals: Int, peakPer10Minutes: Int, floodIntervals: Int) {
        self.byPriority = byPriority; self.intervals = intervals
        self.peakPer10Minutes = peakPer10Minutes; self.floodIntervals = floodIntervals
    }

    public var annunciated: Int { byPriority.reduce(0) { $0 + $1.annunciated } }
    public var acknowledged: Int { byPriority.reduce(0) { $0 + $1.acknowledged } }

    /// Annunciations per 10 minutes on average over the period (0 for an empty period).
    public var averagePer10Minutes: Double { intervals > 0 ? Double(annunciated) / Double(intervals) : 0 }

    /// Share of the period's intervals in flood, in percent (ISA-18.2: under 1 %).
    public var floodPercent: Double { intervals > 0 ? Double(floodIntervals) / Double(intervals) * 100 : 0 }

    /// The report's figures from rows: each annunciation's priority and time, each acknowledgement's priority and
    /// seconds since the annunciation it acknowledged (nil when that annunciation is not known), over `period` up to
    /// `asOf` (default: its end; for a period not yet over, now: the load is averaged over the time gone).
    public static func figures(annunciations: [(priority: Int, at: Date)],
                               acknowledgements: [(priority: Int, seconds: Double?)],
                               period: ReportPeriod, asOf: Date? = nil) -> AlarmReport {
        var byPriority = (1...4).map { PriorityFigures(priority: $0) }
        let end = max(period.start, min(period.end, asOf ?? period.end))
        let intervals = max(0, Int((end.timeIntervalSince(period.start) / 600).rounded(.up)))
        var perInterval: [Int: Int] = [:]
        for a in annunciations {
            let p = min(4, max(1, a.priority))
            byPriority[p - 1].annunciated += 1
            perInterval[Int(a.at.timeIntervalSince(period.start) / 600), default: 0] += 1
        }
        var seconds: [[Double]] = Array(repeating: [], count: 4)
        for a in acknowledgements {
            let p = min(4, max(1, a.priority))
            byPriority[p - 1].acknowledged += 1
            if let s = a.seconds { seconds[p - 1].append(max(0, s)) }
        }
        for i in 0..<4 {
            byPriority[i].medianSecondsToAcknowledge = Self.quantile(seconds[i], 0.5)
            byPriority[i].p90SecondsToAcknowledge = Self.quantile(seconds[i], 0.9)
        }
        return AlarmReport(byPriority: byPriority, intervals: intervals,
                           peakPer10Minutes: perInterval.values.max() ?? 0,
                           floodIntervals: perInterval.values.filter { $0 > AlarmLoad.floodStartsAbove }.count)
    }

    /// The `q` quantile of `values` by the nearest-rank method (the smallest value with at least q of them at or
    /// below it); nil when empty.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}
