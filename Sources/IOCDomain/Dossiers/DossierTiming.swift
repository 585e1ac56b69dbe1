import Foundation

/// What the lateness model needs of one dossier: its procedure (the dossier's title: the administrative procedure it
/// asks for), procedure group and agency, when it was received, when it is due, and when it was finished (nil while
/// open).
public struct DossierTiming: Sendable, Hashable {
    public var procedure: String
    public var group: String
    public var agencyCode: String
    public var openedAt: Date
    public var dueAt: Date
    public var closedAt: Date?

    public init(procedure: String, group: String, agencyCode: String, openedAt: Date, dueAt: Date, closedAt: Date? = nil) {
        self.procedure = procedure
        self.group = group
        self.agencyCode = agencyCode
        self.openedAt = openedAt
        self.dueAt = dueAt
        self.closedAt = closedAt
    }

    /// The share of its allotted time (receipt to due) a dossier used, or has used so far at `now`: above 1 is late.
    /// Measured as a share, not in hours, so dossiers of one procedure whose due dates fall across weekends and
    /// holidays (working days) compare alike. Nil when the dossier was due at or before its receipt.
    public func usedShare(now: Date) -> Double? {
        let allotted = dueAt.timeIntervalSince(openedAt)
        guard allotted > 0 else { return nil }
        return max(0, (closedAt ?? now).timeIntervalSince(openedAt)) / allotted
    }
}
