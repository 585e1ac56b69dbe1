import Foundation

/// What operators asked of a source from the sources screen or the shell: paused (no polls until resumed), and when
/// a poll now was last asked for (the poller polls at once when this is newer than its last poll).
public struct SourceControl: Sendable, Hashable {
    public var paused: Bool
    public var pollRequestedAt: Date?

    public init(paused: Bool = false, pollRequestedAt: Date? = nil) {
        self.paused = paused; self.pollRequestedAt = pollRequestedAt
    }
}
