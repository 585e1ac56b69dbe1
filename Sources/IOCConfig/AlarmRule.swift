import IOCDomain

/// One alarm rule from the rules file: which condition, on what, at which priority, and how to say it.
///
/// `selector` is a series-key glob (`aqi.station.*`) for threshold, rate, stale and anomaly rules, a source-id glob
/// for source-down and alert rules, and an event kind (`dossier`, `feedback`, `directive`) for deadline rules.
public struct AlarmRule: Sendable, Hashable {
    /// What a rule watches.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A value beyond a limit, with deadband and on-delay.
        case threshold
        /// A value rising or falling faster than a rate (per minute or per hour) over a window.
        case rateOfChange = "rate"
        /// A series with no new value for `staleAfter`.
        case stale
        /// A source whose status is down (the parent of its series' stale alarms).
        case sourceDown = "source_down"
        /// Items due soon ("sắp trễ hạn") or overdue, per item or counted per agency.
        case deadline
        /// A value far from the same hour of the week in past weeks (percent or standard deviations).
        case anomaly
        /// A real emergency alert in force (an open event of kind `alert` whose CAP status is `Actual`, not expired).
        case alert
        /// A river gauge at or above its station's official alarm levels (báo động I, II, III, from
        /// `water-levels.yaml`): one alarm per gauge, its priority following the level (III 1, II 2, I 3), not the
        /// rule's; `priority` is only the rule's lowest.
        case waterLevel = "water_level"
        /// The series' seasonal forecast crossing a limit within a horizon ("VN_AQI above 200 within 6 h"), raised as
        /// a watch (probability ≥ `watch`, one priority less urgent) or a warning (≥ `warning`, the rule's priority).
        case forecast
        /// Many items of a kind received within a window, counted per topic (the same category in the same ward) or
        /// per agency ("12 phản ánh trong 1 giờ về cùng một việc ở một phường"): a surge of citizen feedback.
        case surge

        /// Threshold, rate, stale and anomaly rules select series.
        var readsSeries: Bool { [.threshold, .rateOfChange, .stale, .anomaly, .waterLevel, .forecast].contains(self) }
    }

    /// The rule's key in the file (letters, digits, `-`, `_`).
    public var id: String
    public var kind: Kind
    /// 1 Khẩn cấp, 2 Cao, 3 Trung bình, 4 Thấp.
    public var priority: Int
    public var selector: String
    public var parameters: RuleParameters
    /// The Vietnamese message (`message:`), shown by default.
    public var message: RuleMessage
    /// The English message (`message_en:`), rendered from the same values; nil when the rule has none.
    public var messageEN: RuleMessage?

    public init(id: String, kind: Kind, priority: Int, selector: String, parameters: RuleParameters,
                message: RuleMessage, messageEN: RuleMessage? = nil) {
        self.id = id; self.kind = kind; self.priority = priority; self.selector = selector
        self.parameters = parameters; self.message = message; self.messageEN = messageEN
    }

    /// The condition kind its changes carry: `threshold`, `rate`, `stale`, `source_down`, `anomaly`, and for
    /// deadline rules `deadline_soon` or `overdue`.
    public var conditionKind: AlarmKind {
        switch kind {
        case .threshold: return .threshold
        case .rateOfChange: return .rateOfChange
        case .anomaly: return .anomaly
        case .stale: return .stale
        case .sourceDown: return .sourceDown
        case .deadline:
            switch parameters.deadline {
            case .dueSoon: return .deadlineSoon
            case .overdue: return .overdue
            case .atRisk: return .atRisk
            }
        case .alert: return .alert
        case .waterLevel: return .waterLevel
        case .forecast: return .forecast
        case .surge: return .surge
        }
    }
}
