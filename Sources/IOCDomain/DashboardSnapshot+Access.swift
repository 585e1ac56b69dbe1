extension DashboardSnapshot {
    /// The snapshot an account with `scope` sees: the readings, events and alarms of hidden domains removed, and
    /// how many were removed kept in `hidden`, so every screen says what it does not show.
    public func visible(to scope: AccessScope) -> DashboardSnapshot {
        guard !scope.hidden.isEmpty else { return self }
        var s = self
        s.socioEconomic = socioEconomic.filter { scope.allows($0.definition.pillar) }
        s.publicOrder = publicOrder.filter { scope.allows($0.definition.pillar) }
        s.intake = intake.filter { scope.allows($0.definition.pillar) }
        if !scope.allows(.publicOrder) {
            s.waterLevels = []
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
        // A run of a hidden domain (its alarm's, else its scenario's) is not shown either.
        s.runs = runs.filter { scope.allows($0.domain) }
        s.hidden = HiddenData(domains: scope.hidden, alarms: alarms.count - s.alarms.count)
        return s
    }
}
