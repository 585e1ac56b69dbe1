/// An alarm's priority (ISA-18.2): how urgently an operator must respond. A smaller number is more urgent.
public enum AlarmPriority: Int, Sendable, CaseIterable, Comparable, Codable {
    case emergency = 1, high = 2, medium = 3, low = 4

    /// Orders by urgency: `.emergency < .low`.
    public static func < (lhs: AlarmPriority, rhs: AlarmPriority) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The Vietnamese label: Khẩn cấp, Cao, Trung bình, Thấp.
    public var labelVI: String {
        switch self {
        case .emergency: return "Khẩn cấp"
        case .high: return "Cao"
        case .medium: return "Trung bình"
        case .low: return "Thấp"
        }
    }

    /// The English label: Emergency, High, Medium, Low.
    public var labelEN: String {
        switch self {
        case .emergency: return "Emergency"
        case .high: return "High"
        case .medium: return "Medium"
        case .low: return "Low"
        }
    }

    /// The priority as one digit ("1" … "4"), printed beside the colour so it is never the only cue.
    public var digit: String { String(rawValue) }

    /// Whether `self` is more urgent than `other` (a raise at a more urgent priority is a re-alarm).
    public func isMoreUrgent(than other: AlarmPriority) -> Bool { self < other }
}
