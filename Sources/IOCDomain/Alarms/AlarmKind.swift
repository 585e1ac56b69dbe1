/// What kind of condition raised an alarm: one vocabulary for the rules that raise alarms, the store that keeps
/// them, and the screens that group and name them. A kind read from a stored row that this build does not know
/// (a newer version wrote it) is kept as `.other` and shown as it is, never dropped.
public enum AlarmKind: Hashable, Sendable, CustomStringConvertible {
    case threshold
    case rateOfChange
    case anomaly
    case stale
    case sourceDown
    /// A deadline rule in its overdue form (no `due_soon` parameter).
    case deadline
    case deadlineSoon
    case overdue
    /// An incoming operator has not accepted a handover in time (`HandoverAlarmRule`).
    case handover
    /// No poll recorded for too long (`PollerSilenceRule`).
    case poller
    /// A real emergency alert (CAP `Actual`) is in force (an `alert` rule).
    case alert
    /// A step of an operating scenario run past its due time (`ScenarioStepAlarmRule`): of its run's domain, or the
    /// IOC's own when the run has none (a source down, an official alert).
    case runStep
    /// A river gauge at or above one of its station's official alarm levels (báo động I, II, III; QĐ 05/2020/QĐ-TTg):
    /// one alarm per gauge whose priority follows the level reached (`WaterAlarmLevel.priority`).
    case waterLevel
    /// A series' forecast crossing a limit within a horizon (a `forecast` rule): a watch or a warning.
    case forecast
    /// Many items received within a window on one topic or at one agency (a `surge` rule).
    case surge
    /// Dossiers not yet late but likely to be (a deadline rule `when: at_risk`): an early warning of lateness.
    case atRisk
    case other(String)

    /// Every known kind, in the order the help and the docs list them.
    public static let known: [AlarmKind] = [.threshold, .rateOfChange, .anomaly, .stale, .sourceDown, .deadline,
                                            .deadlineSoon, .overdue, .handover, .poller, .alert, .runStep, .waterLevel, .forecast,
                                            .surge, .atRisk]

    /// The IOC's own alarms — a source down, no poller writing, a handover not accepted — which are about no
    /// department's data and belong to no data domain.
    public var isTheIOCsOwn: Bool {
        switch self {
        case .sourceDown, .poller, .handover, .runStep: return true
        default: return false
        }
    }

    /// An alarm about a count or a list of items — dossiers, citizen reports, directives, incidents — due, overdue, at
    /// risk or arriving together (the deadline and surge rules), whose items an operator opens from the alarm.
    public var isAboutItems: Bool {
        switch self {
        case .deadline, .deadlineSoon, .overdue, .surge, .atRisk: return true
        default: return false
        }
    }

    /// The kind as stored and printed (`rate`, `source_down`, …).
    public var rawValue: String {
        switch self {
        case .threshold: return "threshold"
        case .rateOfChange: return "rate"
        case .anomaly: return "anomaly"
        case .stale: return "stale"
        case .sourceDown: return "source_down"
        case .deadline: return "deadline"
        case .deadlineSoon: return "deadline_soon"
        case .overdue: return "overdue"
        case .handover: return "handover"
        case .poller: return "poller"
        case .alert: return "alert"
        case .runStep: return "run_step"
        case .waterLevel: return "water_level"
        case .forecast: return "forecast"
        case .surge: return "surge"
        case .atRisk: return "at_risk"
        case .other(let raw): return raw
        }
    }

    public init(rawValue: String) {
        self = Self.known.first { $0.rawValue == rawValue } ?? .other(rawValue)
    }

    public var description: String { rawValue }

    /// The kind in the reader's words, for group rows ("7 cảnh báo hạn xử lý"); an unknown kind as it is.
    public func words(_ lang: Language) -> String {
        switch self {
        case .threshold: return lang.pick("vượt ngưỡng", "threshold")
        case .rateOfChange: return lang.pick("biến động nhanh", "rate-of-change")
        case .anomaly: return lang.pick("bất thường", "anomaly")
        case .stale: return lang.pick("dữ liệu cũ", "stale-data")
        case .sourceDown: return lang.pick("mất nguồn", "source-down")
        case .deadline: return lang.pick("hạn xử lý", "deadline")
        case .deadlineSoon: return lang.pick("sắp đến hạn", "due-soon")
        case .overdue: return lang.pick("quá hạn", "overdue")
        case .handover: return lang.pick("giao ca", "handover")
        case .poller: return lang.pick("bộ thu thập", "poller")
        case .alert: return lang.pick("cảnh báo khẩn cấp", "emergency-alert")
        case .runStep: return lang.pick("bước kịch bản quá hạn", "overdue-scenario-step")
        case .waterLevel: return lang.pick("mực nước báo động", "water-level")
        case .forecast: return lang.pick("dự báo vượt ngưỡng", "forecast")
        case .surge: return lang.pick("dồn dập", "surge")
        case .atRisk: return lang.pick("nguy cơ trễ hạn", "at-risk")
        case .other(let raw): return raw
        }
    }
}

extension AlarmKind: Codable {
    /// Encoded as its raw text, the same as the store keeps it.
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
