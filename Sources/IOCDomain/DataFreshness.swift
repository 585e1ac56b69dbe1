import Foundation

/// When data is old: one rule for the console's readings, the wall's figures and the wall's stale banner.
///
/// A live value is stale when its source is down or late (`SourceHealth.makesDataStale`: nothing polled it for three
/// expected gaps), or when it is older than three of its source's polling intervals, and never sooner than two minutes
/// (a poll's timeout and jitter never reach that) — the same numbers as a late source's, from `SourceHealth`. Period indicators (monthly
/// socio-economic figures) are not stale for being old: only their source's health counts for them. A dashboard as a
/// whole is stale when no source has delivered current data by that rule: nothing new is coming in.
public enum DataFreshness {
    /// The shortest age at which data counts as old, whatever the interval.
    public static let minimumAge: TimeInterval = SourceHealth.lateFloor
    /// How many polling intervals may pass before data counts as old.
    public static let intervals: Double = SourceHealth.lateAfterGaps

    /// The age past which data from a source polled every `interval` seconds is old.
    public static func staleAfter(interval: TimeInterval) -> TimeInterval { max(minimumAge, intervals * interval) }

    /// Whether data that `source` delivered at `time` is stale at `now` (nil time: never delivered, stale). A source
    /// not known to the store is judged by a 60 s interval.
    public static func isStale(dataAt time: Date?, source: SourceHealth?, now: Date) -> Bool {
        guard let time else { return true }
        if source?.makesDataStale(at: now) == true { return true }
        return now.timeIntervalSince(time) > staleAfter(interval: source?.intervalSeconds ?? 60)
    }

    /// Whether a reading is stale at `now` by the rule above (period indicators: only a down source makes them stale).
    public static func isStale(_ reading: KPIReading, sources: [SourceHealth], now: Date) -> Bool {
        guard let at = reading.latestAt else { return true }
        let source = sources.first { $0.sourceID == reading.sourceID }
        if reading.definition.pillar == .socioEconomic { return source?.makesDataStale(at: now) == true }
        return isStale(dataAt: at, source: source, now: now)
    }

    /// When the data of `snapshot` was last brought in: the newest successful poll of any source (a failed poll is
    /// written too, but brings no data); the newest write when no source has a success recorded; nil for an empty
    /// database.
    public static func dataTime(_ snapshot: DashboardSnapshot) -> Date? {
        snapshot.sources.compactMap(\.lastSuccessAt).max() ?? snapshot.lastWriteAt
    }

    /// Whether `snapshot` as a whole is stale at `now`: no source delivered current data. With no source recorded,
    /// the newest write is judged by the shortest age. An empty database (no data time) is not stale: it has no data.
    public static func isStale(_ snapshot: DashboardSnapshot, now: Date) -> Bool {
        guard !snapshot.sources.isEmpty else {
            return snapshot.lastWriteAt.map { now.timeIntervalSince($0) > minimumAge } ?? false
        }
        return snapshot.sources.allSatisfy { isStale(dataAt: $0.lastSuccessAt, source: $0, now: now) }
    }
}
