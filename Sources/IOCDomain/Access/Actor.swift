/// Who performed an action on an alarm: a named person with a role, or the system itself.
public struct Actor: Sendable, Hashable, Codable {
    /// The person's login or name as it appears in the timeline.
    public var name: String
    public var role: OperatorRole

    public init(name: String, role: OperatorRole) {
        self.name = name
        self.role = role
    }

    /// The alarm engine acting on its own (escalation on timeout); has supervisor rights.
    public static let system = Actor(name: "system", role: .supervisor)
}
