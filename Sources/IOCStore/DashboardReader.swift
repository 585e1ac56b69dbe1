import Foundation
import IOCDomain

/// Keeps a console's dashboard current at the least cost: each call reads the change counters (one single-row
/// SELECT) and re-reads only the parts whose tables some process changed since, plus the clock-bound parts once
/// they are `clockRefresh` old. Not thread-safe: one reader per console loop.
public final class DashboardReader {
    public let store: CityStore
    /// How old the clock-bound parts (deadline classes, alarm rates) may grow when nothing is written to them.
    public let clockRefresh: TimeInterval
    /// The parts the last `refresh` re-read (empty when it returned nil): for tests and diagnostics.
    public private(set) var lastParts: DashboardParts = []
    private var snapshot: DashboardSnapshot?
    private var tokens: ChangeTokens?
    private var clockBoundReadAt: Date = .distantPast

    public init(store: CityStore, clockRefresh: TimeInterval = 30) {
        self.store = store
        self.clockRefresh = clockRefresh
    }

    /// A new snapshot when anything changed since the last call (the first call reads everything), else nil.
    /// The clock-bound parts are re-read when they are `clockRefresh` old, and `force` re-reads everything.
    public func refresh(now: Date, force: Bool = false) throws -> DashboardSnapshot? {
        let current = try store.changeTokens()
        var parts: DashboardParts
        if force || snapshot == nil || tokens == nil {
            parts = .all
        } else {
            parts = DashboardParts.reading(current.changedScopes(since: tokens!))
            // A write with no counted scope (only the total moved) is unknown to the reader: read it all.
            if parts.isEmpty && current.total != tokens!.total { parts = .all }
        }
        if now.timeIntervalSince(clockBoundReadAt) >= clockRefresh || now < clockBoundReadAt {
            parts.formUnion(.clockBound)
        }
        lastParts = parts
        guard !parts.isEmpty else { return nil }
        var next = snapshot ?? DashboardSnapshot(readAt: now)
        try store.readDashboard(parts, into: &next, now: now)
        if parts.isSuperset(of: .clockBound) { clockBoundReadAt = now }
        snapshot = next
        tokens = current
        return next
    }
}
