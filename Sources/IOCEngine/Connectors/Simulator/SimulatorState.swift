import Foundation

/// What the simulator remembers between polls: events that may still change (and those finished within the
/// retention window, so a poll repeated from an older cursor gets the same answer).
struct SimulatorState: Sendable {
    var pool: [SimulatedEvent]
    /// Arrivals up to this time are in the pool.
    var generatedUntil: Date
    /// The oldest cursor the pool can still answer exactly. Events opened today are never dropped from the pool
    /// (the retention is a day), so today's counters are a scan of it.
    var retainedSince: Date
}
