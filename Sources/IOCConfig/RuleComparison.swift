/// How a threshold compares a value with its limit, and when it is back inside by the deadband.
public enum RuleComparison: String, Sendable, Hashable, CaseIterable {
    /// Beyond when value > limit; clear when value ≤ limit − deadband.
    case above
    /// Beyond when value ≥ limit; clear when value < limit − deadband.
    case atOrAbove = "at_or_above"
    /// Beyond when value < limit; clear when value ≥ limit + deadband.
    case below
    /// Beyond when value ≤ limit; clear when value > limit + deadband.
    case atOrBelow = "at_or_below"

    /// True when `value` is beyond `limit`.
    public func isBeyond(_ value: Double, limit: Double) -> Bool {
        switch self {
        case .above: return value > limit
        case .atOrAbove: return value >= limit
        case .below: return value < limit
        case .atOrBelow: return value <= limit
        }
    }

    /// True when `value` is back inside the limit by at least `deadband` (with no deadband: not beyond).
    public func isClear(_ value: Double, limit: Double, deadband: Double) -> Bool {
        switch self {
        case .above: return value <= limit - deadband
        case .atOrAbove: return value < limit - deadband
        case .below: return value >= limit + deadband
        case .atOrBelow: return value > limit + deadband
        }
    }
}
