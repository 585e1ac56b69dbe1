/// Administrative-dossier figures of one agency (or ward), following the official one-stop statistics:
/// late rate = (late in progress + late completed) / workload; on-time rate = 100% − late rate.
public struct AgencyPerformance: Sendable, Hashable {
    public var agencyCode: String
    public var agencyName: String
    /// The agency's English name (`agency.name_en`), empty when unknown.
    public var agencyNameEN: String
    /// Workload: every dossier received in the period (open and done).
    public var workload: Int
    public var inProgress: Int
    public var doneEarly: Int
    public var doneOnTime: Int
    public var doneLate: Int
    /// In progress and already past the deadline.
    public var lateInProgress: Int
    /// In progress and due within 24 hours ("sắp trễ hạn").
    public var dueSoon: Int
    /// In progress, not yet late, and more likely late than not from the past processing times of the same procedure
    /// at the agency (`LatenessModel`); nil when no estimate could be made (too few finished dossiers).
    public var atRisk: Int?

    public init(agencyCode: String, agencyName: String, workload: Int = 0, inProgress: Int = 0, doneEarly: Int = 0,
                doneOnTime: Int = 0, doneLate: Int = 0, lateInProgress: Int = 0, dueSoon: Int = 0, agencyNameEN: String = "") {
        self.agencyCode = agencyCode; self.agencyName = agencyName; self.workload = workload
        self.inProgress = inProgress; self.doneEarly = doneEarly; self.doneOnTime = doneOnTime
        self.doneLate = doneLate; self.lateInProgress = lateInProgress; self.dueSoon = dueSoon
        self.agencyNameEN = agencyNameEN
    }

    /// The agency's name to show: the English one (`agency.name_en`) when `english` and there is one (not empty),
    /// else the Vietnamese one.
    public func agencyName(_ language: Language) -> String {
        return language == .en && !agencyNameEN.isEmpty ? agencyNameEN : agencyName
    }

    public var done: Int { doneEarly + doneOnTime + doneLate }

    /// Late rate in percent, or nil when there is no workload.
    public var lateRate: Double? {
        guard workload > 0 else { return nil }
        return Double(lateInProgress + doneLate) / Double(workload) * 100
    }

    /// On-time rate in percent (100 − late rate), or nil when there is no workload.
    public var onTimeRate: Double? { lateRate.map { 100 - $0 } }
}
