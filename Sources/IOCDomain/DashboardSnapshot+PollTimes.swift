import Foundation

extension DashboardSnapshot {
    /// Whether `other` differs from this snapshot only in the times every poll moves even when it brings nothing new:
    /// when the snapshot was read, the newest write, and each source's poll times (`SourceHealth.withoutPollTimes`).
    /// The console and the wall draw a whole frame only for a change an operator can see; the ages those times
    /// show are whole minutes, brought up to date by the whole frame drawn at least every 10 s (`FrameSchedule`).
    public func differsOnlyInPollTimes(from other: DashboardSnapshot) -> Bool {
        guard sources.count == other.sources.count else { return false }
        var mine = self, theirs = other
        mine.readAt = theirs.readAt
        mine.lastWriteAt = theirs.lastWriteAt
        mine.sources = mine.sources.map(\.withoutPollTimes)
        theirs.sources = theirs.sources.map(\.withoutPollTimes)
        return mine == theirs
    }
}
