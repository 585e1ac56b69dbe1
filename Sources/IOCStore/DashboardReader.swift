import Foundation
import IOCDomain

/// Keeps a console's dashboard current at the least cost: each call reads the change counters (one single-row
/// SELECT) and re-reads only the parts whose tables some process changed since, plus the clock-bound parts once
/// they are `clockRefresh` old. Not thread-safe: one reader per console loop.
public final class DashboardReader {
    public let store: any DashboardReads
    /// How old the clock-bound parts (deadline classes, alarm rates) may grow when nothing is written to them.
    public let clockRefresh: TimeInterval
    /// How old the alarm part may grow while the alarm rate is near the flood line: a flood ends by time passing
    /// (the 10-minute window), with no write to announce it, and its banner should not outstay it by 30 s.
    public let busyAlarmRefresh: TimeInterval = 5
    /// The parts the last `refresh` re-read (empty when it returned nil): for tests and diagnostics.
    public private(set) var lastParts: DashboardParts = []
    /// The change counters the last `refresh` read: a console follows the logbook's (`logbook`, which no dashboard
    /// part reads) from them, with no read of its own.
    public private(set) var lastTokens: ChangeTokens?
    private var snapshot: DashboardSnapshot?
    private var tokens: ChangeTokens?
    private var eventsReadAt: Date = .distantPast
    private var alarmsReadAt: Date = .distantPast
    /// With a change feed: its generation when the counters were last read, and when that was.
    private var feedGeneration: UInt64?
    private var ownWrites: UInt64 = 0
    private var tokensReadAt: Date = .distantPast
    /// With a change feed, the counters are read when it moved, and at least this often (a notification lost with
    /// a connection is found within it; the feed moves when it joins again anyway).
    public let feedSafetyInterval: TimeInterval = 30

    /// What the reader's account may see: every snapshot it returns is `visible(to:)` it (the full one is kept, so
    /// a partial re-read still has the other parts).
    public let scope: AccessScope
    /// The river stations with official levels, stated on the snapshot as bulletins do (`waterLevels`).
    public let waterLevelStations: [WaterLevelStation]
    /// Tidal stations' daily highs, read again every `highsRefresh` (seven days of readings each).
    private var highs: [String: [Double]] = [:]
    private var highsReadAt: Date = .distantPast
    public let highsRefresh: TimeInterval = 600
    /// The gauges are stated again at most this often (a station reads once a minute; the indicators are re-read at
    /// every poll, every few seconds): six hours of readings a station, read once a minute (at 30 s they cost the
    /// idle console 0.03 % of a core, BENCHMARKS.md).
    public let waterLevelRefresh: TimeInterval = 60
    private var waterLevelsReadAt: Date = .distantPast

    public init(store: any DashboardReads, clockRefresh: TimeInterval = 30, scope: AccessScope = .everything,
                waterLevels: [WaterLevelStation] = []) {
        self.store = store
        self.clockRefresh = clockRefresh
        self.scope = scope
        self.waterLevelStations = waterLevels
    }

    /// A new snapshot when anything changed since the last call (the first call reads everything), else nil.
    /// The clock-bound parts are re-read when they are `clockRefresh` old, and `force` re-reads everything.
    public func refresh(now: Date, force: Bool = false) throws -> DashboardSnapshot? {
        let current: ChangeTokens
        var seen: (generation: UInt64?, writes: UInt64, at: Date)?
        if !force, let feed = store.changeFeed, feed.isLive, let tokens, snapshot != nil, feedGeneration == feed.generation,
           ownWrites == store.writesMade, now.timeIntervalSince(tokensReadAt) < feedSafetyInterval, now >= tokensReadAt {
            // Nothing pushed and nothing written here since the last read: the counters are where they were, no query.
            current = tokens
        } else {
            // The generation first: a change notified while the counters are read moves it again, for the next call.
            // Kept only once the whole read succeeded: a read that failed is done again at the next call.
            seen = (store.changeFeed?.generation, store.writesMade, now)
            current = try store.changeTokens()
        }
        lastTokens = current
        var parts: DashboardParts
        if force || snapshot == nil || tokens == nil {
            parts = .all
        } else {
            let changed = current.changedScopes(since: tokens!)
            parts = DashboardParts.reading(changed)
            // A write with no counted scope (only the total moved) is unknown to the reader: read it all.
            if changed.isEmpty && current.total != tokens!.total { parts = .all }
        }
        if now.timeIntervalSince(eventsReadAt) >= clockRefresh || now < eventsReadAt {
            parts.insert(.events)
        }
        let busy = (snapshot?.alarmLoad?.raisedLast10Minutes ?? 0) >= AlarmLoad.floodEndsBelow
        let alarmRefresh = busy ? min(clockRefresh, busyAlarmRefresh) : clockRefresh
        if now.timeIntervalSince(alarmsReadAt) >= alarmRefresh || now < alarmsReadAt {
            parts.insert(.alarms)
        }
        lastParts = parts
        guard !parts.isEmpty else {
            if let seen { (feedGeneration, ownWrites, tokensReadAt) = seen }
            return nil
        }
        var next = snapshot ?? DashboardSnapshot(readAt: now)
        try store.readDashboard(parts, into: &next, now: now)
        if parts.contains(.indicators) && !waterLevelStations.isEmpty
            && (now.timeIntervalSince(waterLevelsReadAt) >= waterLevelRefresh || now < waterLevelsReadAt) {
            if now.timeIntervalSince(highsReadAt) >= highsRefresh || now < highsReadAt {
                var fresh: [String: [Double]] = [:]
                for station in waterLevelStations where station.tidal {
                    fresh[station.seriesKey] = try store.tidalHighs(station.seriesKey, now: now, days: 6)
                }
                highs = fresh
                if fresh.values.contains(where: { !$0.isEmpty }) || !waterLevelStations.contains(where: \.tidal) { highsReadAt = now }
            }
            next.waterLevels = try store.waterLevels(waterLevelStations, now: now, highs: highs)
            // None found yet (a first read before the first poll): read again at the next refresh, not in 30 s.
            if !next.waterLevels.isEmpty { waterLevelsReadAt = now }
        }
        if parts.contains(.events) { eventsReadAt = now }
        if parts.contains(.alarms) { alarmsReadAt = now }
        snapshot = next
        tokens = current
        if let seen { (feedGeneration, ownWrites, tokensReadAt) = seen }
        return next.visible(to: scope)
    }
}
