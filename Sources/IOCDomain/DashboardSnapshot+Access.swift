extension DashboardSnapshot {
    /// The snapshot an account with `scope` sees: the readings, events and alarms of hidden domains removed, and
    /// how many were removed kept in `hidden`, so every screen says what it does not show.
    public func visible(to scope: AccessScope) -> DashboardSnapshot {
        guard !scope.hidden.isEmpty else { return self }
        var s = self
        s.socioEconomic = socioEconomic.filter { scope.allows($0.definition.pillar) }
        s.publicOrder = publicOrder.filter { scope.allows($0.definition.pillar) }
        if !scope.allows(.publicOrder) {
            s.openIncidentsByCategory = [:]
            s.recentIncidents = []
        }
        if !scope.allows(.government) { s.government = [] }
        if !scope.allows(.feedback) { s.feedback = [] }
        if !scope.allows(.directives) {
            s.directives = []
            s.directiveCounts = nil
        }
        s.eventSources = eventSources.filter { scope.allows($0.key.pillar) }
        s.alarms = alarms.filter { scope.allows($0) }
        // A run started by an alarm this account may not see is not shown either.
        let hiddenAlarms = Set(alarms.map(\.id)).subtracting(s.alarms.map(\.id))
        s.runs = runs.filter { run in run.alarmID.map { !hiddenAlarms.contains($0) } ?? true }
        s.hidden = HiddenData(domains: scope.hidden, alarms: alarms.count - s.alarms.count)
        return s
    }
}
