import Foundation

/// Who is on duty and since when: the first operator to sign on, then the incoming operator of each accepted
/// handover.
public struct OnDuty: Sendable, Hashable, Codable {
    public var actor: Actor
    public var since: Date
    /// The handover that put them on duty; nil when they went on duty by signing on to an empty floor.
    public var handoverID: Int64?

    public init(actor: Actor, since: Date, handoverID: Int64? = nil) {
        self.actor = actor; self.since = since; self.handoverID = handoverID
    }
}
