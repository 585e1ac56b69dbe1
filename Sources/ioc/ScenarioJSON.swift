import Foundation
import IOCDomain

/// The `--json` shapes of `ioc scenarios` and `ioc runs` (README.md, "Output for scripts"): field names in English,
/// every key present (null when empty), times ISO 8601 with +07:00, labels in the `--lang` language beside the codes.
/// A drill says so in `exercise` on the run and on every timeline row.
enum ScenarioJSON {
    static func text(_ t: BilingualText?, _ language: Language) -> Any { t.map { $0.text(language) as Any } ?? NSNull() }

    static func trigger(_ t: ScenarioTrigger) -> [String: Any] {
        switch t {
        case .alarmRule(let p): return ["kind": "alarm_rule", "pattern": p]
        case .alarmKind(let k): return ["kind": "alarm_kind", "alarmKind": k]
        case .capEvent(let p): return ["kind": "cap_event", "pattern": p]
        case .waterLevel(let gauge, let level): return ["kind": "water_level", "gauge": gauge, "level": level]
        case .riskLevel(let hazard, let level): return ["kind": "risk_level", "hazard": hazard, "atLeast": level]
        case .manual: return ["kind": "manual"]
        }
    }

    static func evidence(_ e: ScenarioEvidence?, _ language: Language) -> Any {
        switch e {
        case nil: return NSNull()
        case .note: return ["kind": "note"]
        case .number(let label, let unit): return ["kind": "number", "label": label.text(language), "unit": ListingJSON.value(unit)]
        }
    }

    static func step(_ s: ScenarioStep, _ language: Language) -> [String: Any] {
        [
            "id": s.id, "title": s.title.text(language), "owner": s.owner, "ownerLabel": s.ownerText(language), "required": s.required,
            "due": ListingJSON.value(s.due?.written), "evidence": evidence(s.evidence, language),
            "reportBack": text(s.reportBack, language),
            "decision": s.decision.map { d -> Any in
                ["question": d.question.text(language),
                 "branches": d.branches.map { ["id": $0.id, "label": $0.label.text(language), "goTo": ListingJSON.value($0.goTo)] }]
            } ?? NSNull(),
        ]
    }

    static func template(_ t: ScenarioTemplate, _ language: Language, full: Bool) -> [String: Any] {
        var object: [String: Any] = [
            "id": t.id, "version": t.version, "title": t.title.text(language), "hazard": t.hazard,
            "city": ListingJSON.value(t.city), "start": t.start.rawValue, "triggers": t.triggers.map(trigger),
            "approved": ["by": t.approval.by, "on": t.approval.on, "document": ListingJSON.value(t.approval.document)],
        ]
        if full {
            object["procedure"] = t.procedure.map { p -> Any in
                ["causes": p.causes.text(language), "consequence": p.consequence.text(language), "action": p.action.text(language),
                 "responseTimeSeconds": p.responseTime]
            } ?? NSNull()
            object["stages"] = t.stages.map { ["id": $0.id, "title": $0.title.text(language), "steps": $0.steps.map { step($0, language) }] }
        }
        return object
    }

    static func run(_ r: ScenarioRun, _ language: Language, timeline: [RunTimelineEntry]?) -> [String: Any] {
        var object: [String: Any] = [
            "id": r.id, "scenario": r.templateID, "version": r.templateVersion, "title": r.title.text(language),
            "exercise": r.exercise, "state": r.state.rawValue, "stateLabel": r.state.label(language),
            "startedAt": ListingJSON.time(r.startedAt), "startedBy": r.startedBy, "alarm": ListingJSON.value(r.alarmID),
            "enteredStages": r.enteredStages, "endedAt": ListingJSON.time(r.endedAt), "endedBy": ListingJSON.value(r.endedBy),
            "endNote": ListingJSON.value(r.endNote), "openRequiredSteps": r.openRequiredSteps.count,
            "overdueSteps": r.overdueSteps.count,
            "steps": r.steps.map { s -> [String: Any] in
                [
                    "id": s.id, "stage": s.stageID, "title": s.step.title.text(language), "owner": s.step.owner, "ownerLabel": s.step.ownerText(language),
                    "required": s.step.required, "reached": r.enteredStages.contains(s.stageID), "due": ListingJSON.time(s.due),
                    "state": s.state.rawValue, "stateLabel": s.state.label(language), "overdueAt": ListingJSON.time(s.overdueAt),
                    "by": ListingJSON.value(s.by), "at": ListingJSON.time(s.at),
                    "evidence": s.evidence.map { e -> Any in
                        ["note": ListingJSON.value(e.note), "number": e.number.map { $0 as Any } ?? NSNull(),
                         "branch": ListingJSON.value(e.branch)]
                    } ?? NSNull(),
                    "skipReason": ListingJSON.value(s.skipReason), "reportBack": text(s.step.reportBack, language),
                ]
            },
        ]
        if let timeline {
            object["timeline"] = timeline.map { e -> [String: Any] in
                ["at": ListingJSON.time(e.at), "actor": e.actor, "role": ListingJSON.value(e.role?.rawValue), "action": e.action,
                 "step": ListingJSON.value(e.stepID), "stage": ListingJSON.value(e.stageID), "note": ListingJSON.value(e.note),
                 "number": e.number.map { $0 as Any } ?? NSNull(), "exercise": e.exercise]
            }
        }
        return object
    }
}
