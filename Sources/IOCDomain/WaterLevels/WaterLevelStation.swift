import Foundation

/// A hydrological station with its official alarm levels (QĐ 05/2020/QĐ-TTg, or the provincial People's
/// Committee's for unlisted stations), from configuration (`Config/water-levels.yaml`): the levels are the
/// authorities' figures, never the code's.
public struct WaterLevelStation: Sendable, Hashable, Codable {
    /// The series holding its readings, in metres (`water.river.long_bien`).
    public var seriesKey: String
    /// "Sông Hồng tại Long Biên".
    public var name: String
    public var nameEN: String
    public var river: String
    /// The city whose simulated rivers include it (`haiphong`, `hanoi`), nil when only real sources report it.
    public var city: String?
    /// Báo động I, II, III in metres; a station may have only some of them (Hải Phòng's tidal stations often have I
    /// and II, or II alone).
    public var levels: [WaterAlarmLevel: Double]
    /// A station whose readings follow the tide (an estuary): its trend is read on daily highs, never on the raw
    /// readings, so that a spring tide does not read as a flood coming.
    public var tidal: Bool
    /// Where the levels come from ("QĐ 05/2020/QĐ-TTg", a bulletin).
    public var reference: String

    public init(seriesKey: String, name: String, nameEN: String, river: String, city: String? = nil,
                levels: [WaterAlarmLevel: Double], tidal: Bool = false, reference: String = "") {
        self.seriesKey = seriesKey; self.name = name; self.nameEN = nameEN; self.river = river; self.city = city
        self.levels = levels; self.tidal = tidal; self.reference = reference
    }

    /// The station's name in the reader's language.
    public func name(_ lang: Language) -> String { lang == .en && !nameEN.isEmpty ? nameEN : name }

    /// The highest level at or below `value`, nil below every level.
    public func levelReached(_ value: Double) -> WaterAlarmLevel? {
        WaterAlarmLevel.allCases.reversed().first { levels[$0].map { value >= $0 } ?? false }
    }

    /// The lowest level above `value`, with its height, nil above every level.
    public func nextLevel(above value: Double) -> (level: WaterAlarmLevel, height: Double)? {
        for level in WaterAlarmLevel.allCases {
            if let height = levels[level], height > value { return (level, height) }
        }
        return nil
    }

    /// The level nearest `value` and the signed difference to it (positive: above it), as bulletins give it ("trên
    /// báo động II 0,12 m"); nil for a station without levels.
    public func nearestLevel(to value: Double) -> (level: WaterAlarmLevel, difference: Double)? {
        let candidates = levels.map { (level: $0.key, difference: value - $0.value) }
        return candidates.min { a, b in
            abs(a.difference) != abs(b.difference) ? abs(a.difference) < abs(b.difference) : a.level > b.level
        }
    }
}
