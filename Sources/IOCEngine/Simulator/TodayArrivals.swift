import Foundation

/// The simulator's "today" counters (dossiers and feedback that arrived since local midnight) as of `through`,
/// kept between polls so that a poll counts only the arrivals it generated instead of scanning the whole pool.
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

    /// These counts carried forward to `date` (the same local day, not earlier than `through`), given every event
    /// opened in (`through`, `date`]; `nil` when they cannot be (another day, an earlier time).
    func advanced(to date: Date, adding fresh: [SimulatedEvent]) -> TodayArrivals? {
        guard date >= through, LocalClock.day(date) == day else { return nil }
        var dossiers = self.dossiers
        var feedback = self.feedback
        for event in fresh where event.openedAt > through && event.openedAt <= date {
            switch event.kind {
            case .dossier: dossiers += 1
            case .feedback: feedback += 1
            default: break
            }
        }
        return TodayArrivals(day: day, through: date, dossiers: dossiers, feedback: feedback)
    }
}
