/// What a person at a console may do: the role comes from the grant of the OS account (`ioc operators grant`).
public enum OperatorRole: String, Sendable, CaseIterable, Codable {
    /// Acknowledges, shelves, notes, assigns, escalates and resolves.
    case `operator`
    /// Everything an operator does, plus out of service and return to service.
    case supervisor
    /// Looks only (the leaders' briefing wall): every action is refused.
    case viewer
    /// Everything a supervisor does, and grants and revokes access (`ioc operators`).
    case admin

    /// Whether the role may act on alarms at all.
    public var canAct: Bool { self != .viewer }

    /// Whether the role may take an alarm out of service or return it (supervisor or admin).
    public var canChangeService: Bool { self == .supervisor || self == .admin }

    /// Viewer < operator < supervisor < admin.
    public var rank: Int {
        switch self {
        case .viewer: return 0
        case .operator: return 1
        case .supervisor: return 2
        case .admin: return 3
        }
    }

    /// Whether a person granted this role may act as `requested`: the same role or a lower one, never a higher.
    public func allows(_ requested: OperatorRole) -> Bool { requested.rank <= rank }

    /// Whether the role manages grants (admin only).
    public var managesAccess: Bool { self == .admin }

    /// The role's name in `language` ("trực ban", "operator", …).
    public func label(_ language: Language) -> String {
        switch self {
        case .operator: return language.pick("trực ban", "operator")
        case .supervisor: return language.pick("trưởng ca", "supervisor")
        case .viewer: return language.pick("lãnh đạo/xem", "viewer")
        case .admin: return language.pick("quản trị", "admin")
        }
    }
}
