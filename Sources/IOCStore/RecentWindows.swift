import Foundation
import IOCDomain

/// The newest `count` raw values of many series, kept between poll cycles: what a wall of sparklines draws and what a
/// forecast or an anomaly score of every series reads each cycle (Decision 71). The first read of a series takes its
/// whole window (`recentPoints`); later reads ask only for what is newer than the newest value held (`pointsAfter`),
/// a point or two per series, and drop the oldest. A value stored later with an older time (a back-filled CSV row, a
/// corrected reading) is not newer than the newest held, so every window is read whole again every
/// `fullReadInterval` (10 minutes by default): a window is never more than that behind such a change.
public final class RecentWindows {
    public let count: Int
    public let fullReadInterval: TimeInterval
    private var windows: [String: [Observation]] = [:]
    private var lastFullRead: Date?
    /// Reads that took whole windows, and reads that took only what was new (for tests and benchmarks).
    public private(set) var fullReads = 0
    public private(set) var newerReads = 0

    public init(count: Int, fullReadInterval: TimeInterval = 600) {
        self.count = max(1, count); self.fullReadInterval = fullReadInterval
    }

    /// The window of each key, oldest first (an unknown key or one with no values: an empty list), read from `store`
    /// as of `now` (the injected clock: only the full-read schedule depends on it).
    public func read(_ keys: [String], from store: DashboardReads, now: Date) throws -> [String: [Observation]] {
        let wanted = Set(keys)
        let due = lastFullRead.map { now.timeIntervalSince($0) >= fullReadInterval || now < $0 } ?? true
        let missing = due ? wanted : wanted.filter { windows[$0] == nil }
        if !missing.isEmpty {
            let whole = try store.recentPoints(keys: Array(missing), count: count)
            if due { windows.removeAll(keepingCapacity: true) }  // keys no longer asked for are let go
            for (key, points) in whole { windows[key] = points }
            fullReads += 1
            if due { lastFullRead = now }
        }
        let held = due ? [] : wanted.filter { !missing.contains($0) }
        if !held.isEmpty {
            var after: [String: Date?] = [:]
            for key in held { after.updateValue(windows[key]?.last?.time, forKey: key) }  // nil kept: "all of them"
            for (key, newer) in try store.pointsAfter(after, limit: count) where !newer.isEmpty {
                // In place: a copy of every window each cycle was a third of the cycle's time.
                windows[key, default: []].append(contentsOf: newer)
                let extra = windows[key]!.count - count
                if extra > 0 { windows[key]!.removeFirst(extra) }
            }
            newerReads += 1
        }
        var result: [String: [Observation]] = [:]
        for key in wanted { result[key] = windows[key] ?? [] }
        return result
    }

    /// Forgets every window (the next read takes them whole), e.g. after the store was pruned or replaced.
    public func reset() {
        windows.removeAll(); lastFullRead = nil
    }
}
