import Foundation

/// "No poller is writing to this database" is an alarm: raised when every source of the database is late
/// (`SourceHealth.isLate`: no attempt for three expected gaps, at least two minutes), cleared when any source is
/// polled again. Pure: the store applies what it says through the ISA-18.2 state machine like every other alarm.
/// Any process may evaluate it (Decision 29): the poller's own alarm cycle clears it, and a console that does not
/// poll raises it, since a dead poller runs no cycle at all.
public enum PollerSilenceRule {
    public static let ruleID = "poller-silent"
    public static let subject = "database"
    public static let kind = AlarmKind.poller
    public static let priority = AlarmPriority.high
    /// The one alarm id of the rule.
    public static var alarmID: String { Alarm.makeID(ruleID: ruleID, subject: subject) }

    /// The inputs due at `now`, given the sources' recorded health and the rule's alarm as stored.
    public static func inputs(sources: [SourceHealth], current: Alarm?, now: Date) -> [AlarmInput] {
        let active = current?.conditionActive ?? false
        let attempted = sources.filter { $0.lastAttemptAt != nil }
        let silent = !attempted.isEmpty && attempted.allSatisfy { $0.isLate(at: now) }
        if silent {
            if active { return [] }
            let last = attempted.compactMap(\.lastAttemptAt).max() ?? now
            let minutes = Int(now.timeIntervalSince(last) / 60)
            return [.conditionRaised(value: Double(minutes), message: message(lastPoll: last, minutes: minutes),
                                     messageEN: messageEN(lastPoll: last, minutes: minutes), priority: priority, at: now)]
        }
        return active ? [.conditionCleared(at: now)] : []
    }

    /// "Không có tiến trình thu thập nào ghi vào CSDL: lần thu thập cuối 23/11 08:15 (20 phút trước)".
    public static func message(lastPoll: Date, minutes: Int) -> String {
        "Không có tiến trình thu thập nào ghi vào CSDL: lần thu thập cuối \(VietnamTime.shortDateTime(lastPoll)) "
            + "(\(minutes) phút trước)"
    }

    /// "No poller is writing to this database: last poll 23/11 08:15 (20 minutes ago)".
    public static func messageEN(lastPoll: Date, minutes: Int) -> String {
        "No poller is writing to this database: last poll \(VietnamTime.shortDateTime(lastPoll)) "
            + "(\(minutes) minute\(minutes == 1 ? "" : "s") ago)"
    }

    /// The alarm as first created.
    public static func template(at: Date) -> Alarm {
        AlarmStateMachine.newAlarm(ruleID: ruleID, subject: subject, kind: kind, priority: priority,
                                   message: "Không có tiến trình thu thập nào ghi vào CSDL",
                                   messageEN: "No poller is writing to this database", at: at)
    }
}
