import Foundation

/// One source to poll: what every kind shares — its id and name, its schedule, and the limits every connector is held
/// to (one place for timeouts and size limits) — and its kind, with the kind's own validated fields.
public struct SourceConfig: Sendable, Hashable {
    /// The sources file's key; stable, used in the database.
    public var id: String
    /// Human name shown in the sources panel.
    public var name: String
    /// Seconds between polls.
    public var interval: Double
    /// Whole-poll deadline in seconds.
    public var timeout: Double
    /// Up to this many seconds are added at random to each interval, so sources do not poll in lockstep.
    public var jitter: Double
    /// Largest response accepted, in bytes.
    public var maxBytes: Int
    public var kind: SourceKind

    public init(id: String, name: String, interval: Double = 60, timeout: Double = 10, jitter: Double = 0,
                maxBytes: Int = 5 * 1024 * 1024, kind: SourceKind) {
        self.id = id; self.name = name; self.interval = interval; self.timeout = timeout; self.jitter = jitter
        self.maxBytes = maxBytes; self.kind = kind
    }
}
