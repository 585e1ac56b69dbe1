import Foundation

/// An unaccepted handover is an alarm for the supervisor: raised once a handover has waited
/// `HandoverRecord.acceptanceLimit` (15 minutes), cleared when it is accepted. Pure: the store applies what it says
/// through the ISA-18.2 state machine like every other alarm.
public enum HandoverAlarmRule {
    public static let ruleID = "handover-unaccepted"
    public static let subject = "handover"
    public static let kind = AlarmKind.handover
    public static let priority = AlarmPriority.high
    /// The one alarm id of the rule.
    public static var alarmID: String { Alarm.makeID(ruleID: ruleID, subject: subject) }

    /// The inputs due at `now`, given the pending handover (nil when none waits) and the rule's alarm as stored.
    public static func inputs(pending: HandoverRecord?, current: Alarm?, now: Date,
                              limit: TimeInterval = HandoverRecord.acceptanceLimit) -> [AlarmInput] {
        let active = current?.conditionActive ?? false
        if let p = pending, p.state == .started, now.timeIntervalSince(p.startedAt) >= limit {
            // Raised once per handover: when a new handover replaced the one the alarm names, the alarm is raised
            // again so that it names the handover that is waiting now.
            if active, let current, names(current.message, p) { return [] }
            let minutes = Int(now.timeIntervalSince(p.startedAt) / 60)
            return [.conditionRaised(value: Double(minutes), message: message(p, minutes: minutes),
                                     messageEN: messageEN(p, minutes: minutes), priority: priority, at: now)]
        }
        return active ? [.conditionCleared(at: now)] : []
    }

    /// Whether an alarm message was raised for handover `p` (messages name it as "#id (").
    static func names(_ message: String, _ p: HandoverRecord) -> Bool { message.contains("#\(p.id) (") }

    /// "Biên bản giao ca #3 (Ca A) chưa được tiếp nhận sau 16 phút".
    public static func message(_ p: HandoverRecord, minutes: Int) -> String {
        "Biên bản giao ca #\(p.id) (\(p.outgoing.name)) chưa được tiếp nhận sau \(minutes) phút"
    }

    /// "Handover #3 (Ca A) not accepted after 16 minutes".
    public static func messageEN(_ p: HandoverRecord, minutes: Int) -> String {
        "Handover #\(p.id) (\(p.outgoing.name)) not accepted after \(minutes) minute\(minutes == 1 ? "" : "s")"
    }

    /// The alarm as first created.
    public static func template(at: Date) -> Alarm {
        AlarmStateMachine.newAlarm(ruleID: ruleID, subject: subject, kind: kind, priority: priority,
                                   message: "Biên bản giao ca chưa được tiếp nhận",
                                   messageEN: "Handover not accepted", at: at)
    }
}
