/// A threshold's limit: a number in the file, or the series' own display threshold (e.g. each flood gauge's
/// alert level is its `warnAbove`).
public enum RuleLimit: Sendable, Hashable {
    case value(Double)
    /// The series definition's `warnAbove`; series without one are not evaluated.
    case seriesWarnAbove
    /// The series definition's `warnBelow`; series without one are not evaluated.
    case seriesWarnBelow

    /// The limit for a series with these display thresholds, or nil when the series has none.
    public func resolve(warnAbove: Double?, warnBelow: Double?) -> Double? {
        switch self {
        case .value(let v): return v
        case .seriesWarnAbove: return warnAbove
        case .seriesWarnBelow: return warnBelow
        }
    }
}
