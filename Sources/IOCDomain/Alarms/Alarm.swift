import Foundation

/// One alarm: a rule's abnormal condition on one subject, with its ISA-18.2 state and who did what to it last.
///
/// The id is `"\(ruleID)|\(subject)"`, stable across episodes: an alarm that clears and is raised again is the same
/// alarm with a new episode (`activeSince`). The full history is the timeline (`AlarmTimelineEntry`), not this value.
public struct Alarm: Sendable, Hashable, Codable {
    /// `"\(ruleID)|\(subject)"`.
    public var id: String
    /// The rule that raises it, e.g. "aqi-high".
    public var ruleID: String
    /// What the rule watches, e.g. "aqi.le_chan" (a series key, a source id, an event id).
    public var subject: String
    /// What kind of condition raised it (`AlarmKind`; a kind this build does not know is kept as `.other`).
    public var kind: AlarmKind
    public var priority: AlarmPriority
    /// Vietnamese, e.g. "VN_AQI Trạm Lê Chân 183 (Xấu) vượt ngưỡng 150".
    public var message: String
    /// English, rendered from the same values by the rule's `message_en`; nil when the rule has none or the alarm
    /// was raised before English messages were stored. Read it through `message(english:)`.
    public var messageEN: String?
    public var agencyCode: String?
    public var wardCode: String?
    public var sourceID: String?
    /// The alarm that inhibits this one while active (e.g. its source's "source down" alarm).
    public var parentID: String?
    public var state: AlarmState
    /// Whether the rule's condition holds now; tracked in every state, overlays included.
    public var conditionActive: Bool
    /// The value that raised (or last updated) the condition.
    public var value: Double?
    /// When the current (or last) episode of the condition began.
    public var activeSince: Date?
    /// When `state` last changed (or the alarm was created): the age shown in lists and the start of the
    /// escalation timer.
    public var lastChangeAt: Date
    /// When the current episode was acknowledged; nil when it was not (a re-alarm or an ack timeout clears it).
    public var acknowledgedAt: Date?
    public var acknowledgedBy: String?
    /// When a shelve ends on its own (one-shot shelves also end here at the latest).
    public var shelvedUntil: Date?
    public var shelveReason: String?
    /// A one-shot shelve ends when the condition clears.
    public var shelveOneShot: Bool
    /// When the alarm was last escalated (by an operator, or by the system after the acknowledgement timeout).
    public var escalatedAt: Date?
    public var assignedAgency: String?
    /// The state the alarm was in when it entered its overlay (shelved, suppressed, out of service). Leaving the
    /// overlay recomputes the state from the condition and the acknowledgement instead of restoring this blindly.
    public var stateBeforeOverlay: AlarmState?
    /// The public number the store gives the alarm when it is first written (shown as `A17`, see `AlarmReference`);
    /// nil on an alarm not yet stored. Safe to type in a shell and to read out on the phone, unlike `id`.
    public var number: Int64?
    /// The data domain of what the alarm is about (a series' pillar, an event kind's), or nil for the IOC's own
    /// (a source down, no poller): an account that may not see the domain does not see the alarm.
    public var domain: Pillar?

    public init(id: String, ruleID: String, subject: String, kind: AlarmKind, priority: AlarmPriority, message: String,
                messageEN: String? = nil, agencyCode: String? = nil, wardCode: String? = nil, sourceID: String? = nil, parentID: String? = nil,
                state: AlarmState = .normal, conditionActive: Bool = false, value: Double? = nil,
                activeSince: Date? = nil, lastChangeAt: Date, acknowledgedAt: Date? = nil,
                acknowledgedBy: String? = nil, shelvedUntil: Date? = nil, shelveReason: String? = nil,
                shelveOneShot: Bool = false, escalatedAt: Date? = nil, assignedAgency: String? = nil,
                stateBeforeOverlay: AlarmState? = nil, number: Int64? = nil, domain: Pillar? = nil) {
        self.id = id; self.ruleID = ruleID; self.subject = subject; self.kind = kind; self.priority = priority
        self.message = message; self.messageEN = messageEN; self.agencyCode = agencyCode; self.wardCode = wardCode; self.sourceID = sourceID
        self.parentID = parentID; self.state = state; self.conditionActive = conditionActive; self.value = value
        self.activeSince = activeSince; self.lastChangeAt = lastChangeAt; self.acknowledgedAt = acknowledgedAt
        self.acknowledgedBy = acknowledgedBy; self.shelvedUntil = shelvedUntil; self.shelveReason = shelveReason
        self.shelveOneShot = shelveOneShot; self.escalatedAt = escalatedAt; self.assignedAgency = assignedAgency
        self.stateBeforeOverlay = stateBeforeOverlay
        self.number = number
        self.domain = domain
    }

    /// The id to show and to type: `A17` once the alarm has its public number, else the stable `rule|subject` key.
    public var displayID: String { number.map(AlarmReference.display) ?? id }

    /// The stable id of a rule's alarm on one subject.
    public static func makeID(ruleID: String, subject: String) -> String { "\(ruleID)|\(subject)" }

    /// The message to show: the English one when `english` and there is one (not empty), else the Vietnamese one,
    /// so an English screen never shows an empty cell.
    public func message(_ language: Language) -> String {
        if language == .en, let messageEN, !messageEN.isEmpty { return messageEN }
        return message
    }

    /// Whether the condition is active and no operator has acknowledged this episode: the alarm must be (or, on
    /// leaving its overlay, become) Unacknowledged.
    public var isActiveUnacknowledged: Bool { conditionActive && acknowledgedAt == nil }
}
