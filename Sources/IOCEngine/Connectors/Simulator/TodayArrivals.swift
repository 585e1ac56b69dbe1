import Foundation

/// The simulator's "today" counters: dossiers and feedback that arrived since local midnight, as of `through`.
struct TodayArrivals: Sendable, Equatable {
    /// The local day counted (`LocalClock.day`).
    let day: Int64
    /// Arrivals opened at or before this time are counted.
    let through: Date
    let dossiers: Int
    let feedback: Int

    /// Counts the arrivals of `day` in `pool` opened at or before `date` (the full scan).
    static func count(in pool: [SimulatedEvent], at date: Date) -> TodayArrivals {
        let day = LocalClock.day(date)
        let dayStart = LocalClock.start(ofDay: day)
        var dossiers = 0
        var feedback = 0
        for event in pool where event.openedAt >= dayStart && event.openedAt <= date {
            switch event.kind {
            case .dossier: dossiers += 1
            case .feedback: feedback += 1
            default: break
            }
        }
        return TodayArrivals(day: day, through: date, dossiers: dossiers, feedback: feedback)
    }
}
