import Foundation

/// How long the store keeps raw observations, their hourly rollups and closed events.
public struct RetentionPolicy: Sendable, Hashable {
    /// Raw observations older than this are rolled up per hour, then deleted.
    public var rawRetention: TimeInterval
    /// Hourly rollups older than this are deleted.
    public var rollupRetention: TimeInterval
    /// Closed events (closed longer ago than this) are deleted; open events are never deleted.
    public var eventRetention: TimeInterval

    public init(rawRetention: TimeInterval = 7 * 86400, rollupRetention: TimeInterval = 1_100 * 86400,
                eventRetention: TimeInterval = 1_100 * 86400) {
        self.rawRetention = rawRetention; self.rollupRetention = rollupRetention; self.eventRetention = eventRetention
    }

    /// 7 days raw; 1,100 days of hourly rollups, daily source counts and closed events: the report of last year
    /// beside the year before needs three calendar years back from late in this one (Decision 65).
    public static let standard = RetentionPolicy()
}
