import Foundation

/// Alarm-load health for the status bar and the supervisor screen, against the ISA-18.2 / EEMUA 191 targets.
public struct AlarmLoad: Sendable, Hashable {
    /// Alarms annunciated (raised or re-alarmed into Unacknowledged) in the last 10 minutes.
    public var raisedLast10Minutes: Int
    /// The average number annunciated per 10 minutes over the last 24 hours.
    public var averagePer10MinutesOver24Hours: Double
    /// Alarms standing now: condition active and shown in the main list (unacknowledged or acknowledged).
    public var standingCount: Int
    /// Ids of stale alarms: standing with the condition active for more than 24 hours, oldest first.
    public var staleIDs: [String]
    /// Ids of chattering alarms: 3 or more condition transitions within one minute during the last hour, sorted.
    public var chatteringIDs: [String]
    /// Annunciations of the last 24 hours by priority (every priority present, zero when none).
    public var priorityMixLast24Hours: [AlarmPriority: Int]

    public init(raisedLast10Minutes: Int, averagePer10MinutesOver24Hours: Double, standingCount: Int,
                staleIDs: [String], chatteringIDs: [String], priorityMixLast24Hours: [AlarmPriority: Int]) {
        self.raisedLast10Minutes = raisedLast10Minutes
        self.averagePer10MinutesOver24Hours = averagePer10MinutesOver24Hours
        self.standingCount = standingCount
        self.staleIDs = staleIDs
        self.chatteringIDs = chatteringIDs
        self.priorityMixLast24Hours = priorityMixLast24Hours
    }

    /// About 1 alarm per 10 minutes per console is acceptable.
    public static let acceptablePer10Minutes = 1
    /// 2 alarms per 10 minutes is the manageable maximum.
    public static let maximumPer10Minutes = 2
    /// A flood starts when a 10-minute window holds more than this many alarms…
    public static let floodStartsAbove = 10
    /// …and ends when it holds fewer than this.
    public static let floodEndsBelow = 5
    /// A standing alarm active this long is stale.
    public static let staleAfter: TimeInterval = 24 * 3600
    /// Transitions within one minute that make an alarm chattering.
    public static let chatteringTransitions = 3
    /// The target priority mix (fractions of annunciations): high 5%, medium 15%, low 80% (emergency within high).
    public static let targetMix: [AlarmPriority: Double] = [.emergency: 0, .high: 0.05, .medium: 0.15, .low: 0.80]

    /// Whether the console is in a flood now, given whether it was at the previous check (hysteresis: starts above
    /// 10 in 10 minutes, ends below 5).
    public func isFlood(wasFlood: Bool) -> Bool {
        wasFlood ? raisedLast10Minutes >= Self.floodEndsBelow : raisedLast10Minutes > Self.floodStartsAbove
    }

    /// The share of each priority in the last 24 hours' annunciations (0 for all when there were none).
    public var priorityShares: [AlarmPriority: Double] {
        let total = priorityMixLast24Hours.values.reduce(0, +)
        var shares: [AlarmPriority: Double] = [:]
        for priority in AlarmPriority.allCases {
            shares[priority] = total == 0 ? 0 : Double(priorityMixLast24Hours[priority] ?? 0) / Double(total)
        }
        return shares
    }
}
