import Foundation
import IOCDomain

/// The store as consoles, walls and reports read it: the dashboard in parts, series and their rollups, events and
/// their counts, sources' health and pollers' backlogs, the alarm load, a period's report figures, and the change
/// tokens (or pushed changes) that say when to read again.
public protocol DashboardReads: AnyObject, Sendable {
    func readDashboard(_ parts: DashboardParts, into snapshot: inout DashboardSnapshot, now: Date, historyPoints: Int,
                       historyStep: TimeInterval, periodDays: Int) throws
    func dashboard(now: Date, historyPoints: Int, historyStep: TimeInterval, periodDays: Int) throws -> DashboardSnapshot
    func series(key: String, since: Date, now: Date) throws -> [Observation]
    func hourlyRollups(key: String, since: Date, now: Date) throws -> [HourlyRollup]
    func dailyRollups(key: String, since: Date, now: Date) throws -> [DailyRollup]
    func recentPoints(keys: [String], count: Int) throws -> [String: [Observation]]
    func waterLevels(_ stations: [WaterLevelStation], now: Date, highs: [String: [Double]]) throws -> [WaterLevelStatus]
    func tidalHighs(_ key: String, now: Date, days: Int) throws -> [Double]
    func pointsAfter(_ after: [String: Date?], limit: Int) throws -> [String: [Observation]]
    func events(kind: EventKind, agencyCode: String?, openOnly: Bool, limit: Int, now: Date) throws -> [EventSummary]
    func eventCounts(kind: EventKind, agencyCode: String?, now: Date, warningWindow: TimeInterval) throws -> EventCounts
    func searchEvents(_ text: String, kind: EventKind?, limit: Int) throws -> [EventSummary]
    func sourceHealth() throws -> [SourceHealth]
    func pollerBacklogs() throws -> [PollerBacklog]
    func alarmLoad(now: Date) throws -> AlarmLoad
    func changeTokens() throws -> ChangeTokens
    var changeFeed: ChangeFeed? { get }
    var writesMade: UInt64 { get }
}

extension DashboardReads {
    /// The parts of the dashboard with the standard history and period.
    public func readDashboard(_ parts: DashboardParts, into snapshot: inout DashboardSnapshot, now: Date) throws {
        try readDashboard(parts, into: &snapshot, now: now, historyPoints: 13, historyStep: 600, periodDays: 30)
    }

    /// The whole dashboard with the standard history (13 points, 10 minutes apart) and a 30-day period.
    public func dashboard(now: Date) throws -> DashboardSnapshot {
        try dashboard(now: now, historyPoints: 13, historyStep: 600, periodDays: 30)
    }
}
