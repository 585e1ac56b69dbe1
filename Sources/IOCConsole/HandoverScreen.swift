import IOCDomain

/// The state of the handover screen: the pending (else the newest) handover, the section on screen, and which
/// sections the incoming operator has seen (all of them before accepting).
public struct HandoverScreen: Sendable, Hashable {
    public var record: HandoverRecord?
    public var loading: Bool
    public var section: HandoverSection
    public var seen: Set<HandoverSection>
    /// First line of the section shown (↑/↓ scroll a long section).
    public var scroll = 0
    /// Before any handover waits: this shift's log entries, for the preview of what a handover started now would
    /// hold (nil until read).
    public var previewEntries: [LogEntry]?

    public init(record: HandoverRecord? = nil, loading: Bool = true) {
        self.record = record; self.loading = loading; self.section = .summary; self.seen = [.summary]
    }

    /// Sections not yet seen, in review order.
    public var unseen: [HandoverSection] { HandoverSection.allCases.filter { !seen.contains($0) } }
}
