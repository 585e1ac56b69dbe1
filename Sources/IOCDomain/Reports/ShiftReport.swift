import Foundation

/// A report's figures of the shifts in its period: handovers started, accepted (with or without reservations) and
/// still waiting at the period's end, the median time from start to acceptance; who came on duty; and the logbook's
/// entries by category, with how many were corrections.
public struct ShiftReport: Sendable, Hashable {
    public var handoversStarted = 0
    public var accepted = 0
    public var acceptedWithReservations = 0
    /// Started in the period and not accepted by its end.
    public var waitingAtEnd = 0
    public var medianMinutesToAccept: Double?
    public var dutyChanges = 0
    public var signOns = 0
    /// Entries written in the period, by category (every category present, in `LogCategory.allCases` order).
    public var entriesByCategory: [LogCategory: Int] = [:]
    public var corrections = 0

    public init() {}

    public var entries: Int { entriesByCategory.values.reduce(0, +) }
}
