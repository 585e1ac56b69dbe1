/// One agency's overdue work at handover: dossiers past their deadline and feedback cases overdue.
public struct HandoverOverdue: Sendable, Hashable, Codable {
    public var agencyCode: String
    public var agencyName: String
    public var lateDossiers: Int
    public var dueSoonDossiers: Int
    public var overdueFeedback: Int
    public var dueSoonFeedback: Int

    public init(agencyCode: String, agencyName: String, lateDossiers: Int, dueSoonDossiers: Int,
                overdueFeedback: Int, dueSoonFeedback: Int) {
        self.agencyCode = agencyCode; self.agencyName = agencyName; self.lateDossiers = lateDossiers
        self.dueSoonDossiers = dueSoonDossiers; self.overdueFeedback = overdueFeedback; self.dueSoonFeedback = dueSoonFeedback
    }
}
