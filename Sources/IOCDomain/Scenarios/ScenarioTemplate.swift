/// An operating scenario ("kịch bản điều hành") as the city approved it: a versioned template with its triggers,
/// its alarm response procedure, and stages of steps. A run is copied from one version (`ScenarioRun`).
public struct ScenarioTemplate: Sendable, Hashable, Codable {
    public var id: String
    public var version: Int
    public var approval: ScenarioApproval
    public var title: BilingualText
    /// The hazard or matter it answers ("storm", "flood", "air", "traffic", "feedback", "dossier", "directive").
    public var hazard: String
    /// The city whose plan it is ("hai-phong", "ha-noi"); nil for both.
    public var city: String?
    public var triggers: [ScenarioTrigger]
    public var start: ScenarioStart
    public var procedure: AlarmResponseProcedure?
    public var stages: [ScenarioStage]

    public init(id: String, version: Int, approval: ScenarioApproval, title: BilingualText, hazard: String,
                city: String? = nil, triggers: [ScenarioTrigger], start: ScenarioStart,
                procedure: AlarmResponseProcedure? = nil, stages: [ScenarioStage]) {
        self.id = id; self.version = version; self.approval = approval; self.title = title; self.hazard = hazard
        self.city = city; self.triggers = triggers; self.start = start; self.procedure = procedure; self.stages = stages
    }

    /// The data domain the scenario's matter belongs to (who may see its runs): public order for hazards on the
    /// ground, the pillar of dossiers, feedback and directives; nil for the IOC's own (a source down, an official
    /// alert of any kind), seen by every account.
    public var domain: Pillar? {
        switch hazard {
        case "storm", "flood", "waterlogging", "air", "traffic", "fire", "public-order": return .publicOrder
        case "dossier": return .government
        case "feedback": return .feedback
        case "directive": return .directives
        default: return nil
        }
    }

    /// Whether an alarm of `ruleID` and `kind` (about `subject`, at `priority`) fires any of the triggers.
    public func isTriggered(ruleID: String, kind: String, subject: String? = nil, priority: Int? = nil,
                            alert: AlertFacts? = nil) -> Bool {
        triggers.contains { $0.matches(ruleID: ruleID, kind: kind, subject: subject, priority: priority, alert: alert) }
    }

    /// The templates an alarm just raised starts (or proposes): those whose triggers name its rule or kind; an
    /// overdue step's own alarm starts none.
    public static func triggered(by alarm: Alarm, among templates: [ScenarioTemplate], alert: AlertFacts? = nil) -> [ScenarioTemplate] {
        guard alarm.ruleID != ScenarioStepAlarmRule.ruleID else { return [] }
        return templates.filter {
            $0.isTriggered(ruleID: alarm.ruleID, kind: alarm.kind.rawValue, subject: alarm.subject, priority: alarm.priority.rawValue,
                           alert: alert)
        }
    }
}
