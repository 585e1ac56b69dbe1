import IOCDomain

/// How a batch says what it left out (`Batch.rejected`, recorded as the source's last error): the count, what they
/// were, and the first three reasons — one wording for every connector.
enum LeftOut {
    /// nil when nothing was left out; else e.g. "2 of 40 requests rejected; request 3: no status; …".
    static func note(_ problems: [String], _ what: String) -> String? {
        guard !problems.isEmpty else { return nil }
        let listed = problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; …" : "")
        return TextSanitizer.clean("\(problems.count) \(what); \(listed)", maxCharacters: PollScheduler.maxErrorLength)
    }
}
