/// An alarm's ISA-18.2 / IEC 62682 state. Raw values are what the store writes.
public enum AlarmState: String, Sendable, CaseIterable, Codable {
    /// The condition is clear and nothing waits for the operator.
    case normal
    /// The condition is active and no operator has acknowledged it: attention-getting.
    case unacknowledged = "unack"
    /// The condition is active and an operator has acknowledged it: steady.
    case acknowledged = "ack"
    /// The condition cleared before anyone acknowledged it.
    case returnedUnacknowledged = "rtn_unack"
    /// Temporarily removed from the list by an operator (timed, with a reason, or one-shot until it clears).
    case shelved
    /// Suppressed by design, e.g. while its parent ("source down") is active.
    case suppressed
    /// Out of service (supervisor only), e.g. a broken sensor under maintenance.
    case outOfService = "oos"

    /// The Vietnamese label.
    public var labelVI: String {
        switch self {
        case .normal: return "Bình thường"
        case .unacknowledged: return "Chưa xác nhận"
        case .acknowledged: return "Đã xác nhận"
        case .returnedUnacknowledged: return "Đã hết, chưa xác nhận"
        case .shelved: return "Tạm gác"
        case .suppressed: return "Bị triệt"
        case .outOfService: return "Ngừng phục vụ"
        }
    }

    /// The English label.
    public var labelEN: String {
        switch self {
        case .normal: return "Normal"
        case .unacknowledged: return "Unacknowledged"
        case .acknowledged: return "Acknowledged"
        case .returnedUnacknowledged: return "Cleared, unacknowledged"
        case .shelved: return "Shelved"
        case .suppressed: return "Suppressed"
        case .outOfService: return "Out of service"
        }
    }

    /// The Vietnamese label in a narrow table (the help explains "XN": xác nhận).
    public var shortLabelVI: String {
        switch self {
        case .unacknowledged: return "Chưa XN"
        case .acknowledged: return "Đã XN"
        case .returnedUnacknowledged: return "Chưa XN"   // its glyph ↺ says the condition has cleared
        case .outOfService: return "Ngừng PV"
        case .normal, .shelved, .suppressed: return labelVI
        }
    }

    /// The English label in a narrow table.
    public var shortLabelEN: String {
        switch self {
        case .unacknowledged: return "Unacked"
        case .acknowledged: return "Acked"
        case .returnedUnacknowledged: return "Unacked"   // its glyph ↺ says the condition has cleared
        case .outOfService: return "Out of svc"
        case .normal, .shelved, .suppressed: return labelEN
        }
    }

    /// A one-column glyph, different for every state, so the state reads without colour.
    public var glyph: String {
        switch self {
        case .normal: return "·"
        case .unacknowledged: return "!"
        case .acknowledged: return "✓"
        case .returnedUnacknowledged: return "↺"
        case .shelved: return "‖"
        case .suppressed: return "⊘"
        case .outOfService: return "×"
        }
    }

    /// Whether the state belongs in the operator's main alarm list (unacknowledged, acknowledged, cleared-unacked).
    public var isShownInMainList: Bool {
        switch self {
        case .unacknowledged, .acknowledged, .returnedUnacknowledged: return true
        case .normal, .shelved, .suppressed, .outOfService: return false
        }
    }

    /// Whether the state is an overlay (shelved, suppressed, out of service) that hides the alarm from the main list
    /// while its condition is still tracked.
    public var isOverlay: Bool {
        switch self {
        case .shelved, .suppressed, .outOfService: return true
        case .normal, .unacknowledged, .acknowledged, .returnedUnacknowledged: return false
        }
    }

    /// The position in an alarm list, most pressing first: unacknowledged, cleared-unacknowledged, acknowledged,
    /// shelved, suppressed, out of service, normal.
    public var listOrder: Int {
        switch self {
        case .unacknowledged: return 0
        case .returnedUnacknowledged: return 1
        case .acknowledged: return 2
        case .shelved: return 3
        case .suppressed: return 4
        case .outOfService: return 5
        case .normal: return 6
        }
    }
}
