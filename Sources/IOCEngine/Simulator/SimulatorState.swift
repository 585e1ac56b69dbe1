import Foundation

/// What the simulator remembers between polls: events that may still change (and those finished within the
/// retention window, so a poll repeated from an older cursor gets the same answer).
struct SimulatorState: Sendable {
    var pool: [SimulatedEvent]
    /// Arrivals up to this time are in the pool.
    var generatedUntil: Date
    /// The oldest cursor the pool can still answer exactly.
    var retainedSince: Date
    /// Today's arrival counters as of `generatedUntil` (nil until a poll counted them): a poll adds the events it
    /// generates instead of scanning the pool. Events opened today are never dropped from the pool (the retention
    /// is a day), so a full scan gives the same numbers.
    var today: TodayArrivals? = nil
}
