/// The kinds of discrete records a city produces.
public enum EventKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// An administrative dossier (hồ sơ TTHC) with a legal deadline.
    case dossier
    /// A citizen feedback case (phản ánh kiến nghị, PAKN).
    case feedback
    /// A public-order, traffic, fire or flood incident.
    case incident
    /// A leaders' directive (chỉ đạo) with an owner agency, a deadline and progress.
    case directive
    /// An external alert (CAP 1.2).
    case alert

    /// The pillar (data domain) its records belong to: an external alert is public order's (weather, floods).
    public var pillar: Pillar {
        switch self {
        case .dossier: return .government
        case .feedback: return .feedback
        case .incident, .alert: return .publicOrder
        case .directive: return .directives
        }
    }
}
