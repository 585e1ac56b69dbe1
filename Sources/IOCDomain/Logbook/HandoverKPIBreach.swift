import Foundation

/// An indicator beyond its warning threshold at handover.
public struct HandoverKPIBreach: Sendable, Hashable, Codable {
    public var key: String
    public var name: String
    public var value: Double
    public var unit: String
    /// The threshold it crossed.
    public var limit: Double
    /// True above `warnAbove`, false below `warnBelow`.
    public var above: Bool
    public var at: Date?

    public init(key: String, name: String, value: Double, unit: String, limit: Double, above: Bool, at: Date?) {
        self.key = key; self.name = name; self.value = value; self.unit = unit; self.limit = limit
        self.above = above; self.at = at
    }
}
