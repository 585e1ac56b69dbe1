import IOCDomain

/// What the dashboard's workload aggregate groups event rows by: agency code, status, whether the item was received
/// in the period, and the index of its deadline class.
struct WorkloadKey: Hashable {
    var code: String
    var status: EventStatus
    var inPeriod: Bool
    var deadline: Int
}
