/// What was reported when a step was marked done: a note, a number (the count a step asks for), or both; for a
/// decision, the branch chosen.
public struct RunEvidence: Sendable, Hashable, Codable {
    public var note: String?
    public var number: Double?
    public var branch: String?

    public init(note: String? = nil, number: Double? = nil, branch: String? = nil) {
        self.note = note; self.number = number; self.branch = branch
    }

    public static let none = RunEvidence()
}
