/// Which way a river is going, in a bulletin's words ("đang lên", "đang xuống").
public enum WaterLevelDirection: String, Sendable, Hashable, Codable {
    case rising, falling, steady

    public func words(_ lang: Language) -> String {
        switch self {
        case .rising: return lang.pick("đang lên", "rising")
        case .falling: return lang.pick("đang xuống", "falling")
        case .steady: return lang.pick("ít biến đổi", "steady")
        }
    }

    /// An arrow beside the words (never the only cue).
    public var arrow: String {
        switch self {
        case .rising: return "↑"
        case .falling: return "↓"
        case .steady: return "→"
        }
    }
}
