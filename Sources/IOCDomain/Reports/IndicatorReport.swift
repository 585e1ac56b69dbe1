import Foundation

/// A report's figures of one socio-economic indicator: its latest figure in the period and in the period before,
/// its plan (the series' target) and how the figure stands against it, and its figures month by month over the
/// year to the period's end, for a trend line against the plan.
public struct IndicatorReport: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var at: Date
        public var value: Double

        public init(at: Date, value: Double) {
            self.at = at; self.value = value
        }
    }

    public var key: String
    public var name: String
    public var nameEN: String
    public var unit: String
    public var plan: Double?
    public var direction: Direction
    public var latest: Point?
    public var previous: Point?
    /// The last figure of each month, oldest first, up to the period's end (at most 12).
    public var trend: [Point]

    public init(key: String, name: String, nameEN: String, unit: String, plan: Double?, direction: Direction,
                latest: Point?, previous: Point?, trend: [Point]) {
        self.key = key; self.name = name; self.nameEN = nameEN; self.unit = unit; self.plan = plan
        self.direction = direction; self.latest = latest; self.previous = previous; self.trend = trend
    }

    /// The latest figure as a percent of the plan (a figure to grow towards its plan: revenue to date against the
    /// year's estimate); nil without either, or for a figure to stay under its plan.
    public var percentOfPlan: Double? {
        guard direction != .lowerIsBetter, let plan, plan != 0, let latest else { return nil }
        return latest.value / plan * 100
    }

    /// Whether the latest figure meets the plan: at or above it (or under it, for a figure to keep low).
    public var meetsPlan: Bool? {
        guard let plan, let latest else { return nil }
        return direction == .lowerIsBetter ? latest.value <= plan : latest.value >= plan
    }

    /// The last point of each month among `points` (sorted by time), the newest `months` of them.
    public static func monthly(_ points: [Point], months: Int = 12) -> [Point] {
        var last: [Int: Point] = [:]
        for p in points {
            let c = VietnamTime.components(p.at)
            let key = c.year * 12 + c.month
            if let kept = last[key], kept.at > p.at { continue }
            last[key] = p
        }
        return last.keys.sorted().suffix(months).compactMap { last[$0] }
    }
}
