/// The result of checking a hash chain (the logbook, the audit trail).
public enum ChainCheck: Sendable, Hashable {
    /// Every row's hash matches its content and links to the one before.
    case intact(entries: Int)
    /// The first row that does not verify, and why (Vietnamese, and English for `--lang en`).
    case broken(entryID: Int64, reason: String, reasonEN: String)

    public var isIntact: Bool { if case .intact = self { return true } else { return false } }
}
