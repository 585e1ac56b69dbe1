/// How abnormal a value or row is; ordered from normal to stale.
public enum Severity: Int, Sendable, Comparable, CaseIterable {
    case normal, warning, critical, stale

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A one-column glyph so the state is readable without colour: " ", "!", "✖", "?".
    public var glyph: String {
        switch self {
        case .normal: return " "
        case .warning: return "!"
        case .critical: return "✖"
        case .stale: return "?"
        }
    }
}
