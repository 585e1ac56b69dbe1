/// What one poll of one source came to, as recorded.
public enum PollOutcome: Sendable, Hashable {
    /// The batch was written: how many observations and events it held, and how long the poll took.
    case success(observations: Int, events: Int, durationMs: Double)
    /// The poll (or recording it) failed; the message is sanitised and at most 300 characters.
    case failure(String)

    /// True for `.success`.
    public var isSuccess: Bool {
        if case .success = self { return true }
        return false
    }
}
