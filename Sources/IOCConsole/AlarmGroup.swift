import Foundation
import IOCDomain

/// Alarms shown as one row of the alarm list: those of one agency and kind (Alertmanager's `group_by`), or, in an
/// alarm flood, those of one agency alone.
///
/// The row speaks for its members: the most urgent priority, the most pressing state, the oldest age. Keys on the
/// row act on every member (`a` on those that await acknowledgement).
public struct AlarmGroup: Sendable, Hashable {
    /// `"agency|kind"`, or `"agency|*"` when grouped by agency alone; stable while members come and go, so an
    /// expanded group stays expanded across refreshes.
    public var id: String
    /// The members' agency (nil when they have none).
    public var agencyCode: String?
    /// The members' kind ("deadline", "threshold", …), or nil when grouped by agency alone.
    public var kind: AlarmKind?
    /// The members in the store's order (state, priority, newest): the first is the most pressing.
    public var members: [Alarm]

    public init(id: String, agencyCode: String?, kind: AlarmKind?, members: [Alarm]) {
        self.id = id; self.agencyCode = agencyCode; self.kind = kind; self.members = members
    }

    /// The most urgent priority among the members.
    public var priority: AlarmPriority { members.map(\.priority).min() ?? .low }

    /// The most pressing state among the members, unacknowledged first (`AlarmState.listOrder`).
    public var worstState: AlarmState {
        members.min { $0.state.listOrder < $1.state.listOrder }?.state ?? .normal
    }

    /// When the oldest member's current episode (or state) began: the age the row shows.
    public var oldestSince: Date? { members.map { $0.activeSince ?? $0.lastChangeAt }.min() }

    /// The members waiting for an operator's acknowledgement (unacknowledged, or cleared but unacknowledged).
    public var awaitingAcknowledgement: [Alarm] {
        members.filter { $0.state == .unacknowledged || $0.state == .returnedUnacknowledged }
    }

    /// Whether any member has been escalated to the supervisor.
    public var isEscalated: Bool { members.contains { $0.escalatedAt != nil } }

    /// Whether the group has a single member, shown as a plain alarm row.
    public var isSingleton: Bool { members.count == 1 }
}
