import IOCDomain

extension AlarmGroup {
    /// The id of the group of alarms of `agencyCode` and `kind` (any kind when `kind` is nil).
    public static func id(agencyCode: String?, kind: AlarmKind?) -> String {
        (agencyCode ?? "") + "|" + (kind?.rawValue ?? "*")
    }

    /// Groups `alarms` by (agency, kind), or by agency alone when `byAgencyOnly` (an alarm flood).
    ///
    /// Groups keep the input's order: each sits where its first member was, so a list sorted by state and priority
    /// stays sorted with every group placed by its most pressing member. An alarm alone in its group is a
    /// group of one, shown as a plain row.
    public static func grouping(_ alarms: [Alarm], byAgencyOnly: Bool) -> [AlarmGroup] {
        var groups: [AlarmGroup] = []
        var index: [String: Int] = [:]
        for alarm in alarms {
            let kind = byAgencyOnly ? nil : alarm.kind
            let agency = alarm.agencyCode.flatMap { $0.isEmpty ? nil : $0 }
            let id = id(agencyCode: agency, kind: kind)
            if let i = index[id] {
                groups[i].members.append(alarm)
            } else {
                index[id] = groups.count
                groups.append(AlarmGroup(id: id, agencyCode: agency, kind: kind, members: [alarm]))
            }
        }
        return groups
    }
}
