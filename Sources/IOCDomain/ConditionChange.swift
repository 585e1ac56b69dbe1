import Foundation

/// A rule's condition became active (raised) or stopped being active (cleared) for one subject.
///
/// Rules produce these; the alarm state machine consumes them and decides the alarm's ISA-18.2 state. The alarm is
/// identified by `alarmID` = `"\(ruleID)|\(subject)"`, so the same rule and subject always name the same alarm. That
/// key is internal (it holds `|` and whatever a subject holds): operators see and type the alarm's public number
/// (`A17`, `Alarm.displayID`), which the store gives it when it is first written.
public struct ConditionChange: Sendable, Hashable {
    /// `"\(ruleID)|\(subject)"`.
    public var alarmID: String
    public var ruleID: String
    /// What the condition is about: a series key, a source id, an agency code, or `source/externalID` of an item.
    public var subject: String
    /// `threshold`, `rate`, `stale`, `deadline_soon`, `overdue`, `anomaly` or `source_down`.
    public var kind: AlarmKind
    /// True when the condition is raised, false when it cleared.
    public var active: Bool
    /// 1 Khẩn cấp, 2 Cao, 3 Trung bình, 4 Thấp.
    public var priority: Int
    /// The value that caused the change (a reading, a rate, a count), when there is one.
    public var value: Double?
    /// Vietnamese (NFC), ready for operators, e.g. "VN_AQI – Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150".
    public var message: String
    /// English, from the rule's `message_en` and the same values; nil when the rule has none.
    public var messageEN: String?
    public var agencyCode: String?
    public var wardCode: String?
    public var sourceID: String?
    /// The alarm that inhibits this one, e.g. a series-stale alarm's parent is its source's `source_down` alarm.
    public var parentAlarmID: String?
    /// When the condition changed (an observation's time, or the evaluation time for time-based conditions).
    public var at: Date
    /// The data domain of what it is about (the series' pillar, the event kind's), nil for the IOC's own sources.
    public var domain: Pillar?

    public init(ruleID: String, subject: String, kind: AlarmKind, active: Bool, priority: Int, value: Double? = nil,
                message: String, messageEN: String? = nil, agencyCode: String? = nil, wardCode: String? = nil, sourceID: String? = nil,
                parentAlarmID: String? = nil, at: Date, domain: Pillar? = nil) {
        self.alarmID = ConditionChange.alarmID(ruleID: ruleID, subject: subject)
        self.ruleID = ruleID; self.subject = subject; self.kind = kind; self.active = active
        self.priority = priority; self.value = value; self.message = message; self.messageEN = messageEN
        self.agencyCode = agencyCode
        self.wardCode = wardCode; self.sourceID = sourceID; self.parentAlarmID = parentAlarmID; self.at = at
        self.domain = domain
    }

    /// The alarm identifier of a rule and a subject: `"\(ruleID)|\(subject)"`.
    public static func alarmID(ruleID: String, subject: String) -> String { "\(ruleID)|\(subject)" }
}
