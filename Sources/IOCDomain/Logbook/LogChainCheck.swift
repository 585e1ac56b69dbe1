/// The answer of verifying the logbook's hash chain.
public enum LogChainCheck: Sendable, Hashable {
    /// Every entry's hash matches its content and links to the one before.
    case intact(entries: Int)
    /// The first entry that does not verify, and why (Vietnamese, and English for `--lang en`).
    case broken(entryID: Int64, reason: String, reasonEN: String)

    public var isIntact: Bool { if case .intact = self { return true } else { return false } }
}
