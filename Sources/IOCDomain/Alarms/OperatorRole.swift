/// What a person at a console may do with alarms.
public enum OperatorRole: String, Sendable, CaseIterable, Codable {
    /// Acknowledges, shelves, notes, assigns, escalates and resolves.
    case `operator`
    /// Everything an operator does, plus out of service and return to service.
    case supervisor
    /// Looks only (the leaders' briefing wall): every action is refused.
    case viewer
    /// Everything a supervisor does.
    case admin

    /// Whether the role may act on alarms at all.
    public var canAct: Bool { self != .viewer }

    /// Whether the role may take an alarm out of service or return it (supervisor or admin).
    public var canChangeService: Bool { self == .supervisor || self == .admin }
}
