import Foundation

/// One shift handover: what the outgoing operator handed over and whether, and how, the incoming one accepted it.
public struct HandoverRecord: Sendable, Hashable, Codable {
    public var id: Int64
    /// The outgoing shift.
    public var shiftID: String
    public var outgoing: Actor
    public var startedAt: Date
    public var overallStatus: HandoverStatus
    public var narrative: String
    public var sections: HandoverSections
    public var state: HandoverState
    public var incoming: Actor?
    public var acceptedAt: Date?
    /// Written by the incoming supervisor when accepting with reservations.
    public var reservations: String?

    public init(id: Int64, shiftID: String, outgoing: Actor, startedAt: Date, overallStatus: HandoverStatus,
                narrative: String, sections: HandoverSections, state: HandoverState = .started, incoming: Actor? = nil,
                acceptedAt: Date? = nil, reservations: String? = nil) {
        self.id = id; self.shiftID = shiftID; self.outgoing = outgoing; self.startedAt = startedAt
        self.overallStatus = overallStatus; self.narrative = narrative; self.sections = sections; self.state = state
        self.incoming = incoming; self.acceptedAt = acceptedAt; self.reservations = reservations
    }

    /// How long a handover may wait for acceptance before it is an alarm for the supervisor.
    public static let acceptanceLimit: TimeInterval = 15 * 60
}
