import Foundation

/// A required or optional step of a real run gone overdue is an alarm, which escalates like any other (ISA-18.2's
/// timers): raised when the run machine marked the step overdue, cleared once the step is finished or the run is
/// over (a late step that is started keeps its alarm). Of the run's domain; the IOC's own when the run has none. Pure: the store applies what it says through the alarm state machine. A drill's overdue step raises no
/// alarm — a drill never appears as real (its run screen and timeline show it late; Decision 72).
public enum ScenarioStepAlarmRule {
    public static let ruleID = "scenario-step-overdue"
    public static let kind = AlarmKind.runStep

    /// The alarm id of one run's step.
    public static func alarmID(run: String, step: String) -> String { Alarm.makeID(ruleID: ruleID, subject: "\(run)/\(step)") }

    /// Inputs due at `now` given every run that may hold an overdue step (active ones; others clear theirs) and the
    /// rule's alarms as stored: (alarm id, input, template for a new alarm).
    public static func inputs(runs: [ScenarioRun], current: [Alarm], now: Date) -> [(alarmID: String, input: AlarmInput, template: Alarm?)] {
        var items: [(alarmID: String, input: AlarmInput, template: Alarm?)] = []
        var wanted: Set<String> = []
        for run in runs where run.state == .active && !run.exercise {
            for step in run.overdueSteps {
                let id = alarmID(run: run.id, step: step.id)
                wanted.insert(id)
                if current.contains(where: { $0.id == id && $0.conditionActive }) { continue }
                let minutes = Int(max(0, now.timeIntervalSince(step.due ?? now)) / 60)
                let priority: AlarmPriority = step.step.required ? .high : .medium
                let message = "\(run.id) · \(step.step.title.vi) (\(step.step.ownerText(.vi))) quá hạn \(minutes) phút"
                let messageEN = "\(run.id) · \(step.step.title.text(.en)) (\(step.step.ownerText(.en))) overdue by \(minutes) min"
                let template = AlarmStateMachine.newAlarm(id: id, ruleID: ruleID, subject: "\(run.id)/\(step.id)", kind: kind,
                                                          priority: priority, message: message, messageEN: messageEN, at: now,
                                                          agencyCode: step.step.ownerIsAgency ? step.step.owner : nil,
                                                          domain: run.domain)
                items.append((id, .conditionRaised(value: Double(minutes), message: message, messageEN: messageEN,
                                                   priority: priority, at: now), template))
            }
        }
        for alarm in current where alarm.ruleID == ruleID && alarm.conditionActive && !wanted.contains(alarm.id) {
            items.append((alarm.id, .conditionCleared(at: now), nil))
        }
        return items
    }

}
