/// Citizen-feedback figures of one agency: the PAKN pillar's table row.
public struct FeedbackSummary: Sendable, Hashable {
    public var agencyCode: String
    public var agencyName: String
    /// The agency's English name (`agency.name_en`), empty when unknown.
    public var agencyNameEN: String
    public var received: Int
    /// Routed to an agency (status routed or beyond).
    public var routed: Int
    public var inProgress: Int
    public var resolved: Int
    /// Open and past the deadline ("Quá hạn").
    public var overdue: Int
    /// Open and due within 24 hours ("Sắp quá hạn").
    public var dueSoon: Int

    public init(agencyCode: String, agencyName: String, received: Int = 0, routed: Int = 0, inProgress: Int = 0,
                resolved: Int = 0, overdue: Int = 0, dueSoon: Int = 0, agencyNameEN: String = "") {
        self.agencyCode = agencyCode; self.agencyName = agencyName; self.received = received; self.routed = routed
        self.inProgress = inProgress; self.resolved = resolved; self.overdue = overdue; self.dueSoon = dueSoon
        self.agencyNameEN = agencyNameEN
    }

    /// The agency's name to show: the English one (`agency.name_en`) when `english` and there is one (not empty),
    /// else the Vietnamese one.
    public func agencyName(_ language: Language) -> String {
        return language == .en && !agencyNameEN.isEmpty ? agencyNameEN : agencyName
    }

    /// Share routed, in percent (target: 100%), or nil with nothing received.
    public var routedRate: Double? {
        guard received > 0 else { return nil }
        return Double(routed) / Double(received) * 100
    }
}
