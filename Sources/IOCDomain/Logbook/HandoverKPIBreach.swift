import Foundation

/// An indicator beyond its warning threshold at handover.
public struct HandoverKPIBreach: Sendable, Hashable, Codable {
    public var key: String
    public var name: String
    /// The indicator's English name; nil in records written before it was kept.
    public var nameEN: String?
    /// The indicator's pillar (its data domain); nil in records written before it was kept.
    public var pillar: Pillar?
    public var value: Double
    public var unit: String
    /// The threshold it crossed.
    public var limit: Double
    /// True above `warnAbove`, false below `warnBelow`.
    public var above: Bool
    public var at: Date?

    public init(key: String, name: String, value: Double, unit: String, limit: Double, above: Bool, at: Date?,
                nameEN: String? = nil, pillar: Pillar? = nil) {
        self.key = key; self.name = name; self.value = value; self.unit = unit; self.limit = limit
        self.above = above; self.at = at; self.nameEN = nameEN; self.pillar = pillar
    }

    /// The indicator's name to show: the English one in English when there is one, else the Vietnamese.
    public func name(_ language: Language) -> String {
        if language == .en, let nameEN, !nameEN.isEmpty { return nameEN }
        return name
    }
}
