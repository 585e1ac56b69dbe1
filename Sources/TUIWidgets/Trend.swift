/// The direction a value moved since the previous period.
public enum Trend: Sendable, Hashable {
    case up, down, flat

    /// A one-column arrow: ▲ ▼ ▶.
    public var glyph: String {
        switch self {
        case .up: return "▲"
        case .down: return "▼"
        case .flat: return "▶"
        }
    }
}
