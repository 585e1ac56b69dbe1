/// Horizontal bars, one per item (an agency's on-time rate), against a target drawn as a line; a bar that misses
/// the target is marked, not by colour alone (its value is written beside it, and a "✗" before it).
public struct ReportBarChart: Sendable {
    public struct Item: Sendable, Hashable {
        public var label: String
        public var value: Double?
        public var text: String

        public init(label: String, value: Double?, text: String) {
            self.label = label; self.value = value; self.text = text
        }
    }

    public var title: String
    public var items: [Item]
    /// The scale's end (100 for a percentage).
    public var maximum: Double
    public var target: Double?
    public var targetText: String
    /// Whether a value at or above the target meets it (else at or below).
    public var higherIsBetter: Bool

    public init(title: String, items: [Item], maximum: Double, target: Double?, targetText: String, higherIsBetter: Bool = true) {
        self.title = title; self.items = items; self.maximum = maximum; self.target = target; self.targetText = targetText
        self.higherIsBetter = higherIsBetter
    }

    public func meets(_ value: Double) -> Bool {
        guard let target else { return true }
        return higherIsBetter ? value >= target : value <= target
    }
}
