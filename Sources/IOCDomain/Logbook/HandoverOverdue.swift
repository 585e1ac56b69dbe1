/// One agency's overdue work at handover: dossiers past their deadline and feedback cases overdue.
public struct HandoverOverdue: Sendable, Hashable, Codable {
    public var agencyCode: String
    public var agencyName: String
    /// The agency's English name when the store has one; nil in records written before it was kept.
    public var agencyNameEN: String?
    public var lateDossiers: Int
    public var dueSoonDossiers: Int
    public var overdueFeedback: Int
    public var dueSoonFeedback: Int

    public init(agencyCode: String, agencyName: String, lateDossiers: Int, dueSoonDossiers: Int,
                overdueFeedback: Int, dueSoonFeedback: Int, agencyNameEN: String? = nil) {
        self.agencyCode = agencyCode; self.agencyName = agencyName; self.lateDossiers = lateDossiers
        self.dueSoonDossiers = dueSoonDossiers; self.overdueFeedback = overdueFeedback; self.dueSoonFeedback = dueSoonFeedback
        self.agencyNameEN = agencyNameEN
    }

    /// The agency's name to show: the English one when `english` and there is one (not empty), else the Vietnamese.
    public func agencyName(_ language: Language) -> String {
        if language == .en, let agencyNameEN, !agencyNameEN.isEmpty { return agencyNameEN }
        return agencyName
    }
}
