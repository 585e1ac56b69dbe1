/// What starts (or proposes) a scenario run. A template lists one or more; any of them fires it.
public enum ScenarioTrigger: Sendable, Hashable, Codable {
    /// An alarm raised by a rule whose id matches the pattern (`*` and `?`).
    case alarmRule(String)
    /// An alarm of this kind (its rule's kind).
    case alarmKind(String)
    /// A CAP alert in force whose `event` matches the pattern ("Bão*", "Storm*").
    case capEvent(String)
    /// A water-level gauge (series-key pattern) reaching báo động I, II or III (QĐ 05/2020/QĐ-TTg).
    case waterLevel(gauge: String, level: Int)
    /// A disaster risk level (QĐ 18/2021/QĐ-TTg, 1…5) of a hazard at or above this level.
    case riskLevel(hazard: String, atLeast: Int)
    /// Started by an operator (every template can be started by hand; this says it has no other trigger).
    case manual

    /// Whether an alarm of `ruleID` and `kind` fires this trigger. A water-level trigger fires on a `water_level`
    /// alarm whose gauge (`subject`) matches and whose priority stands for the level or a higher one; without a
    /// subject and priority (a rule, not an alarm: `ioc check`), on any `water_level` rule. CAP-event and risk-level
    /// triggers fire on an `alert` alarm whose alert (`alert`) says so.
    public func matches(ruleID: String, kind: String, subject: String? = nil, priority: Int? = nil,
                        alert: AlertFacts? = nil) -> Bool {
        switch self {
        case .waterLevel(let gauge, let level):
            guard kind == AlarmKind.waterLevel.rawValue else { return false }
            if let subject, !RuleGlob.matches(gauge, subject) { return false }
            if let priority {
                guard let reached = WaterAlarmLevel(priority: priority), reached.rawValue >= level else { return false }
            }
            return true
        case .alarmRule(let pattern): return RuleGlob.matches(pattern, ruleID)
        // A deadline rule raises "deadline" alarms, "deadline_soon" ones in its due-soon form and "at_risk" ones in its
        // at-risk form.
        case .alarmKind(let wanted):
            return wanted == kind || (wanted == "deadline" && [AlarmKind.deadlineSoon.rawValue, AlarmKind.atRisk.rawValue].contains(kind))
        // An alert's alarm whose event type matches the pattern, letter case aside ("Bão*" matches "BÃO SỐ 3").
        case .capEvent(let pattern):
            guard kind == AlarmKind.alert.rawValue, let alert else { return false }
            return RuleGlob.matches(pattern.precomposedStringWithCanonicalMapping.lowercased(), alert.event.lowercased())
        // An alert's alarm of the hazard whose text states a risk level at or above the trigger's.
        case .riskLevel(let hazard, let atLeast):
            guard kind == AlarmKind.alert.rawValue, let alert, alert.hazard == hazard, let level = alert.riskLevel else { return false }
            return level >= atLeast
        case .manual: return false
        }
    }
}
