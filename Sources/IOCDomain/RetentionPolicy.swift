import Foundation

/// How long the store keeps raw observations, their hourly and daily rollups, daily source counts and closed events.
public struct RetentionPolicy: Sendable, Hashable {
    /// Raw observations older than this are rolled up (per hour, and per day), then deleted.
    public var rawRetention: TimeInterval
    /// Hourly rollups older than this are deleted (their days stay in the daily rollups).
    public var hourlyRetention: TimeInterval
    /// Daily rollups and daily source counts older than this are deleted.
    public var dailyRetention: TimeInterval
    /// Closed events (closed longer ago than this) are deleted; open events are never deleted.
    public var eventRetention: TimeInterval

    public init(rawRetention: TimeInterval = 7 * 86400, hourlyRetention: TimeInterval = 400 * 86400,
                dailyRetention: TimeInterval = 3_650 * 86400, eventRetention: TimeInterval = 1_100 * 86400) {
        self.rawRetention = rawRetention; self.hourlyRetention = hourlyRetention
        self.dailyRetention = dailyRetention; self.eventRetention = eventRetention
    }

    /// 7 days raw (a week of every value for the panels and the alarm rules); 400 days of hourly rollups (a year of
    /// hourly charts, and the month before it); 10 years of daily rollups and daily source counts (a report of last
    /// year beside the year before reads days); 1,100 days of closed events (last year's dossiers and feedback beside
    /// the year before's, Decision 65). Configurable per deployment (`retention:` in the sources file).
    public static let standard = RetentionPolicy()

    /// Why this policy cannot be kept, or nil: each window must be positive and none shorter than the one before it
    /// (a day is rolled up from hours the hourly window still holds).
    public var problem: String? {
        let windows = [("raw", rawRetention), ("hourly", hourlyRetention), ("daily", dailyRetention), ("events", eventRetention)]
        if let bad = windows.first(where: { !($0.1 > 0) || !$0.1.isFinite }) { return "\(bad.0) must be a positive duration" }
        if hourlyRetention < rawRetention + 86400 { return "hourly must be at least a day longer than raw" }
        if dailyRetention < hourlyRetention { return "daily must be at least as long as hourly" }
        return nil
    }
}
