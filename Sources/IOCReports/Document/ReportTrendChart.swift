import IOCDomain

/// A line of values over time (a figure month by month) against its plan, a dashed line.
public struct ReportTrendChart: Sendable {
    public struct Point: Sendable, Hashable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label; self.value = value
        }
    }

    public var title: String
    public var unit: String
    public var points: [Point]
    public var plan: Double?
    public var planText: String
    /// How its numbers are written (decimal comma in Vietnamese).
    public var style: NumberStyle

    public init(title: String, unit: String, points: [Point], plan: Double?, planText: String, style: NumberStyle) {
        self.title = title; self.unit = unit; self.points = points; self.plan = plan; self.planText = planText
        self.style = style
    }
}
