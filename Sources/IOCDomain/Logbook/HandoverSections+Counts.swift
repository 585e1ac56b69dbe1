/// How many items each section of a handover holds.
extension HandoverSections {
    /// The number of items in `section` (the summary counts as one: it is always there).
    public func count(of section: HandoverSection) -> Int {
        switch section {
        case .summary: return 1
        case .openAlarms: return openAlarms.count
        case .runs: return runs.count
        case .shelved: return shelvedAlarms.count
        case .stale: return staleAlarms.count
        case .sources: return sourcesNotOK.count
        case .kpiBreaches: return kpiBreaches.count
        case .overdue: return overdueByAgency.count
        case .directives: return openDirectives.count
        case .logEntries: return logEntries.count
        }
    }
}
