/// A test on live data that a decision's branch reads: a series' newest value against a number, or a water-level
/// gauge against one of its official alarm levels ("gauge at or above level II").
public struct ScenarioCondition: Sendable, Hashable, Codable {
    public enum Comparison: String, Sendable, Hashable, Codable, CaseIterable {
        case above, atOrAbove = "at_or_above", below, atOrBelow = "at_or_below"

        public func holds(_ value: Double, _ limit: Double) -> Bool {
            switch self {
            case .above: return value > limit
            case .atOrAbove: return value >= limit
            case .below: return value < limit
            case .atOrBelow: return value <= limit
            }
        }
    }

    public enum Limit: Sendable, Hashable, Codable {
        case number(Double)
        /// Báo động I, II or III of the gauge (its station's levels, from configuration).
        case alarmLevel(Int)
    }

    /// The series key read (a gauge's series for `alarmLevel`).
    public var series: String
    public var comparison: Comparison
    public var limit: Limit

    public init(series: String, comparison: Comparison, limit: Limit) {
        self.series = series; self.comparison = comparison; self.limit = limit
    }

    /// Whether the condition holds for `value`, given the gauge's levels (I, II, III) when the limit is one of them;
    /// nil when it cannot be told (no value, or a level the gauge does not have).
    public func holds(value: Double?, levels: [Double]) -> Bool? {
        guard let value else { return nil }
        switch limit {
        case .number(let limit): return comparison.holds(value, limit)
        case .alarmLevel(let level):
            guard level >= 1, level <= levels.count else { return nil }
            return comparison.holds(value, levels[level - 1])
        }
    }
}
