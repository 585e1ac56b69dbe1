/// A river's official alarm level, báo động I, II or III (QĐ 05/2020/QĐ-TTg; I is the lowest). The one place that
/// says how a level reads and which alarm priority it raises: III Khẩn cấp (1), II Cao (2), I Trung bình (3).
public enum WaterAlarmLevel: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case one = 1, two = 2, three = 3

    public static func < (lhs: WaterAlarmLevel, rhs: WaterAlarmLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// "I", "II", "III", as bulletins write them.
    public var roman: String {
        switch self {
        case .one: return "I"
        case .two: return "II"
        case .three: return "III"
        }
    }

    /// "báo động II" / "alarm level II".
    public func words(_ lang: Language) -> String { lang.pick("báo động \(roman)", "alarm level \(roman)") }

    /// The alarm priority a gauge at this level raises: the higher the level, the more urgent.
    public var priority: AlarmPriority {
        switch self {
        case .one: return .medium
        case .two: return .high
        case .three: return .emergency
        }
    }

    /// The level a water-level alarm of `priority` stands for (the inverse of `priority`), nil for priority 4.
    public init?(priority: Int) {
        switch priority {
        case 1: self = .three
        case 2: self = .two
        case 3: self = .one
        default: return nil
        }
    }
}
