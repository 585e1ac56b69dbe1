/// A `{word}` in a rule's message, filled when the condition changes.
public enum RulePlaceholder: String, Sendable, Hashable, CaseIterable {
    /// The series' name, the source's name, or the item's title.
    case name
    /// The reading (threshold, anomaly), the rate (rate) or the count (deadline per agency).
    case value
    case unit
    /// The threshold, rate limit, stale time, minimum count or anomaly limit, as written in the rule.
    case limit
    case ward
    case agency
    /// The VN_AQI category of the value ("Xấu", "Rất xấu" …).
    case aqi
    /// How many items (deadline per agency).
    case count
    /// The item's title (deadline per item).
    case title
    /// The source id.
    case source
    /// The item's due time, "dd/MM HH:mm" UTC+7 (deadline per item).
    case due
    /// The same hour of the week in past weeks (anomaly).
    case baseline
    /// The official alarm level reached, as bulletins write it ("II") (water level).
    case level
    /// The signed difference to the nearest alarm level in the reader's words ("trên báo động II 0,12 m") (water level).
    case difference
    /// The probability of crossing the limit within the horizon, as a percentage ("74%") (forecast).
    case probability

    /// The placeholders a rule of `kind` (and, for deadlines, `grouping`) can fill.
    public static func available(for kind: AlarmRule.Kind, grouping: RuleGrouping) -> [RulePlaceholder] {
        switch kind {
        case .threshold, .rateOfChange: return [.name, .value, .unit, .limit, .ward, .agency, .aqi, .source]
        case .anomaly: return [.name, .value, .unit, .limit, .ward, .agency, .aqi, .source, .baseline]
        case .waterLevel: return [.name, .value, .unit, .limit, .ward, .agency, .source, .level, .difference]
        case .forecast: return [.name, .value, .unit, .limit, .ward, .agency, .aqi, .source, .probability]
        case .stale: return [.name, .unit, .limit, .ward, .agency, .source]
        case .sourceDown: return [.name, .source]
        case .alert: return [.name, .title, .ward, .due, .source]
        case .deadline:
            return grouping == .agency ? [.agency, .count, .value, .limit]
                : [.name, .title, .agency, .ward, .due, .source]
        // Per topic: the newest item's title and ward stand for the topic.
        case .surge:
            return grouping == .agency ? [.agency, .count, .value, .limit] : [.title, .ward, .agency, .count, .value, .limit]
        }
    }
}
